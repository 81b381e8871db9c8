"""File storage: streamed in and out, size limit enforced while streaming, checksum and head computed."""
import hashlib

import pytest

from kernel.errors import Problem
from kernel.storage import FileStore


async def _chunks(data: bytes, size: int = 1000):
    for i in range(0, len(data), size):
        yield data[i : i + size]


@pytest.mark.parametrize("scheme", ["file", "memory"])
async def test_save_open_delete(tmp_path, scheme):
    store = FileStore(f"file://{tmp_path}/files" if scheme == "file" else "memory://")
    data = b"%PDF-1.7\n" + bytes(range(256)) * 100
    stored = await store.save("a/b/c.pdf", _chunks(data), max_bytes=1 << 20)
    assert stored.size == len(data) and stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.head.startswith(b"%PDF")
    assert b"".join([c async for c in store.open("a/b/c.pdf")]) == data
    assert await store.read("a/b/c.pdf") == data
    await store.delete("a/b/c.pdf")
    assert not await store.exists("a/b/c.pdf")


async def test_size_limit_leaves_nothing_behind(tmp_path):
    store = FileStore(f"file://{tmp_path}/files")
    with pytest.raises(Problem) as info:
        await store.save("big.bin", _chunks(b"x" * 5000), max_bytes=4096)
    assert info.value.status == 413
    assert not await store.exists("big.bin")
