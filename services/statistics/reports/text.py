"""Numbers in the text sections: reading them (for R6) and writing the draft of section 一 and the fee sentence
of section 六 from the tables, so that the text a clerk starts from cannot contradict the tables."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from services.statistics.reports.layout import Format

# Traditional characters that occur in the labels and phrases below (reports scraped from Hong Kong-style
# or legacy pages); mapped before matching.
_T2S = str.maketrans(
    "請開處復議訴訟結轉總計數關會機與於書資務門體範規個條項費萬無護權內過執檔詢訪舉報現發廢辦據類",
    "请开处复议诉讼结转总计数关会机与于书资务门体范规个条项费万无护权内过执档询访举报现发废办据类",
)


def normalise(text: str) -> str:
    """NFKC (full-width digits and punctuation to ASCII), traditional → simplified for the terms we read,
    thousands separators dropped, runs of spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_T2S)
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    text = text.replace("\u3000", " ").replace("\xa0", " ")
    return re.sub(r"[ \t]+", " ", text)


@dataclass
class Claim:
    kind: str  # "cell": a number that must equal a table cell; "sum": a total that must equal its parts
    key: str
    value: Decimal
    snippet: str
    cell: str = ""
    unit: str = ""
    parts: list[int] = field(default_factory=list)


N = r"\s*(\d+(?:\.\d+)?)\s*"
_APPLICATION = r"(?:政府信息公开|依申请公开政府信息|依申请公开|信息公开)?(?:的)?申请"
CELL_PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("s3.new", rf"(?:新收|收到|受理)(?:各类)?{_APPLICATION}(?:共|总计|合计|共计)?{N}(件|个|条|份)", "三·一、本年新收·总计"),
    ("s3.carried_over", rf"上年(?:度)?结转(?:的)?(?:{_APPLICATION})?(?:共)?{N}(件|个|条)", "三·二、上年结转·总计"),
    ("s3.total", rf"(?:办结|办理完毕|处理完毕)(?:{_APPLICATION})?(?:共)?{N}(件|个|条)", "三·（七）总计·总计"),
    ("s3.carried_forward", rf"结转(?:至)?下(?:一)?年(?:度)?(?:继续办理)?(?:的)?(?:{_APPLICATION})?(?:共)?{N}(件|个|条)",
     "三·四、结转下年度继续办理·总计"),
    ("s3.disclosed", rf"予以公开{N}(件)", "三·（一）予以公开·总计"),
    ("s3.partly_disclosed", rf"部分公开{N}(件)", "三·（二）部分公开·总计"),
    ("s3.withheld", rf"不予公开{N}(件)", "三·（三）不予公开（各项之和）·总计"),
    ("s3.unavailable", rf"无法提供{N}(件)", "三·（四）无法提供（各项之和）·总计"),
    ("s3.not_handled", rf"不予处理{N}(件)", "三·（五）不予处理（各项之和）·总计"),
    ("s3.other", rf"其他处理{N}(件)", "三·（六）其他处理·总计"),
    ("s4.reconsideration", rf"行政复议(?:案件)?(?:共)?{N}(件|起|宗)", "四·行政复议·总计"),
    ("s4.litigation", rf"行政诉讼(?:案件)?(?:共)?{N}(件|起|宗)", "四·行政诉讼（两项）·总计"),
    ("s2.regulation.issued", rf"制发(?:政府)?规章{N}(件)", "二·规章·本年制发件数"),
    ("s2.normative.issued", rf"制发(?:行政)?规范性文件{N}(件)", "二·行政规范性文件·本年制发件数"),
    ("s2.regulation.abolished", rf"废止(?:政府)?规章{N}(件)", "二·规章·本年废止件数"),
    ("s2.regulation.in_force", rf"现行有效(?:政府)?规章{N}(件)", "二·规章·现行有效件数"),
    ("fees", rf"(?:收取|收缴)[^，,。；;]{{0,12}}?费(?:用)?(?:共|合计|总计|共计)?{N}(万元|元)", "六·收取的信息处理费"),
)
# "…规章 a 件、行政规范性文件 b 件" after 制发 / 废止 / 现行有效: the second number belongs to the same verb
LISTED = (
    ("s2.normative.issued", r"制发(?:政府)?规章\s*\d+\s*件[、，,]\s*(?:行政)?规范性文件" + N + "(件)",
     "二·行政规范性文件·本年制发件数"),
    ("s2.normative.abolished", r"废止(?:政府)?规章\s*\d+\s*件[、，,]\s*(?:行政)?规范性文件" + N + "(件)",
     "二·行政规范性文件·本年废止件数"),
    ("s2.normative.in_force", r"现行有效(?:政府)?规章\s*\d+\s*件[、，,]\s*(?:行政)?规范性文件" + N + "(件)",
     "二·行政规范性文件·现行有效件数"),
)
UNITS = "件|次|条|人次|个|篇|宗|起|份|项"
_TOTAL = re.compile(rf"(?:共|累计|合计|总计|共计)[^。；;，,\d]{{0,20}}?(\d+)\s*({UNITS})")


def _snippet(text: str, start: int, end: int) -> str:
    return text[max(0, start - 12):end].strip(" ，。；,;")


def read_claims(text: str) -> list[Claim]:
    """Every number in ``text`` that states a table figure, and every "共 N …，其中 a …、b …" whose parts do
    not add up to N."""
    text = normalise(text)
    claims: list[Claim] = []
    for key, pattern, cell in CELL_PATTERNS + LISTED:
        for m in re.finditer(pattern, text):
            value = Decimal(m.group(1))
            if key == "fees" and m.group(2) == "万元":
                value *= 10000
            claims.append(Claim("cell", key, value, _snippet(text, m.start(), m.end()), cell=cell))
    claims.extend(read_sums(text))
    return claims


def read_sums(text: str) -> list[Claim]:
    out = []
    for m in _TOTAL.finditer(text):
        total, unit = int(m.group(1)), m.group(2)
        tail = text[m.end():m.end() + 400]
        k = tail.find("其中")
        if k < 0 or tail[:k].count("。") > 1 or "其中" in text[m.start():m.end()]:
            continue
        if re.search(rf"(?<![\d.第])\d+\s*{unit}", tail[:k]):
            continue  # a nearer figure of the same unit stands before 其中: the breakdown is of that one
        ends = [i for i in (tail.find(mark, k) for mark in "。;；") if i >= 0]
        clause = tail[k:min(ends) if ends else len(tail)]
        parts = [
            int(n) for n, u in re.findall(rf"(?<![\d.第])(\d+)\s*({UNITS})(?!\s*%)", clause) if u == unit
        ]
        if len(parts) >= 2 and sum(parts) != total:
            out.append(Claim("sum", "sum", Decimal(total), _snippet(text, m.start(), m.end() + k + len(clause)),
                             unit=unit, parts=parts))
    return out


# --- drafts --------------------------------------------------------------------------------------------------


def _n(rows: dict[str, list[int]], code: str) -> int:
    return rows[code][-1]


def _group(rows: dict[str, list[int]], prefix: str) -> int:
    return sum(v[-1] for k, v in rows.items() if k == prefix or k.startswith(prefix + "."))


def _yuan(value: Decimal) -> str:
    return str(int(value)) if value == value.to_integral_value() else str(value.quantize(Decimal("0.01")))


def draft_overview(figures: dict[str, Any], agency_name: str) -> str:
    """Section 一, written from the tables (every number in it is one the R6 check reads back)."""
    fmt: Format = figures["format"]
    year = figures["year"]
    rows = figures["section3"]
    s2 = figures["section2"]
    s4 = figures["section4"]
    paragraphs = [
        f"{year}年，{agency_name}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，"
        "推进决策、执行、管理、服务、结果公开，依法保障人民群众知情权、参与权、表达权、监督权。"
    ]
    if fmt == "2021":
        paragraphs.append(
            f"（一）主动公开。本年制发规章{s2['regulation.issued']}件、行政规范性文件{s2['normative.issued']}件，"
            f"废止规章{s2['regulation.abolished']}件、行政规范性文件{s2['normative.abolished']}件；"
            f"截至年底，现行有效规章{s2['regulation.in_force']}件、行政规范性文件{s2['normative.in_force']}件。"
        )
    else:
        paragraphs.append(
            f"（一）主动公开。本年新制作规章{s2['regulation.made']}件、规范性文件{s2['normative.made']}件，"
            f"新公开规章{s2['regulation.published']}件、规范性文件{s2['normative.published']}件。"
        )
    paragraphs.append(
        f"（二）依申请公开。本年新收政府信息公开申请{_n(rows, 'new')}件，上年结转{_n(rows, 'carried_over')}件；"
        f"本年共办结{_n(rows, 'total')}件，其中予以公开{_n(rows, 'disclosed')}件、部分公开{_n(rows, 'partly_disclosed')}件、"
        f"不予公开{_group(rows, 'withheld')}件、无法提供{_group(rows, 'unavailable')}件、"
        f"不予处理{_group(rows, 'not_handled')}件、其他处理{_group(rows, 'other')}件；"
        f"结转下年度继续办理{_n(rows, 'carried_forward')}件。"
    )
    litigation = s4["litigation_direct"]["total"] + s4["litigation_after_reconsideration"]["total"]
    paragraphs.append(
        f"（三）行政复议和行政诉讼。本年因政府信息公开工作被申请行政复议{s4['reconsideration']['total']}件，"
        f"被提起行政诉讼{litigation}件。"
    )
    paragraphs.append("（四）政府信息管理、平台建设和监督保障。（请补充本机关的工作情况。）")
    return "\n".join(paragraphs)


def draft_other(figures: dict[str, Any]) -> str:
    """The fee sentence of section 六 (国办函〔2020〕109号)."""
    fees = Decimal(figures.get("fees_yuan") or "0")
    if fees == 0:
        return "本年度未收取政府信息公开信息处理费。"
    return f"本年度依据《政府信息公开信息处理费管理办法》收取信息处理费{_yuan(fees)}元。"

