"""Letters: every kind renders to .docx and to a PDF with embedded Chinese glyphs; agency templates change only
the editable parts; a sent letter is archived once, served unchanged and checked against its checksum."""
import hashlib
import io

import pytest
from docx import Document

from services.applications.dictionaries import LetterKind
from services.applications.letters import content, render
from tests.applications.conftest import act, case, pdf_text, register
from tests.support.helpers import assert_problem

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

FIELDS = {
    "applicant_name": "张三", "number": "2026000001-1", "title": "2025年道路改造资金", "submitted_on": "2026年3月2日",
    "channel": "网上申请", "received_on": "2026年3月2日", "due_on": "2026年3月30日", "issued_on": "2026年3月3日",
    "agency_name": "东湖县人民政府", "agency_phone": "0999-1234567", "agency_address": "人民路8号",
    "supplement_items": "1. 请写明文号\n2. 请补充身份证明", "supplement_deadline": "2026年3月19日",
    "extension_reason": "需要逐条审查", "extension_days": 20, "party_name": "江城建设公司",
    "consultation_deadline": "2026年4月2日", "consultation_scope": "合同金额", "consultation_started_on": "2026年3月12日",
    "party_kind": "第三方", "disclosure_reason": "涉及重大公共利益", "fee_method": "按件计收", "fee_basis": "本月第11件",
    "fee_amount": "100.00", "fee_deadline": "2026年3月26日", "reasons_deadline": "2026年3月20日",
    "outcome": "disclosed", "details": "请于工作时间到本机关领取。",
}


@pytest.mark.parametrize("kind", [k.value for k in LetterKind])
def test_every_letter_kind_renders_in_both_formats(kind):
    letter = content.build(kind, FIELDS, {})
    assert letter["title"] == content.TITLES[kind]
    assert all("________" not in b["text"] for b in letter["blocks"]), letter["blocks"]  # every field merged
    docx_text = "\n".join(p.text for p in Document(io.BytesIO(render.to_docx(letter))).paragraphs)
    pdf = render.to_pdf(letter)
    assert letter["title"] in docx_text and "东湖县人民政府" in docx_text
    assert letter["title"] in pdf_text(pdf)  # the Chinese glyphs are in the PDF, with their Unicode mapping
    assert b"/FontFile2" in pdf  # the TrueType font is embedded: renders without system fonts


def test_the_third_party_letter_carries_no_applicant_data():
    letter = content.build("third_party_consultation", FIELDS, {})
    text = " ".join(b["text"] for b in letter["blocks"])
    assert "张三" not in text and "江城建设公司" in text


def test_the_applicant_is_told_whom_the_agency_consults():
    text = " ".join(b["text"] for b in content.build("consultation_notice", FIELDS, {})["blocks"])
    assert "需要征求第三方意见。" in text and "不计算在答复期限内" in text


def test_agency_parts_cannot_use_unknown_fields():
    with pytest.raises(ValueError):
        content.check_part("closing", "此致 {applicant_id_number}")
    content.check_part("contact", "联系人：{handler_name}，电话：{agency_phone}")


async def test_templates_lock_the_legal_text_and_sent_letters_never_change(gw, staff, stack, today):
    today("2026-03-10")
    cid = (await register(gw, staff, received_on="2026-03-09"))["cases"][0]["id"]
    receipt = (await case(gw, staff, cid))["letters"][0]
    original = await gw.get(f"/api/v1/applications/letters/{receipt['id']}/file", params={"format": "docx"},
                            headers=staff.h("clerk"))
    assert hashlib.sha256(original.content).hexdigest() == receipt["docx_sha256"] == original.headers["x-content-sha256"]

    view = (await gw.get("/api/v1/applications/letter-templates/receipt", headers=staff.h("clerk"))).json()
    assert any(b["locked"] for b in view["blocks"]) and view["version"] == 0
    # a locked paragraph is not editable
    resp = await gw.put("/api/v1/applications/letter-templates/receipt", json={"parts": {"blocks": "改写法律条文"}},
                        headers=staff.h("approver"))
    assert "锁定" in assert_problem(resp, 422, "validation_error")["errors"][0]["message"]
    resp = await gw.put("/api/v1/applications/letter-templates/receipt", json={"parts": {"closing": "{id_number}"}},
                        headers=staff.h("approver"))
    assert_problem(resp, 422)
    assert_problem(await gw.put("/api/v1/applications/letter-templates/receipt", json={"parts": {"closing": "此复。"}},
                                headers=staff.h("clerk")), 403, "forbidden")
    resp = await gw.put("/api/v1/applications/letter-templates/receipt", json={
        "version": 0, "parts": {"header": "东湖县人民政府办公室（政务公开）", "closing": "特此回执。"}},
        headers=staff.h("approver"))
    assert resp.status_code == 200, resp.text
    assert resp.json()["version"] == 1
    stale = await gw.put("/api/v1/applications/letter-templates/receipt", json={"version": 0, "parts": {}},
                         headers=staff.h("approver"))
    assert_problem(stale, 409, "version_conflict")

    # new letters use the new wording; the letter already sent is served exactly as archived
    new_id = (await register(gw, staff, received_on="2026-03-10"))["cases"][0]["id"]
    new_receipt = (await case(gw, staff, new_id))["letters"][0]
    new_doc = await gw.get(f"/api/v1/applications/letters/{new_receipt['id']}/file", params={"format": "docx"},
                           headers=staff.h("clerk"))
    new_text = "\n".join(p.text for p in Document(io.BytesIO(new_doc.content)).paragraphs)
    assert "东湖县人民政府办公室（政务公开）" in new_text and "特此回执。" in new_text
    assert "第三十三条" in new_text  # the legal paragraph is still there
    again = await gw.get(f"/api/v1/applications/letters/{receipt['id']}/file", params={"format": "docx"},
                         headers=staff.h("clerk"))
    assert again.content == original.content

    # a file changed on disk is refused, not served
    store = stack.apps["applications"].state.store
    letter_key = f"letters/{cid}/{receipt['id']}.pdf"
    good = await store.read(letter_key)
    await store.put_bytes(letter_key, good + b"%tampered")
    try:
        resp = await gw.get(f"/api/v1/applications/letters/{receipt['id']}/file", headers=staff.h("clerk"))
        assert_problem(resp, 500, "letter_integrity")
    finally:
        await store.put_bytes(letter_key, good)


async def test_preview_renders_without_archiving(gw, staff, today):
    today("2026-03-10")
    cid = (await register(gw, staff, received_on="2026-03-09"))["cases"][0]["id"]
    await act(gw, staff, cid, "draft_reply", {"outcome": "withheld.process_info", "details": "该信息为内部讨论记录。"})
    resp = await gw.get(f"/api/v1/applications/cases/{cid}/letters/preview", params={"kind": "reply"},
                        headers=staff.h("clerk"))
    assert resp.status_code == 200 and resp.content.startswith(b"%PDF")
    assert "第十六条第二款" in pdf_text(resp.content)
    assert len((await case(gw, staff, cid))["letters"]) == 1  # still only the receipt


def test_chinese_line_breaking_keeps_punctuation_off_line_starts():
    width = lambda text: float(len(text))  # noqa: E731 - one unit per character
    lines = render.wrap_cjk("本机关于2026年3月2日收到您的申请（编号：1），所需信息如下。", 10, width)
    assert "".join(lines) == "本机关于2026年3月2日收到您的申请（编号：1），所需信息如下。"
    assert all(len(line) <= 10 for line in lines)
    assert not any(line[0] in render.NO_LINE_START for line in lines[1:])
    assert not any(line[-1] in render.NO_LINE_END for line in lines)
    assert render.wrap_cjk("", 10, width) == []
