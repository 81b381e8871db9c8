"""Scoring rules and the indicator tree's checks, table-driven (no database)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from services.statistics.assessments.measures import MEASURE_KINDS
from services.statistics.assessments.rules import RULE, apply, check_tree

D = Decimal


@pytest.mark.parametrize(("rule", "max_score", "value", "score", "veto"), [
    # a straight line from zero_at to full_at
    ({"type": "ratio"}, 10, {"ratio": 0.95}, D("9.50"), False),
    ({"type": "ratio", "zero_at": 0.6, "full_at": 1.0}, 10, {"ratio": 0.8}, D("5.00"), False),
    ({"type": "ratio", "zero_at": 0.6, "full_at": 1.0}, 10, {"ratio": 0.5}, D("0.00"), False),
    ({"type": "ratio", "full_at": 0.9}, 10, {"ratio": 0.95}, D("10.00"), False),
    # nothing to measure: full points unless the rule says otherwise
    ({"type": "ratio"}, 10, {"ratio": None}, D("10.00"), False),
    ({"type": "ratio", "when_empty": "zero"}, 10, {"ratio": None}, D("0.00"), False),
    # bands on a ratio and on a count
    ({"type": "thresholds", "on": "ratio", "bands": [{"at_least": 0.95, "score": 10}, {"at_least": 0.8, "score": 6}]},
     10, {"ratio": 0.9}, D("6.00"), False),
    ({"type": "thresholds", "on": "ratio", "bands": [{"at_least": 0.95, "score": 10}, {"at_least": 0.8, "score": 6}]},
     10, {"ratio": 0.5}, D("0.00"), False),
    ({"type": "thresholds", "on": "count", "bands": [{"at_most": 0, "score": 5}, {"at_most": 3, "score": 3}]},
     5, {"count": 2}, D("3.00"), False),
    ({"type": "thresholds", "on": "count", "bands": [{"at_most": 0, "score": 5}, {"at_most": 3, "score": 3}]},
     5, {"count": 4}, D("0.00"), False),
    # a deduction per occurrence, capped
    ({"type": "deduction", "per": 0.5, "cap": 4}, 5, {"count": 3}, D("3.50"), False),
    ({"type": "deduction", "per": 0.5, "cap": 4}, 5, {"count": 30}, D("1.00"), False),
    ({"type": "deduction", "per": 2, "cap": 5}, 5, {"count": 0}, D("5.00"), False),
    # one veto and the agency's total is nought
    ({"type": "veto"}, 0, {"count": 1}, D("0.00"), True),
    ({"type": "veto", "above": 2}, 0, {"count": 2}, D("0.00"), False),
])
def test_rules_turn_measured_values_into_points(rule, max_score, value, score, veto):
    outcome = apply(RULE.validate_python(rule), D(max_score), value)
    assert (outcome.score, outcome.veto) == (score, veto)


@pytest.mark.parametrize("rule", [
    {"type": "ratio", "zero_at": 0.9, "full_at": 0.8},  # no valid range
    {"type": "ratio", "full_at": 1.5},
    {"type": "thresholds", "on": "ratio", "bands": [{"at_least": 0.8, "score": 6}, {"at_least": 0.95, "score": 10}]},
    {"type": "thresholds", "on": "count", "bands": [{"at_most": 3, "score": 5}, {"at_most": 0, "score": 3}]},
    {"type": "thresholds", "on": "ratio", "bands": []},
    {"type": "deduction", "per": 0, "cap": 5},
    {"type": "deduction", "per": 1},
    {"type": "ratio", "surprise": 1},
    {"type": "magic"},
])
def test_rules_without_a_valid_range_are_refused(rule):
    with pytest.raises(ValidationError):
        RULE.validate_python(rule)


def _node(code, kind, max_score, children=(), measure=None, rule=None):
    return {"path": f"n{code}", "code": code, "kind": kind, "max_score": D(max_score), "measure": measure,
            "rule": RULE.validate_python(rule) if rule else None, "children": list(children)}


def test_a_tree_whose_scores_add_up_passes():
    tree = [
        _node("1", "group", 60, [
            _node("1.1", "automatic", 40, measure="publication_timeliness", rule={"type": "ratio"}),
            _node("1.2", "manual", 20)]),
        _node("2", "automatic", 40, measure="overdue_open", rule={"type": "deduction", "per": 2, "cap": 40}),
        _node("3", "automatic", 0, measure="appeals_corrected", rule={"type": "veto", "above": 3}),
    ]
    assert check_tree(tree, D(100), MEASURE_KINDS) == []


def test_every_problem_of_a_tree_is_named():
    tree = [
        _node("1", "group", 60, [
            _node("1.1", "automatic", 30, measure="publication_timeliness", rule={"type": "deduction", "per": 1, "cap": 5}),
            _node("1.1", "manual", 20)]),  # repeated code; 30 + 20 ≠ 60
        _node("2", "automatic", 30, measure="no_such_measure", rule={"type": "ratio"}),
        _node("3", "automatic", 5, measure="overdue_open",
              rule={"type": "thresholds", "on": "count", "bands": [{"at_most": 0, "score": 8}]}),
        _node("4", "manual", 5, measure="overdue_open"),
    ]
    errors = check_tree(tree, D(90), MEASURE_KINDS)
    messages = " ".join(e.zh for e in errors)
    assert {e.field for e in errors} == {"indicators", "n1.max_score", "n1.1.rule", "n1.1.code", "n2.measure", "n3.rule",
                                         "n4.rule"}
    assert "合计 100.00" in messages and "合计 50.00" in messages and "不适用" in messages and "超过本项分值" in messages


def test_the_example_system_is_valid():
    from services.statistics.assessments.examples import example_system
    from services.statistics.assessments.schemas import SystemIn
    from services.statistics.assessments.service import validate_tree

    rows = validate_tree(SystemIn.model_validate(example_system(2026, 3)))
    assert sum(r["max_score"] for r in rows if r["parent_code"] is None) == 100
    assert {r["measure"] for r in rows if r["kind"] == "automatic"} == set(MEASURE_KINDS)
