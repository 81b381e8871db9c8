"""What an uploaded file really is: the accepted types by extension, their declared content types and the magic
bytes their content must start with. A file whose name, declared type and first bytes disagree is refused, and so
is anything that looks like a program, whatever it is called.

Services pick the extensions they accept (:func:`checker`); the streaming, size limit and checksum are
:class:`kernel.storage.FileStore`'s.
"""
from __future__ import annotations

import uuid
from collections.abc import AsyncIterable, Callable, Iterable
from dataclasses import dataclass

from kernel.errors import Problem, field_error, register_messages
from kernel.storage import FileStore, StoredFile

register_messages(
    {
        "attachment_type": {
            "zh": ("附件类型不符", "{reason}"),
            "en": ("Attachment type not accepted", "{reason}"),
        },
    }
)

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Office (.doc, .xls, .ppt, .wps, .et)


def _starts(*magics: bytes) -> Callable[[bytes], bool]:
    return lambda head: any(head.startswith(m) for m in magics)


def _text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # the head may end inside a multi-byte character
        if exc.start < len(head) - 3:
            try:
                head.decode("gb18030")
            except UnicodeDecodeError:
                return False
    return True


@dataclass(frozen=True)
class FileType:
    label: str
    content_types: frozenset[str]
    magic: Callable[[bytes], bool]


_OCTET = "application/octet-stream"
TYPES: dict[str, FileType] = {
    "pdf": FileType("PDF", frozenset({"application/pdf"}), _starts(b"%PDF-")),
    "ofd": FileType("OFD", frozenset({"application/ofd", _OCTET, "application/zip"}), _starts(_ZIP)),
    "doc": FileType("DOC", frozenset({"application/msword", _OCTET}), _starts(_OLE)),
    "docx": FileType("DOCX", frozenset({"application/vnd.openxmlformats-officedocument.wordprocessingml.document"}),
                     _starts(_ZIP)),
    "xls": FileType("XLS", frozenset({"application/vnd.ms-excel", _OCTET}), _starts(_OLE)),
    "xlsx": FileType("XLSX", frozenset({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}),
                     _starts(_ZIP)),
    "wps": FileType("WPS", frozenset({"application/kswps", "application/vnd.ms-works", _OCTET}), _starts(_OLE, _ZIP)),
    "et": FileType("ET", frozenset({"application/kset", _OCTET}), _starts(_OLE, _ZIP)),
    "jpg": FileType("JPG", frozenset({"image/jpeg"}), _starts(b"\xff\xd8\xff")),
    "jpeg": FileType("JPG", frozenset({"image/jpeg"}), _starts(b"\xff\xd8\xff")),
    "png": FileType("PNG", frozenset({"image/png"}), _starts(b"\x89PNG\r\n\x1a\n")),
    "gif": FileType("GIF", frozenset({"image/gif"}), _starts(b"GIF87a", b"GIF89a")),
    "txt": FileType("TXT", frozenset({"text/plain"}), _text),
    "csv": FileType("CSV", frozenset({"text/csv", "text/plain", "application/vnd.ms-excel"}), _text),
    "mp4": FileType("MP4", frozenset({"video/mp4"}), lambda h: h[4:8] == b"ftyp"),
}

# Programs and scripts, refused whatever their name: PE (MZ), ELF, Mach-O, Java class, shebang scripts.
_EXECUTABLE = (b"MZ", b"\x7fELF", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe",
               b"\xca\xfe\xba\xbe", b"#!")


def looks_executable(head: bytes) -> bool:
    return any(head.startswith(m) for m in _EXECUTABLE)


def _type_problem(zh: str, en: str) -> Problem:
    return Problem(415, "attachment_type", params={"reason": zh, "reason_en": en})


def check_filename(filename: str) -> None:
    if any(c in filename for c in "/\\\x00") or filename.strip() != filename or filename in (".", ".."):
        raise field_error("filename", "文件名无效。", "Invalid file name.")


@dataclass(frozen=True)
class UploadChecker:
    """The file types one kind of upload accepts."""

    extensions: tuple[str, ...]

    @property
    def labels(self) -> str:
        return "、".join(dict.fromkeys(TYPES[e].label for e in self.extensions))

    def declared(self, filename: str, content_type: str) -> str:
        """The extension, after checking the name and the declared type against each other."""
        check_filename(filename)
        ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
        if ext not in self.extensions:
            raise _type_problem(f"只接受以下类型的文件：{self.labels}。",
                                f"Only these file types are accepted: {self.labels.replace('、', ', ')}.")
        declared = content_type.split(";")[0].strip().lower()
        if declared not in TYPES[ext].content_types:
            raise _type_problem(f"文件类型（{declared}）与扩展名 .{ext} 不符。",
                                f"The content type ({declared}) does not match .{ext}.")
        return ext

    def content(self, ext: str, head: bytes) -> None:
        """Raise unless the first bytes are those of a file of type ``ext`` (and not a program)."""
        if not head:
            raise _type_problem("文件为空。", "The file is empty.")
        if looks_executable(head):
            raise _type_problem("不接受可执行文件或脚本。", "Executable files and scripts are not accepted.")
        if not TYPES[ext].magic(head):
            raise _type_problem(f"文件内容与扩展名 .{ext} 不符（可能是伪装的文件）。",
                                f"The file's content is not a .{ext} file (disguised file).")

    async def save(self, store: FileStore, *, prefix: str, chunks: AsyncIterable[bytes], filename: str,
                   content_type: str, max_bytes: int) -> tuple[uuid.UUID, str, StoredFile]:
        """Stream an upload to ``{prefix}/{new id}`` with the size limit enforced while streaming, then check its
        content; a disguised file is removed and refused. Returns the id, the clean content type and the file."""
        ext = self.declared(filename, content_type)
        file_id = uuid.uuid4()
        key = f"{prefix}/{file_id}"
        stored = await store.save(key, chunks, max_bytes=max_bytes)
        try:
            self.content(ext, stored.head)
        except Problem:
            await store.delete(key)
            raise
        return file_id, content_type.split(";")[0].strip().lower(), stored


def checker(extensions: Iterable[str]) -> UploadChecker:
    exts = tuple(extensions)
    unknown = [e for e in exts if e not in TYPES]
    if unknown:
        raise ValueError(f"unknown file types: {unknown}")
    return UploadChecker(exts)
