"""File storage behind one interface: local disk by default, S3-compatible object storage in production
(``file:///var/lib/gongkai/files``, ``s3://bucket/prefix``, ``memory://``), via obstore.

Files are streamed in and out; the size limit is enforced while streaming, and the SHA-256 and the first bytes
(for content sniffing) are computed on the way.
"""
from __future__ import annotations

import hashlib
from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlparse

import obstore
from obstore.store import from_url

from kernel.errors import Problem

HEAD_BYTES = 8192


class TooLarge(Exception):
    pass


@dataclass(frozen=True)
class StoredFile:
    key: str
    size: int
    sha256: str
    head: bytes  # the first bytes, for sniffing the real type


class FileStore:
    def __init__(self, url: str) -> None:
        parsed = urlparse(url)
        if parsed.scheme == "file":
            Path(parsed.path).mkdir(parents=True, exist_ok=True)
        self.url = url
        self._store = from_url(url)

    async def save(self, key: str, chunks: AsyncIterable[bytes], *, max_bytes: int) -> StoredFile:
        """Stream ``chunks`` to ``key``. Raises Problem(413) past ``max_bytes`` (nothing is left behind)."""
        digest = hashlib.sha256()
        state = {"size": 0, "head": b""}

        async def counted() -> AsyncIterator[bytes]:
            async for chunk in chunks:
                if not chunk:
                    continue
                state["size"] += len(chunk)
                if state["size"] > max_bytes:
                    raise TooLarge()
                if len(state["head"]) < HEAD_BYTES:
                    state["head"] += chunk[: HEAD_BYTES - len(state["head"])]
                digest.update(chunk)
                yield chunk

        try:
            await obstore.put_async(self._store, key, counted())
        except TooLarge as exc:
            await self.delete(key)
            raise Problem(413, "payload_too_large", params={"limit": f"{max_bytes // (1024 * 1024)} MB"}) from exc
        except Exception:
            await self.delete(key)
            raise
        return StoredFile(key=key, size=state["size"], sha256=digest.hexdigest(), head=state["head"])

    async def put_bytes(self, key: str, data: bytes) -> StoredFile:
        await obstore.put_async(self._store, key, data)
        return StoredFile(key=key, size=len(data), sha256=hashlib.sha256(data).hexdigest(), head=data[:HEAD_BYTES])

    async def open(self, key: str) -> AsyncIterator[bytes]:
        result = await obstore.get_async(self._store, key)
        async for chunk in result.stream(min_chunk_size=256 * 1024):
            yield bytes(chunk)

    async def read(self, key: str) -> bytes:
        result = await obstore.get_async(self._store, key)
        return bytes(await result.bytes_async())

    async def delete(self, key: str) -> None:
        try:
            await obstore.delete_async(self._store, key)
        except FileNotFoundError:
            pass
        except Exception:  # noqa: BLE001 - deleting a key that was never written
            pass

    async def exists(self, key: str) -> bool:
        try:
            await obstore.head_async(self._store, key)
            return True
        except FileNotFoundError:
            return False


def disposition(filename: str, *, inline: bool = False) -> str:
    """Content-Disposition with the UTF-8 file name (RFC 6266/5987) and an ASCII fallback."""
    ascii_name = "".join(c if c.isascii() and c.isalnum() or c in ".-_" else "_" for c in filename)
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
