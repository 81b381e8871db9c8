"""Scoring rules of automatic indicators and the checks an indicator tree must pass (pure functions, no I/O).

A measure (measures.py) gives, for an agency and a period, a ratio (share of things done right), a count (of things
done wrong) or a flag (done / not done). A leaf indicator turns it into points with one rule:

- ``ratio``: a straight line from ``zero_at`` (0 points) to ``full_at`` (full points), e.g. 95 % on time → 9.5 of 10;
- ``thresholds``: bands, e.g. ≥ 95 % → 10, ≥ 80 % → 6, else 0 (on a ratio), or ≤ 0 → 5, ≤ 3 → 3, else 0 (on a count);
- ``deduction``: ``per`` points off for each occurrence, at most ``cap`` (never below zero);
- ``veto`` (一票否决): more than ``above`` occurrences and the agency's whole score is nought.

A measure with nothing to measure (no entries published in the period, no request closed) scores ``when_empty``:
full points by default (nothing was done wrong), or nought.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, TypeAdapter, model_validator

TWO = Decimal("0.01")


def points(value: Decimal | float | int) -> Decimal:
    return Decimal(str(value)).quantize(TWO, rounding=ROUND_HALF_UP)


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    when_empty: Literal["full", "zero"] = Field("full", description="无可测对象时：得满分或零分")


class RatioRule(_Rule):
    type: Literal["ratio"]
    zero_at: float = Field(0.0, ge=0, le=1, description="比例不高于此值得 0 分")
    full_at: float = Field(1.0, ge=0, le=1, description="比例达到此值得满分")

    @model_validator(mode="after")
    def _range(self) -> "RatioRule":
        if self.full_at <= self.zero_at:
            raise ValueError("满分比例应高于零分比例|full_at must be above zero_at")
        return self


class RatioBand(BaseModel):
    model_config = ConfigDict(extra="forbid")
    at_least: float = Field(..., ge=0, le=1, description="比例不低于")
    score: float = Field(..., ge=0)


class CountBand(BaseModel):
    model_config = ConfigDict(extra="forbid")
    at_most: int = Field(..., ge=0, description="次数不超过")
    score: float = Field(..., ge=0)


class RatioThresholds(_Rule):
    type: Literal["thresholds"]
    on: Literal["ratio"]
    bands: list[RatioBand] = Field(..., min_length=1, max_length=10)

    @model_validator(mode="after")
    def _ordered(self) -> "RatioThresholds":
        lows = [b.at_least for b in self.bands]
        if lows != sorted(lows, reverse=True) or len(set(lows)) != len(lows):
            raise ValueError("分档应按比例从高到低排列且不重复|bands must go from the highest ratio down, each once")
        scores = [b.score for b in self.bands]
        if scores != sorted(scores, reverse=True):
            raise ValueError("比例越高得分不应越低|a higher ratio may not score less")
        return self


class CountThresholds(_Rule):
    type: Literal["thresholds"]
    on: Literal["count"]
    bands: list[CountBand] = Field(..., min_length=1, max_length=10)

    @model_validator(mode="after")
    def _ordered(self) -> "CountThresholds":
        highs = [b.at_most for b in self.bands]
        if highs != sorted(highs) or len(set(highs)) != len(highs):
            raise ValueError("分档应按次数从少到多排列且不重复|bands must go from the fewest occurrences up, each once")
        scores = [b.score for b in self.bands]
        if scores != sorted(scores, reverse=True):
            raise ValueError("次数越多得分不应越高|more occurrences may not score more")
        return self


class DeductionRule(_Rule):
    type: Literal["deduction"]
    per: float = Field(..., gt=0, description="每次扣分")
    cap: float = Field(..., gt=0, description="最多扣分")


class VetoRule(_Rule):
    type: Literal["veto"]
    above: int = Field(0, ge=0, description="超过此次数即一票否决")


def _discriminate(value: Any) -> str:
    if isinstance(value, dict):
        t, on = value.get("type"), value.get("on")
    else:
        t, on = getattr(value, "type", None), getattr(value, "on", None)
    return f"thresholds_{on}" if t == "thresholds" else str(t)


Rule = Annotated[
    Annotated[RatioRule, Tag("ratio")] | Annotated[RatioThresholds, Tag("thresholds_ratio")]
    | Annotated[CountThresholds, Tag("thresholds_count")] | Annotated[DeductionRule, Tag("deduction")]
    | Annotated[VetoRule, Tag("veto")],
    Discriminator(_discriminate),
]
RULE = TypeAdapter(Rule)

# which rules suit which kind of measure
RULES_FOR = {
    "ratio": {"ratio", "thresholds_ratio"},
    "flag": {"ratio", "thresholds_ratio"},
    "count": {"deduction", "thresholds_count", "veto"},
}


def rule_key(rule: Any) -> str:
    return _discriminate(rule)


@dataclass(frozen=True)
class Outcome:
    score: Decimal
    veto: bool = False
    lost: Decimal = Decimal("0")  # points lost, for the issue list


def apply(rule: Any, max_score: Decimal, value: dict[str, Any]) -> Outcome:
    """Points for a measured value (``ratio`` in [0, 1] or None when there is nothing to measure; ``count``)."""
    max_score = points(max_score)
    ratio, count = value.get("ratio"), value.get("count")
    key = rule_key(rule)
    empty = (ratio is None) if key in ("ratio", "thresholds_ratio") else (count is None)
    if empty:
        score = max_score if rule.when_empty == "full" else Decimal("0")
        return Outcome(points(score), lost=max_score - points(score))
    if key == "ratio":
        share = (float(ratio) - rule.zero_at) / (rule.full_at - rule.zero_at)
        score = max_score * Decimal(str(min(1.0, max(0.0, share))))
    elif key == "thresholds_ratio":
        score = next((Decimal(str(b.score)) for b in rule.bands if float(ratio) >= b.at_least), Decimal("0"))
    elif key == "thresholds_count":
        score = next((Decimal(str(b.score)) for b in rule.bands if int(count) <= b.at_most), Decimal("0"))
    elif key == "deduction":
        score = max_score - min(Decimal(str(rule.cap)), Decimal(str(rule.per)) * int(count))
    else:  # veto
        vetoed = int(count) > rule.above
        return Outcome(Decimal("0") if vetoed else max_score, veto=vetoed,
                       lost=max_score if vetoed else Decimal("0"))
    score = points(min(max_score, max(Decimal("0"), score)))
    return Outcome(score, lost=max_score - score)


# --- the indicator tree --------------------------------------------------------------------------------------


@dataclass
class TreeError:
    field: str
    zh: str
    en: str


def check_tree(nodes: Iterable[dict[str, Any]], total: Decimal, measure_kinds: dict[str, str]) -> list[TreeError]:
    """Every problem of an indicator tree: the maximum scores of each node's children add up to its own (and the top
    level to ``total``); leaves are automatic (a known measure, a rule that suits it, within the leaf's maximum) or
    manual; codes are unique. ``nodes`` are dicts with ``path`` (the field path for errors), ``code``, ``kind``,
    ``max_score``, ``measure``, ``rule``, ``children``."""
    errors: list[TreeError] = []
    codes: set[str] = set()

    def sum_of(children: list[dict[str, Any]]) -> Decimal:
        return sum((points(c["max_score"]) for c in children), Decimal("0"))

    def walk(node: dict[str, Any]) -> None:
        path, kind, children = node["path"], node["kind"], node.get("children") or []
        if node["code"] in codes:
            errors.append(TreeError(f"{path}.code", f"指标编号 {node['code']} 重复。", f"Code {node['code']} repeats."))
        codes.add(node["code"])
        if kind == "group":
            if not children:
                errors.append(TreeError(f"{path}.children", "指标分组下至少应有一个指标。", "A group needs indicators."))
            elif sum_of(children) != points(node["max_score"]):
                errors.append(TreeError(
                    f"{path}.max_score",
                    f"下级指标分值合计 {sum_of(children)}，与本项分值 {points(node['max_score'])} 不一致。",
                    f"The children add up to {sum_of(children)}, not {points(node['max_score'])}."))
            for child in children:
                walk(child)
            return
        if children:
            errors.append(TreeError(f"{path}.children", "只有指标分组可以有下级指标。", "Only a group has children."))
        if kind == "manual":
            if node.get("measure") or node.get("rule"):
                errors.append(TreeError(f"{path}.rule", "人工评分指标不设自动测量和计分规则。",
                                        "A manual indicator has no measure or rule."))
            return
        measure = node.get("measure")
        if measure not in measure_kinds:
            errors.append(TreeError(f"{path}.measure", "请选择有效的自动测量项。", "Choose a known measure."))
            return
        rule = node.get("rule")
        if rule is None:
            errors.append(TreeError(f"{path}.rule", "自动指标须设置计分规则。", "An automatic indicator needs a rule."))
            return
        if rule_key(rule) not in RULES_FOR[measure_kinds[measure]]:
            errors.append(TreeError(f"{path}.rule", "该计分规则不适用于此测量项（比例用线性或分档，次数用扣分、分档或一票否决）。",
                                    "This rule does not suit the measure (ratios: ratio or bands; counts: deduction, "
                                    "bands or veto)."))
            return
        top = max((Decimal(str(b.score)) for b in getattr(rule, "bands", [])), default=None)
        if top is not None and top > points(node["max_score"]):
            errors.append(TreeError(f"{path}.rule", f"分档得分 {top} 超过本项分值 {points(node['max_score'])}。",
                                    f"A band scores {top}, above the indicator's {points(node['max_score'])}."))
        if rule_key(rule) == "deduction" and Decimal(str(rule.cap)) > points(node["max_score"]):
            errors.append(TreeError(f"{path}.rule", "最多扣分不能超过本项分值。", "The cap exceeds the indicator's score."))

    roots = list(nodes)
    if not roots:
        errors.append(TreeError("indicators", "指标体系至少应有一个指标。", "The system needs indicators."))
    elif sum_of(roots) != points(total):
        errors.append(TreeError("indicators", f"一级指标分值合计 {sum_of(roots)}，与总分 {points(total)} 不一致。",
                                f"The top-level indicators add up to {sum_of(roots)}, not {points(total)}."))
    for node in roots:
        walk(node)
    return errors
