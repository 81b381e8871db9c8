"""Every audit action and entity type the code can write has a Chinese and an English label in its service's
dictionary (``audit_actions``, ``audit_entities``), so the console's audit log shows words, not codes.

The actions are collected from the source: every ``….audit(…, action=…, entity_type=…)`` call, with the action
followed through f-strings, conditionals, ``{…}.get(…)`` look-ups, local variables and the parameters of the helper
it sits in (``_audit(session, entry, agency, "published")`` → ``entry.published``). An action the collector cannot
follow fails the test too: write it so that it can be followed (a literal, or a helper called with literals)."""
from __future__ import annotations

import ast
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {"auth": ROOT / "gateway", "catalog": ROOT / "services" / "catalog",
           "applications": ROOT / "services" / "applications", "statistics": ROOT / "services" / "statistics"}


class Unresolved(Exception):
    pass


@dataclass
class Module:
    path: Path
    tree: ast.Module
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)

    @classmethod
    def parse(cls, path: Path, source: str | None = None) -> "Module":
        text = source if source is not None else path.read_text(encoding="utf-8")
        mod = cls(path, ast.parse(text, filename=str(path)))
        for node in ast.walk(mod.tree):
            for child in ast.iter_child_nodes(node):
                mod.parents[child] = node
        return mod

    def enclosing(self, node: ast.AST) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return node
        return None

    def where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"


class Collector:
    def __init__(self, modules: list[Module]) -> None:
        self.modules = modules

    def calls_of(self, name: str) -> Iterator[tuple[Module, ast.Call]]:
        for mod in self.modules:
            for node in ast.walk(mod.tree):
                if isinstance(node, ast.Call):
                    f = node.func
                    if (isinstance(f, ast.Name) and f.id == name) or (isinstance(f, ast.Attribute) and f.attr == name):
                        yield mod, node

    def values(self, expr: ast.AST, mod: Module, depth: int = 0) -> set[str]:
        if depth > 8:
            raise Unresolved(mod.where(expr))
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return {expr.value}
        if isinstance(expr, ast.IfExp):
            return self.values(expr.body, mod, depth + 1) | self.values(expr.orelse, mod, depth + 1)
        if isinstance(expr, ast.JoinedStr):
            parts: list[set[str]] = []
            for part in expr.values:
                inner = part.value if isinstance(part, ast.FormattedValue) else part
                parts.append(self.values(inner, mod, depth + 1))
            return {"".join(p) for p in itertools.product(*parts)}
        if (isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "get"
                and isinstance(expr.func.value, ast.Dict)):
            out: set[str] = set()
            for v in expr.func.value.values:
                out |= self.values(v, mod, depth + 1)
            if len(expr.args) > 1:
                out |= self.values(expr.args[1], mod, depth + 1)
            return out
        if isinstance(expr, ast.Subscript):  # MAPPING[key] or {…}[key]: any of the mapping's values
            mapping = expr.value
            if isinstance(mapping, ast.Name):
                mapping = next((n.value for n in mod.tree.body if isinstance(n, ast.Assign) and isinstance(n.value, ast.Dict)
                                and any(isinstance(t, ast.Name) and t.id == mapping.id for t in n.targets)), mapping)
            if isinstance(mapping, ast.Dict):
                out = set()
                for v in mapping.values:
                    out |= self.values(v, mod, depth + 1)
                return out
        if isinstance(expr, ast.Name):
            return self.name_values(expr, mod, depth)
        raise Unresolved(f"{mod.where(expr)}: {ast.unparse(expr)}")

    def name_values(self, expr: ast.Name, mod: Module, depth: int) -> set[str]:
        func = mod.enclosing(expr)
        if func is None:
            raise Unresolved(f"{mod.where(expr)}: {expr.id}")
        assigned = [n.value for n in ast.walk(func) if isinstance(n, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == expr.id for t in n.targets)]
        if assigned:
            out: set[str] = set()
            for value in assigned:
                out |= self.values(value, mod, depth + 1)
            return out
        args = func.args
        positional = [a.arg for a in args.posonlyargs + args.args]
        names = positional + [a.arg for a in args.kwonlyargs]
        if expr.id not in names:
            raise Unresolved(f"{mod.where(expr)}: {expr.id}")
        default = self.default_of(func, expr.id)
        out = set()
        sites = 0
        for site_mod, call in self.calls_of(func.name):
            if site_mod.enclosing(call) is func:
                continue
            given = next((k.value for k in call.keywords if k.arg == expr.id), None)
            if given is None and expr.id in positional and positional.index(expr.id) < len(call.args):
                given = call.args[positional.index(expr.id)]
            if given is None:
                if default is None:
                    continue  # not this function (same name elsewhere) or a call through **kwargs
                given = default
            sites += 1
            out |= self.values(given, site_mod, depth + 1)
        if not sites:
            raise Unresolved(f"{mod.where(expr)}: no calls of {func.name}() give {expr.id}")
        return out

    @staticmethod
    def default_of(func: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> ast.AST | None:
        args = func.args
        positional = args.posonlyargs + args.args
        for arg, default in zip(positional[len(positional) - len(args.defaults):], args.defaults):
            if arg.arg == name:
                return default
        for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults):
            if arg.arg == name:
                return kw_default
        return None

    def audit_calls(self) -> Iterator[tuple[Module, ast.Call]]:
        for mod, call in self.calls_of("audit"):
            if any(k.arg == "action" for k in call.keywords):
                yield mod, call

    def collect(self, keyword: str) -> tuple[set[str], list[str]]:
        found: set[str] = set()
        problems: list[str] = []
        for mod, call in self.audit_calls():
            expr = next(k.value for k in call.keywords if k.arg == keyword)
            try:
                found |= self.values(expr, mod)
            except Unresolved as exc:
                problems.append(str(exc))
        return found, problems


def modules_of(service: str) -> list[Module]:
    return [Module.parse(p) for p in sorted(SOURCES[service].rglob("*.py")) if "migrations" not in p.parts]


async def dictionaries_of(service: str, data_dir: Path) -> dict[str, list[dict[str, str]]]:
    """The service's dictionaries as ``GET /api/v1/<service>/dictionaries`` serves them (the app in-process, no
    database needed: the endpoint is public and static)."""
    if service == "auth":
        from gateway.app import create_app
        from gateway.config import GatewaySettings as Settings
    elif service == "catalog":
        from services.catalog.app import create_app
        from services.catalog.config import CatalogSettings as Settings
    elif service == "applications":
        from services.applications.app import create_app
        from services.applications.config import ApplicationsSettings as Settings
    else:
        from services.statistics.app import create_app
        from services.statistics.config import StatisticsSettings as Settings
    app = create_app(Settings(environment="development", data_dir=data_dir))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        resp = await client.get(f"/api/v1/{service}/dictionaries")
    assert resp.status_code == 200, resp.text
    return resp.json()


@pytest.mark.parametrize("service", list(SOURCES))
async def test_every_audit_action_and_entity_type_has_a_label(service, tmp_path):
    collector = Collector(modules_of(service))
    actions, unresolved = collector.collect("action")
    entities, unresolved_entities = collector.collect("entity_type")
    assert not unresolved + unresolved_entities, "audit actions the test cannot follow:\n" + "\n".join(
        unresolved + unresolved_entities)
    assert actions and entities
    dictionaries = await dictionaries_of(service, tmp_path)
    for name, codes in (("audit_actions", actions), ("audit_entities", entities)):
        labelled = {item["code"]: item for item in dictionaries.get(name, [])}
        missing = sorted(codes - labelled.keys())
        assert not missing, f"{service}: no label in dictionary {name!r} for {missing}"
        for code in codes:
            assert labelled[code]["label"].strip() and labelled[code]["label_en"].strip(), code
            assert labelled[code]["label"] != code and labelled[code]["label_en"] != code, code


def test_the_collector_follows_mappings():
    source = (
        "DONE = {'close': 'closed', 'publish': 'published'}\n"
        "def act(session, action):\n"
        "    kernel.audit(session, action=f'round.{DONE[action]}', entity_type='round')\n"
        "    kernel.audit(session, action={'a': 'x.a', 'b': 'x.b'}[action], entity_type='round')\n")
    found, unresolved = Collector([Module.parse(ROOT / "m.py", source)]).collect("action")
    assert found == {"round.closed", "round.published", "x.a", "x.b"} and not unresolved


def test_the_collector_follows_helpers_and_conditionals():
    source = '''
def _audit(session, entry, action, *, actor=None):
    kernel.audit(session, action=f"entry.{action}", entity_type="entry", entity_id=1)

def publish(session, entry, accept):
    _audit(session, entry, "published")
    _audit(session, entry, "accepted" if accept else "returned")
    kind = {True: "theme.reactivated", False: "theme.deactivated"}.get(accept, "theme.updated")
    kernel.audit(session, action=kind, entity_type="theme", entity_id=1)
'''
    actions, problems = Collector([Module.parse(ROOT / "x.py", source)]).collect("action")
    assert not problems
    assert actions == {"entry.published", "entry.accepted", "entry.returned", "theme.reactivated",
                       "theme.deactivated", "theme.updated"}
    unknown = Module.parse(ROOT / "y.py", "def f(session, a):\n    kernel.audit(session, action=a.b, entity_type='x')")
    assert Collector([unknown]).collect("action")[1]  # cannot be followed: reported, not skipped


async def test_case_history_and_attachments_speak_words(tmp_path):
    """Every step a case's history can record and every attachment purpose has a label (the console's timeline and
    attachment list show them)."""
    collector = Collector(modules_of("applications"))
    kinds: set[str] = set()
    problems: list[str] = []
    for name in ("CaseEvent", "record", "close"):
        for mod, call in collector.calls_of(name):
            expr = next((k.value for k in call.keywords if k.arg == "kind"), None)
            if expr is None:
                continue
            try:
                kinds |= collector.values(expr, mod)
            except Unresolved as exc:
                problems.append(str(exc))
    assert not problems, problems
    dictionaries = await dictionaries_of("applications", tmp_path)
    labelled = {i["code"] for i in dictionaries["case_event_kinds"]}
    assert kinds and not kinds - labelled, f"history steps without a label: {sorted(kinds - labelled)}"

    from services.applications.intake.service import PURPOSES

    assert {i["code"] for i in dictionaries["attachment_purposes"]} == set(PURPOSES)
    assert {i["code"] for i in dictionaries["event_origins"]} == {"platform", "recorded"}
    assert next(i for i in dictionaries["event_origins"] if i["code"] == "recorded")["label"] != "线下"


async def test_gateway_dictionaries_are_public_and_label_the_audit_log(tmp_path):
    body = await dictionaries_of("auth", tmp_path)
    labels = {i["code"]: (i["label"], i["label_en"]) for i in body["audit_actions"]}
    assert labels["auth.login"] == ("登录", "Signed in")
    assert labels["client.created"][0].startswith("新建对接平台")
    assert {i["code"] for i in body["audit_entities"]} >= {"user", "role", "client"}
    assert {i["code"] for i in body["actor_kinds"]} == {"staff", "citizen", "client", "system"}
