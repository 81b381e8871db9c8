"""Reading import files one row at a time (plain, blocking code: the import runs it in a worker thread).

NDJSON is read line by line, CSV through ``csv.reader`` over a streamed text file (UTF-8 with or without BOM, or
GB18030 as older platforms write it), XLSX with openpyxl's read-only mode (rows parsed from the zipped XML as they
are iterated). Nothing holds more than the current row, so a file of any number of rows takes the same memory.

A file that is not what its format says raises :class:`FileInvalid` (the job fails with that reason); a bad row
yields a :class:`RowProblem` (a row error; the job goes on).
"""
from __future__ import annotations

import codecs
import csv
import json
import zipfile
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from services.catalog.exchange.records import header_field

csv.field_size_limit(2_000_000)  # a body may be 500,000 characters (many more bytes)
HEAD = 64 * 1024
REQUIRED_COLUMNS = ("external_id", "title")


class FileInvalid(Exception):
    """The whole file cannot be read as its format. ``str(exc)`` is "中文|English"."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(f"{zh}|{en}")


class RowProblem:
    """A row that could not even be parsed (a line that is not a JSON object, more cells than headings)."""

    def __init__(self, code: str, zh: str, en: str, external_id: str | None = None) -> None:
        self.external_id = external_id
        self.errors = [{"field": None, "code": code, "message": zh, "message_en": en}]


Row = tuple[int, "dict[str, Any] | RowProblem"]


def _head(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(HEAD)


def _decodes(head: bytes, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        decoder.decode(head, final=False)  # the head may end inside a character
        return True
    except UnicodeDecodeError:
        return False


def _text_encoding(path: Path, label: str, *, legacy: bool) -> str:
    head = _head(path)
    if not head.strip():
        raise FileInvalid("文件为空。", "The file is empty.")
    if b"\x00" in head or head.startswith(b"PK\x03\x04"):
        raise FileInvalid(f"文件不是 {label} 文本文件（可能是二进制文件或 Excel 工作簿）。",
                          f"The file is not a {label} text file (binary data or a workbook?).")
    if _decodes(head, "utf-8"):
        return "utf-8-sig"
    if legacy and _decodes(head, "gb18030"):
        return "gb18030"
    raise FileInvalid(f"文件不是 UTF-8{'或 GB18030 ' if legacy else ' '}编码的文本。",
                      f"The file is not text in UTF-8{' or GB18030' if legacy else ''}.")


def _columns(headings: list[Any]) -> list[str | None]:
    """Field of each column (None for a blank heading, whose cells must stay empty)."""
    fields: list[str | None] = []
    unknown: list[str] = []
    for heading in headings:
        text = "" if heading is None else str(heading).strip().lstrip("\ufeff").strip()
        if not text:
            fields.append(None)
            continue
        field = header_field(text)
        if field is None:
            unknown.append(text)
        fields.append(field)
    if unknown:
        shown = "、".join(unknown[:10])
        raise FileInvalid(f"标题行中有无法识别的列：{shown}。列名应为导出文件中的字段名（如 external_id、title）或其中文名称。",
                          f"Unknown columns in the heading row: {', '.join(unknown[:10])}. Use the field names of an "
                          f"export (external_id, title, …) or their Chinese headings.")
    seen: set[str] = set()
    for field in fields:
        if field is not None and field in seen:
            raise FileInvalid(f"标题行中有重复的列：{field}。", f"Column {field} appears twice in the heading row.")
        if field is not None:
            seen.add(field)
    missing = [c for c in REQUIRED_COLUMNS if c not in seen]
    if missing:
        raise FileInvalid(f"缺少必需的列：{'、'.join(missing)}（第 1 行应为标题行）。",
                          f"Required columns missing: {', '.join(missing)} (row 1 must be the heading row).")
    return fields


def _blank(values: tuple[Any, ...] | list[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _row(fields: list[str | None], values: tuple[Any, ...] | list[Any]) -> dict[str, Any] | RowProblem:
    row: dict[str, Any] = {}
    for i, value in enumerate(values):
        field = fields[i] if i < len(fields) else None
        if field is None:
            if not (value is None or (isinstance(value, str) and not value.strip())):
                ext = row.get("external_id")
                return RowProblem("extra_cells", "该行的单元格多于标题行的列（或在无标题的列中有内容）。",
                                  "The row has cells beyond the heading row's columns.",
                                  str(ext) if ext is not None else None)
            continue
        row[field] = value
    return row


class Reader(ABC):
    """``count()`` checks the file and counts its rows; ``rows(skip)`` yields ``(row number, row)`` for the rows
    after the first ``skip`` (row numbers: the sheet's row for CSV and XLSX, where the heading is row 1; the
    line for NDJSON)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def count(self) -> int:
        return sum(1 for _ in self.rows(0))

    @abstractmethod
    def rows(self, skip: int = 0) -> Iterator[Row]: ...


class NdjsonReader(Reader):
    def rows(self, skip: int = 0) -> Iterator[Row]:
        encoding = _text_encoding(self.path, "NDJSON", legacy=False)
        seen = 0
        try:
            with self.path.open("r", encoding=encoding, newline="\n") as f:
                for number, line in enumerate(f, start=1):
                    text = line.strip()
                    if not text:
                        continue
                    seen += 1
                    if seen <= skip:
                        continue
                    try:
                        value = json.loads(text)
                    except ValueError:
                        value = None
                    if not isinstance(value, dict):
                        if seen == 1:
                            raise FileInvalid("文件不是 NDJSON：第 1 行不是 JSON 对象（每行应为一个 JSON 对象）。",
                                              "The file is not NDJSON: line 1 is not a JSON object (one object per line).")
                        yield number, RowProblem("json_invalid", "该行不是有效的 JSON 对象。",
                                                 "The line is not a valid JSON object.")
                        continue
                    yield number, value
        except UnicodeDecodeError as exc:
            raise FileInvalid(f"文件在第 {seen + 1} 行附近不是有效的 UTF-8 文本。",
                              f"The file is not valid UTF-8 near line {seen + 1}.") from exc


class CsvReader(Reader):
    def rows(self, skip: int = 0) -> Iterator[Row]:
        encoding = _text_encoding(self.path, "CSV", legacy=True)
        number = 1
        try:
            with self.path.open("r", encoding=encoding, newline="") as f:
                reader = csv.reader(f)
                try:
                    headings = next(reader)
                except StopIteration as exc:
                    raise FileInvalid("文件没有标题行。", "The file has no heading row.") from exc
                fields = _columns(headings)
                seen = 0
                for number, values in enumerate(reader, start=2):
                    if _blank(values):
                        continue
                    seen += 1
                    if seen <= skip:
                        continue
                    yield number, _row(fields, values)
        except csv.Error as exc:
            raise FileInvalid(f"CSV 格式错误（第 {number} 行附近）：{exc}。", f"Malformed CSV near row {number}: {exc}.") from exc
        except UnicodeDecodeError as exc:
            raise FileInvalid(f"文件在第 {number} 行附近含有无法识别的字符（编码不一致）。",
                              f"The file has undecodable bytes near row {number} (mixed encodings).") from exc


class XlsxReader(Reader):
    def rows(self, skip: int = 0) -> Iterator[Row]:
        from openpyxl import load_workbook
        from openpyxl.utils.exceptions import InvalidFileException

        invalid = FileInvalid("文件不是有效的 Excel 工作簿（.xlsx）。", "The file is not a valid Excel workbook (.xlsx).")
        if not zipfile.is_zipfile(self.path):
            raise invalid
        try:
            workbook = load_workbook(self.path, read_only=True, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise invalid from exc
        try:
            if not workbook.worksheets:
                raise invalid
            sheet = workbook.worksheets[0]
            try:
                rows = sheet.iter_rows(values_only=True)
                headings = next(rows, None)
                if headings is None or _blank(headings):
                    raise FileInvalid("工作表的第 1 行应为标题行。", "Row 1 of the worksheet must be the heading row.")
                fields = _columns(list(headings))
                seen = 0
                for number, values in enumerate(rows, start=2):
                    if _blank(values):
                        continue
                    seen += 1
                    if seen <= skip:
                        continue
                    yield number, _row(fields, values)
            except (zipfile.BadZipFile, KeyError, ValueError, EOFError) as exc:
                raise FileInvalid("Excel 工作簿已损坏，无法读取。", "The Excel workbook is damaged and cannot be read.") from exc
        finally:
            workbook.close()


READERS: dict[str, type[Reader]] = {"ndjson": NdjsonReader, "csv": CsvReader, "xlsx": XlsxReader}


def reader(fmt: str, path: Path) -> Reader:
    return READERS[fmt](path)
