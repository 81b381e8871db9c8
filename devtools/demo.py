"""Demo data, loaded through the public API on the first start of `make run`: one city with departments and two
counties with departments and townships, one account per role, requests in various states, and the catalog
(devtools/demo_catalog.py)."""
from __future__ import annotations

import time
from typing import Any

import httpx

from devtools.demo_catalog import load_demo_catalog
from kernel.identifiers import org_code_check_char, uscc_check_char

DEMO_PASSWORD = "Demo@2026"


def demo_code(region: str, serial: int) -> str:
    """A unified social credit code with valid check characters for a government organ (登记管理部门 1, 机关 1)."""
    body = f"{serial:08d}"
    org = body + org_code_check_char(body)
    first17 = f"11{region}{org}"
    return first17 + uscc_check_char(first17)


# (key, parent key, name, short name, level, kind, region)
AGENCIES: list[tuple[str, str | None, str, str, str, str, str]] = [
    ("city", None, "江城市人民政府", "江城市政府", "city", "government", "990100"),
    ("city_office", "city", "江城市人民政府办公室", "市政府办", "city", "department", "990100"),
    ("city_ndrc", "city", "江城市发展和改革委员会", "市发改委", "city", "department", "990100"),
    ("city_edu", "city", "江城市教育局", "市教育局", "city", "department", "990100"),
    ("city_finance", "city", "江城市财政局", "市财政局", "city", "department", "990100"),
    ("city_land", "city", "江城市自然资源和规划局", "市自然资源和规划局", "city", "department", "990100"),
    ("city_health", "city", "江城市卫生健康委员会", "市卫健委", "city", "department", "990100"),
    ("donghu", "city", "东湖县人民政府", "东湖县政府", "county", "government", "990121"),
    ("donghu_office", "donghu", "东湖县人民政府办公室", "县政府办", "county", "department", "990121"),
    ("donghu_edu", "donghu", "东湖县教育局", "县教育局", "county", "department", "990121"),
    ("donghu_chengguan", "donghu", "东湖县城关镇人民政府", "城关镇", "township", "government", "990121"),
    ("donghu_qingshi", "donghu", "东湖县青石乡人民政府", "青石乡", "township", "government", "990121"),
    ("xishan", "city", "西山县人民政府", "西山县政府", "county", "government", "990122"),
    ("xishan_office", "xishan", "西山县人民政府办公室", "县政府办", "county", "department", "990122"),
    ("xishan_health", "xishan", "西山县卫生健康局", "县卫健局", "county", "department", "990122"),
    ("xishan_songlin", "xishan", "西山县松林镇人民政府", "松林镇", "township", "government", "990122"),
    ("xishan_shimen", "xishan", "西山县石门乡人民政府", "石门乡", "township", "government", "990122"),
]

# (username, display name, role, agency key)
ACCOUNTS: list[tuple[str, str, str, str]] = [
    ("city_supervisor", "王芳（市政务公开办）", "supervisor", "city"),
    ("edu_clerk", "李明（市教育局）", "clerk", "city_edu"),
    ("edu_reviewer", "赵静（市教育局保密审查）", "reviewer", "city_edu"),
    ("edu_approver", "陈刚（市教育局分管负责人）", "approver", "city_edu"),
    ("donghu_supervisor", "周伟（东湖县政务公开办）", "supervisor", "donghu"),
    ("donghu_clerk", "孙丽（东湖县政府办）", "clerk", "donghu"),
    ("xishan_clerk", "吴强（西山县政府办）", "clerk", "xishan"),
]
CITIZEN = ("zhangsan", "张三", "13800138000")


def demo_accounts() -> list[tuple[str, str, str]]:
    names = {key: name for key, _, name, *_ in AGENCIES}
    rows = [(u, role, names[agency]) for u, _, role, agency in ACCOUNTS]
    rows.append((CITIZEN[0], "citizen", "（公众用户）"))
    return rows


def _agency_payload(index: int, row: tuple[str, str | None, str, str, str, str, str], parent_id: int | None) -> dict[str, Any]:
    key, _, name, short, level, kind, region = row
    return {
        "name": name,
        "short_name": short,
        "code": demo_code(region, 10_000 + index),
        "level": level,
        "kind": kind,
        "parent_id": parent_id,
        "address": f"江城市{'东湖县' if key.startswith('donghu') else '西山县' if key.startswith('xishan') else ''}人民路 {index + 1} 号",
        "postal_code": "999000" if region == "990100" else "999100" if region == "990121" else "999200",
        "office_hours": "工作日 上午 8:30–12:00，下午 14:30–17:30（法定节假日除外）",
        "phone": f"0999-8{index:03d}{index:04d}",
        "email": f"gongkai{index}@example.gov.cn",
        "guide_text": (
            f"{name}政府信息公开指南\n\n"
            "一、主动公开：本机关通过政府网站、政务新媒体、公开查阅点等渠道主动公开政府信息，"
            "自信息形成或者变更之日起 20 个工作日内予以公开。\n"
            "二、依申请公开：公民、法人或者其他组织可以通过在线平台、信函、当面等方式提出申请，"
            "本机关自收到申请之日起 20 个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意，"
            "延长期限最长不超过 20 个工作日。\n"
            "三、救济途径：申请人认为本机关在政府信息公开工作中侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。"
        ),
        "accepts_requests": True,
        "sort_order": index,
    }


def load_demo(base_url: str, *, admin_password: str | None = None, timeout: float = 60) -> bool:
    """Load the demo data unless the directory already has agencies; returns whether it loaded."""
    from gateway.config import DEV_ADMIN_PASSWORD

    with httpx.Client(base_url=base_url, timeout=30, trust_env=False) as client:
        existing = client.get("/api/v1/catalog/agencies", params={"size": 1}).json()
        if existing.get("total", 0) > 0:
            return False
        token = client.post(
            "/api/v1/auth/token",
            data={"grant_type": "password", "username": "admin", "password": admin_password or DEV_ADMIN_PASSWORD},
        )
        token.raise_for_status()
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        ids: dict[str, int] = {}
        for index, row in enumerate(AGENCIES):
            parent = ids[row[1]] if row[1] else None
            resp = client.post("/api/v1/catalog/agencies", json=_agency_payload(index, row, parent), headers=headers)
            resp.raise_for_status()
            ids[row[0]] = resp.json()["id"]
        deadline = time.monotonic() + timeout
        for username, display, role, agency in ACCOUNTS:
            payload = {"username": username, "password": DEMO_PASSWORD, "display_name": display,
                       "agency_id": ids[agency], "roles": [role]}
            while True:
                resp = client.post("/api/v1/auth/users", json=payload, headers=headers)
                if resp.status_code == 201:
                    break
                unknown = any(e.get("code") == "unknown_agency" for e in resp.json().get("errors", []))
                if not unknown or time.monotonic() > deadline:
                    resp.raise_for_status()
                    raise RuntimeError(resp.text)
                time.sleep(0.2)  # the gateway's agency replica is catching up
        resp = client.post(
            "/api/v1/auth/register",
            json={"username": CITIZEN[0], "password": DEMO_PASSWORD, "display_name": CITIZEN[1], "phone": CITIZEN[2]},
        )
        resp.raise_for_status()
        load_demo_applications(client, ids["city_edu"], deadline=deadline)
        short = {row[0]: row[3] for row in AGENCIES}
        load_demo_catalog(client, headers, ids, short, lambda username: _login(client, username),
                          deadline=time.monotonic() + 120)
    return True


def _login(client: httpx.Client, username: str) -> dict[str, str]:
    resp = client.post("/api/v1/auth/token", data={"grant_type": "password", "username": username,
                                                   "password": DEMO_PASSWORD})
    resp.raise_for_status()
    return {"Authorization": f"Bearer {resp.json()['access_token']}"}


def _demo_resident_id(serial: int) -> str:
    from kernel.identifiers import id_check_char

    first17 = "110105" + f"198805{serial % 28 + 1:02d}" + f"{serial:03d}"
    return first17 + id_check_char(first17)


def load_demo_applications(client: httpx.Client, agency_id: int, *, deadline: float) -> None:
    """A few requests for disclosure at the city education bureau, in various states, made through the API by the
    demo accounts: one awaiting confirmation, one being handled, one awaiting a supplement, one in consultation,
    one replied (部分公开), one withdrawn; and two entries in the consultations log."""
    from datetime import date, timedelta

    api = "/api/v1/applications"

    clerk, approver = _login(client, "edu_clerk"), _login(client, "edu_approver")
    today = date.today()

    def ago(days: int) -> str:
        return (today - timedelta(days=days)).isoformat()

    def application(serial: int, title: str, description: str) -> dict[str, Any]:
        return {
            "agency_id": agency_id,
            "applicant": {"type": "natural_person", "name": ["王小明", "刘芳", "陈建国", "赵丽", "孙浩", "周敏"][serial % 6],
                          "id_kind": "resident_id", "id_number": _demo_resident_id(serial),
                          "phone": f"1380013{serial:04d}", "address": f"江城市人民路 {serial} 号"},
            "items": [{"title": title, "description": description}],
            "info_form": "electronic", "delivery_method": "online",
        }

    def register(serial: int, title: str, description: str, received: str) -> str:
        body = {**application(serial, title, description), "channel": "in_person", "submitted_on": received,
                "received_on": received}
        while True:
            resp = client.post(f"{api}/applications/register", json=body, headers=clerk)
            if resp.status_code == 201:
                return resp.json()["cases"][0]["id"]
            if resp.json().get("code") != "agency_not_accepting" or time.monotonic() > deadline:
                raise RuntimeError(resp.text)
            time.sleep(0.2)  # the service's agency replica is catching up

    def act(case_id: str, action: str, body: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
        version = client.get(f"{api}/cases/{case_id}", headers=clerk).json()["version"]
        resp = client.post(f"{api}/cases/{case_id}/{action}", json={"version": version, **body}, headers=headers)
        if resp.status_code != 200:
            raise RuntimeError(resp.text)
        return resp.json()

    handling = register(1, "2025年义务教育阶段学校招生划片方案", "请公开本市2025年义务教育阶段公办学校招生划片方案及调整依据。", ago(2))
    act(handling, "assign", {"department": "基础教育科"}, clerk)
    waiting = register(2, "学校食堂招标文件", "请公开某中学食堂承包招标文件。", ago(1))
    act(waiting, "supplement-request", {"requested_on": ago(0), "deadline": (today + timedelta(days=14)).isoformat(),
                                        "items": ["请写明学校名称", "请写明招标的大致时间"]}, clerk)
    consulting = register(3, "民办学校收费备案材料", "请公开某民办学校2025年收费备案材料。", ago(3))
    act(consulting, "consultations", {"party": "third_party", "party_name": "江城育才民办学校", "started_on": ago(0),
                                      "scope": "收费备案材料中的成本明细"}, clerk)
    replied = register(4, "2024年教育经费统计公告", "请公开本市2024年教育经费执行情况统计公告及明细表。", ago(14))
    act(replied, "draft", {"outcome": "partly_disclosed",
                           "details": "统计公告已主动公开，可在本机关网站查阅；明细表中涉及个人信息的部分不予公开，其余部分随本答复书提供。"}, clerk)
    act(replied, "approve", {"comment": "同意"}, approver)
    act(replied, "dispatch", {"dispatched_on": ago(0), "method": "online"}, clerk)
    withdrawn = register(5, "校车采购合同", "请公开2025年校车采购合同。", ago(4))
    act(withdrawn, "withdraw", {"withdrawn_on": ago(0), "reason": "申请人电话告知撤回"}, clerk)
    resp = client.post(f"{api}/applications", json=application(6, "教师招聘考试成绩", "请公开2025年教师招聘考试成绩及排名。"))
    if resp.status_code != 201:
        raise RuntimeError(resp.text)
    for channel, topic in (("phone", "如何提出政府信息公开申请"), ("in_person", "申请需要携带哪些身份证明")):
        client.post(f"{api}/consultations", json={"channel": channel, "occurred_on": ago(0), "topic": topic},
                    headers=clerk).raise_for_status()
