"""The report checker: upload a file (.docx, .xlsx, PDF, HTML, text) or paste text copied from a web page."""
from __future__ import annotations

import asyncio
from typing import Any

from fastapi import Depends, File, Form, Request, UploadFile
from pydantic import BaseModel, Field

from kernel.auth import Principal, require
from kernel.errors import Problem, bad_request
from kernel.service import make_router
from services.statistics.checker import service
from services.statistics.reports.schemas import ViolationOut

router = make_router("/checker", tags=["report checker"])


class CheckResult(BaseModel):
    kind: str = Field(..., description="识别出的文件类型：docx、xlsx、pdf、html、text")
    format: str | None = Field(..., description="报告格式：2021（国办公开办函〔2021〕30号）或 2019（试行）")
    year: int | None
    found: dict[str, bool]
    figures: dict[str, Any]
    claims: int = Field(..., description="正文中读到的数字陈述条数")
    notes: list[str]
    violations: list[ViolationOut]
    ok: bool


async def _read_upload(upload: UploadFile, limit: int) -> bytes:
    chunks = []
    size = 0
    while chunk := await upload.read(256 * 1024):
        size += len(chunk)
        if size > limit:
            raise Problem(413, "payload_too_large", params={"limit": f"{limit // (1024 * 1024)} MB"})
        chunks.append(chunk)
    return b"".join(chunks)


@router.post("", response_model=CheckResult, summary="检查年度报告：识别表格与正文数字，列出违反 R1–R6 的单元格")
async def check_report(
    request: Request,
    file: UploadFile | None = File(None, description="报告文件（.docx、.xlsx、PDF、HTML 或纯文本）"),
    text: str | None = Form(None, max_length=500_000, description="或：从网页复制的报告全文"),
    previous: UploadFile | None = File(None, description="上一年度的报告（可选，用于检查 R5）"),
    _: Principal = Depends(require("statistics.checker:use")),
) -> dict[str, Any]:
    limit = request.app.state.settings.checker_max_bytes
    if (file is None) == (text is None or not text.strip()):
        raise bad_request("请上传报告文件或粘贴报告全文（二者选一）。", "Send either a file or the pasted text.")
    prior = (await _read_upload(previous, limit), previous.filename) if previous is not None else None
    if file is not None:
        data, name = await _read_upload(file, limit), file.filename
        if not data:
            raise bad_request("上传的文件为空。", "The uploaded file is empty.")
    else:
        data, name = text.encode(), None  # type: ignore[union-attr]
    return await asyncio.to_thread(service.check_upload, data, name, prior)
