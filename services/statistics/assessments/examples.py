"""An example indicator system, modelled on the documents the platform comes from (devtools/demo_documents/):

- 鄂温克旗's circular on 2017 (scores of townships and departments; problems: information late, disclosure attribute
  unmarked, reports late, work lost when staff changed) gives the organisation, timeliness, attribute and report items;
- 六安's 2021 summary ("4+2": a quarterly assessment against an indicator system, issues fed back on normative
  documents, interpretations, public consultation, key-area information, grassroots standardisation) gives the
  policy, participation and grassroots items.

A supervising office starts from it (console: 从示例新建) and adjusts it to its own year's requirements.
"""
from __future__ import annotations

from typing import Any


def _auto(code: str, name: str, score: int, measure: str, rule: dict[str, Any], **params: int) -> dict[str, Any]:
    return {"code": code, "name": name, "kind": "automatic", "max_score": score, "measure": measure, "rule": rule,
            "params": params}


def _manual(code: str, name: str, score: int, description: str) -> dict[str, Any]:
    return {"code": code, "name": name, "kind": "manual", "max_score": score, "description": description}


def example_system(year: int, quarter: int | None = None) -> dict[str, Any]:
    period = f"{year}年第{'一二三四'[quarter - 1]}季度" if quarter else f"{year}年度"
    return {
        "name": f"{period}政务公开工作测评指标体系（示例）",
        "year": year, "quarter": quarter, "total_score": 100,
        "description": "参照旗县政务公开考核通报和地市“4+2”季度测评做法拟定的示例体系：自动指标由平台按各单位实际数据测量，"
                       "其余由测评人员核查评分。",
        "indicators": [
            {"code": "1", "name": "组织保障", "kind": "group", "max_score": 10, "children": [
                _manual("1.1", "工作机构和人员", 5, "领导小组、工作机构、专职人员明确；人员变动时工作交接到位。"),
                _manual("1.2", "业务培训", 5, "本年度开展政务公开业务培训。"),
            ]},
            {"code": "2", "name": "主动公开", "kind": "group", "max_score": 40, "children": [
                _auto("2.1", "主动公开及时率", 12, "publication_timeliness", {"type": "ratio", "zero_at": 0.6}),
                _auto("2.2", "规范性文件政策解读同步", 10, "interpretation_timeliness",
                      {"type": "thresholds", "on": "ratio",
                       "bands": [{"at_least": 1.0, "score": 10}, {"at_least": 0.8, "score": 6},
                                 {"at_least": 0.5, "score": 3}]}, within_working_days=10),
                _manual("2.3", "公开属性标识", 6, "文件按源头认定机制标注主动公开、依申请公开或不予公开。"),
                _auto("2.4", "栏目更新", 6, "column_freshness", {"type": "deduction", "per": 1, "cap": 6},
                      stale_after_days=90),
                _auto("2.5", "标准目录事项覆盖", 6, "standard_coverage", {"type": "ratio"}),
            ]},
            {"code": "3", "name": "依申请公开", "kind": "group", "max_score": 25, "children": [
                _auto("3.1", "按期答复率", 10, "reply_on_time", {"type": "ratio", "zero_at": 0.5}),
                _auto("3.2", "逾期未办结", 5, "overdue_open", {"type": "deduction", "per": 2, "cap": 5}),
                _manual("3.3", "答复规范性", 6, "答复书载明依据、获取方式和救济途径；程序规范。"),
                _auto("3.4", "复议诉讼纠错", 4, "appeals_corrected", {"type": "deduction", "per": 2, "cap": 4}),
            ]},
            {"code": "4", "name": "年度报告", "kind": "group", "max_score": 10, "children": [
                _auto("4.1", "按期报送并发布", 6, "annual_report_on_time",
                      {"type": "thresholds", "on": "ratio", "bands": [{"at_least": 1.0, "score": 6}]}),
                _auto("4.2", "数据勾稽一致", 4, "annual_report_violations", {"type": "deduction", "per": 1, "cap": 4}),
            ]},
            {"code": "5", "name": "政民互动与重点领域", "kind": "group", "max_score": 15, "children": [
                _manual("5.1", "决策公开征求意见", 5, "重大决策预公开，公布征求意见采纳情况。"),
                _manual("5.2", "重点领域信息公开", 5, "重大建设项目、公共资源配置、社会公益事业等信息及时公开。"),
                _manual("5.3", "基层政务公开标准化规范化", 5, "县乡两级按标准目录公开，栏目精简规范。"),
            ]},
        ],
    }


TEMPLATES = {"example": ("示例指标体系（参照旗县考核通报和地市季度测评）", example_system)}
