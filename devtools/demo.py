"""Demo data, loaded through the public API on the first start of `make run`: one city with departments and two
counties with departments and townships; the places the sample documents (devtools/demo_documents/) come from, each
with the agency that published its document; accounts for every role (a clerk, a confidentiality reviewer and an
approver at every agency that handles requests or publishes, two supervisors of the city's disclosure office so that
one can accept the annual report the other submits, one supervisor per county, a citizen); requests in various
states; and the catalog (devtools/demo_catalog.py)."""
from __future__ import annotations

import time
from typing import Any, NamedTuple

import httpx

from devtools.demo_catalog import load_demo_catalog
from kernel import clock
from kernel.identifiers import org_code_check_char, uscc_check_char

DEMO_PASSWORD = "Demo@2026"


def demo_code(region: str, serial: int) -> str:
    """A unified social credit code with valid check characters for a government organ (登记管理部门 1, 机关 1)."""
    body = f"{serial:08d}"
    org = body + org_code_check_char(body)
    first17 = f"11{region}{org}"
    return first17 + uscc_check_char(first17)


class DemoAgency(NamedTuple):
    key: str
    parent: str | None
    name: str
    short: str
    level: str
    kind: str
    region: str
    # handles requests and publishes: it accepts requests and has a clerk, a reviewer and an approver (STAFF)
    staffed: bool = True


# 江城市 and its counties are fictional (region codes 99xxxx, which no real place has).
JIANGCHENG: list[DemoAgency] = [
    DemoAgency("city", None, "江城市人民政府", "江城市政府", "city", "government", "990100"),
    DemoAgency("city_office", "city", "江城市人民政府办公室", "市政府办", "city", "department", "990100"),
    DemoAgency("city_ndrc", "city", "江城市发展和改革委员会", "市发改委", "city", "department", "990100"),
    DemoAgency("city_edu", "city", "江城市教育局", "市教育局", "city", "department", "990100"),
    DemoAgency("city_finance", "city", "江城市财政局", "市财政局", "city", "department", "990100"),
    DemoAgency("city_land", "city", "江城市自然资源和规划局", "市自然资源和规划局", "city", "department", "990100"),
    DemoAgency("city_health", "city", "江城市卫生健康委员会", "市卫健委", "city", "department", "990100"),
    DemoAgency("donghu", "city", "东湖县人民政府", "东湖县政府", "county", "government", "990121"),
    DemoAgency("donghu_office", "donghu", "东湖县人民政府办公室", "县政府办", "county", "department", "990121"),
    DemoAgency("donghu_edu", "donghu", "东湖县教育局", "县教育局", "county", "department", "990121"),
    DemoAgency("donghu_chengguan", "donghu", "东湖县城关镇人民政府", "城关镇", "township", "government", "990121"),
    DemoAgency("donghu_qingshi", "donghu", "东湖县青石乡人民政府", "青石乡", "township", "government", "990121"),
    DemoAgency("xishan", "city", "西山县人民政府", "西山县政府", "county", "government", "990122"),
    DemoAgency("xishan_office", "xishan", "西山县人民政府办公室", "县政府办", "county", "department", "990122"),
    DemoAgency("xishan_health", "xishan", "西山县卫生健康局", "县卫健局", "county", "department", "990122"),
    DemoAgency("xishan_songlin", "xishan", "西山县松林镇人民政府", "松林镇", "township", "government", "990122"),
    DemoAgency("xishan_shimen", "xishan", "西山县石门乡人民政府", "石门乡", "township", "government", "990122"),
]

# The places the sample documents come from, with the agency that published each one (devtools/demo_catalog.py
# SAMPLES), so a document appears under its real publisher and never under a fictional 江城 agency. They are real
# places, so they are not put under 江城市: each place's government is a root of its own (the demo does not model
# provinces, nor the real prefectures above the counties: 呼伦贝尔市, 宣城市, 楚雄彝族自治州), holding the one
# agency that published the document. Region codes are the real ones (names as at the time of the document:
# 广德县 became 广德市 in 2019, 禄丰县 禄丰市 in 2021); the organisation-code part is made up, never the agency's
# real code. The place governments themselves only hold their publisher: in the demo they publish nothing and take
# no requests, so they have no staff.
SAMPLE_SOURCES: list[DemoAgency] = [
    DemoAgency("ewenki", None, "鄂温克族自治旗人民政府", "鄂温克旗政府", "county", "government", "150724", False),
    DemoAgency("ewenki_office", "ewenki", "鄂温克族自治旗人民政府办公室", "旗政府办", "county", "department", "150724"),
    DemoAgency("luan", None, "六安市人民政府", "六安市政府", "city", "government", "341500", False),
    DemoAgency("luan_office", "luan", "六安市人民政府办公室", "市政府办", "city", "department", "341500"),
    # the 编办 is an organ of the city's Party committee, not a government department; it publishes in the city
    # government's disclosure directory, which lists it among the city's units (kind 其他单位)
    DemoAgency("changde", None, "常德市人民政府", "常德市政府", "city", "government", "430700", False),
    DemoAgency("changde_bianban", "changde", "中共常德市委机构编制委员会办公室", "市委编办", "city", "institution",
               "430700"),
    DemoAgency("guangde", None, "广德县人民政府", "广德县政府", "county", "government", "341822", False),
    DemoAgency("guangde_dongting", "guangde", "广德县东亭乡人民政府", "东亭乡", "township", "government", "341822"),
    DemoAgency("lufeng", None, "禄丰县人民政府", "禄丰县政府", "county", "government", "532331", False),
    DemoAgency("lufeng_planning", "lufeng", "禄丰县规划局", "县规划局", "county", "department", "532331"),
]

AGENCIES: list[DemoAgency] = JIANGCHENG + SAMPLE_SOURCES
SAMPLE_SOURCE_KEYS = frozenset(a.key for a in SAMPLE_SOURCES)

# Every staffed agency: (agency key, account prefix, how display names name the agency, clerk, reviewer, approver).
# The accounts are <prefix>_clerk, <prefix>_reviewer and <prefix>_approver; the prefix is the agency key, except
# the city education bureau's historical edu_.
STAFF: list[tuple[str, str, str, str, str, str]] = [
    ("city", "city", "江城市政府", "黄磊", "许婷", "马建华"),
    ("city_office", "city_office", "市政府办", "林晓", "何静怡", "郭志强"),
    ("city_ndrc", "city_ndrc", "市发改委", "罗佳", "高燕", "梁国栋"),
    ("city_edu", "edu", "市教育局", "李明", "赵静", "陈刚"),
    ("city_finance", "city_finance", "市财政局", "宋佳琪", "唐慧", "韩立新"),
    ("city_land", "city_land", "市自然资源和规划局", "冯涛", "曹雪", "彭德明"),
    ("city_health", "city_health", "市卫健委", "曾丽娟", "萧雨", "田建军"),
    ("donghu", "donghu", "东湖县政府", "孙丽", "董倩", "袁志刚"),
    ("donghu_office", "donghu_office", "东湖县政府办", "潘宇", "蒋敏", "蔡永胜"),
    ("donghu_edu", "donghu_edu", "东湖县教育局", "余晨", "杜娟", "叶海涛"),
    ("donghu_chengguan", "donghu_chengguan", "东湖县城关镇", "程亮", "苏晴", "魏长青"),
    ("donghu_qingshi", "donghu_qingshi", "东湖县青石乡", "吕文", "丁玲", "沈国庆"),
    ("xishan", "xishan", "西山县政府", "吴强", "姜雯", "范振华"),
    ("xishan_office", "xishan_office", "西山县政府办", "傅博", "钟琳", "汪建平"),
    ("xishan_health", "xishan_health", "西山县卫健局", "任杰", "姚倩", "卢宏伟"),
    ("xishan_songlin", "xishan_songlin", "西山县松林镇", "石磊", "谭悦", "廖光明"),
    ("xishan_shimen", "xishan_shimen", "西山县石门乡", "邹凯", "熊霞", "金振东"),
    ("ewenki_office", "ewenki_office", "鄂温克旗政府办", "乌云", "萨仁", "巴特尔"),
    ("luan_office", "luan_office", "六安市政府办", "陶然", "夏雪", "方志远"),
    ("changde_bianban", "changde_bianban", "常德市委编办", "邓宁", "易欣", "覃建国"),
    ("guangde_dongting", "guangde_dongting", "广德县东亭乡", "汤明", "俞婷", "施建业"),
    ("lufeng_planning", "lufeng_planning", "禄丰县规划局", "普文", "杨秀英", "字振华"),
]

# The disclosure offices (政务公开办): supervisors of their agency and everything below it. The city has two, so
# that the annual report one of them submits can be accepted by the other (nobody accepts their own submission).
SUPERVISORS: list[tuple[str, str, str]] = [
    ("city_supervisor", "王芳（市政务公开办）", "city"),
    ("city_supervisor2", "刘洋（市政务公开办负责人）", "city"),
    ("donghu_supervisor", "周伟（东湖县政务公开办）", "donghu"),
    ("xishan_supervisor", "郑红（西山县政务公开办）", "xishan"),
]


# Inspectors (测评人员) of a disclosure office: they score the manual indicators of a round and record issues.
INSPECTORS: list[tuple[str, str, str]] = [
    ("city_inspector", "陈思（市政务公开办测评人员）", "city"),
]


def _accounts() -> list[tuple[str, str, str, str]]:
    rows = [(username, display, "supervisor", agency) for username, display, agency in SUPERVISORS]
    rows += [(username, display, "inspector", agency) for username, display, agency in INSPECTORS]
    for agency, prefix, label, clerk, reviewer, approver in STAFF:
        rows += [(f"{prefix}_clerk", f"{clerk}（{label}）", "clerk", agency),
                 (f"{prefix}_reviewer", f"{reviewer}（{label}保密审查）", "reviewer", agency),
                 (f"{prefix}_approver", f"{approver}（{label}分管负责人）", "approver", agency)]
    return rows


# (username, display name, role, agency key)
ACCOUNTS: list[tuple[str, str, str, str]] = _accounts()
CITIZEN = ("zhangsan", "张三", "13800138000")


def demo_accounts() -> list[tuple[str, str, str]]:
    """(username, role, agency name) of every demo account, as `make run` prints them."""
    names = {a.key: a.name for a in AGENCIES}
    rows = [(u, role, names[agency]) for u, _, role, agency in ACCOUNTS]
    rows.append((CITIZEN[0], "citizen", "（公众用户）"))
    return rows


_JIANGCHENG_GUIDE = (
    "一、主动公开：本机关通过政府网站、政务新媒体、公开查阅点等渠道主动公开政府信息，"
    "自信息形成或者变更之日起 20 个工作日内予以公开。\n"
    "二、依申请公开：公民、法人或者其他组织可以通过在线平台、信函、当面等方式提出申请，"
    "本机关自收到申请之日起 20 个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意，"
    "延长期限最长不超过 20 个工作日。\n"
    "三、救济途径：申请人认为本机关在政府信息公开工作中侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。"
)


def _agency_payload(index: int, agency: DemoAgency, parent_id: int | None) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "name": agency.name,
        "short_name": agency.short,
        "code": demo_code(agency.region, 10_000 + index),
        "level": agency.level,
        "kind": agency.kind,
        "parent_id": parent_id,
        "accepts_requests": agency.staffed,
        "sort_order": index,
    }
    if agency.key in SAMPLE_SOURCE_KEYS:
        # a real agency: no invented address, telephone or e-mail
        payload["guide_text"] = (
            f"{agency.name}政府信息公开指南（演示数据）\n\n"
            "本机关是演示数据中样例文档的发布机关：样例文档是其在政府网站上公开的原文。"
            "本平台中的账号、申请和办理记录均为演示用的虚构数据；本机关的联系方式和公开指南请以其官方网站为准。"
            + ("" if agency.staffed else "在演示数据中，本机关不受理政府信息公开申请。")
        )
        return payload
    county = "东湖县" if agency.region == "990121" else "西山县" if agency.region == "990122" else ""
    return {
        **payload,
        "address": f"江城市{county}人民路 {index + 1} 号",
        "postal_code": "999000" if agency.region == "990100" else "999100" if agency.region == "990121" else "999200",
        "office_hours": "工作日 上午 8:30–12:00，下午 14:30–17:30（法定节假日除外）",
        "phone": f"0999-8{index:03d}{index:04d}",
        "email": f"gongkai{index}@example.gov.cn",
        "guide_text": f"{agency.name}政府信息公开指南\n\n{_JIANGCHENG_GUIDE}",
    }


def _user_payload(account: tuple[str, str, str, str], agency_id: int) -> dict[str, Any]:
    username, display, role, _ = account
    return {"username": username, "password": DEMO_PASSWORD, "display_name": display, "agency_id": agency_id,
            "roles": [role]}


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
        for index, agency in enumerate(AGENCIES):
            parent = ids[agency.parent] if agency.parent else None
            resp = client.post("/api/v1/catalog/agencies", json=_agency_payload(index, agency, parent), headers=headers)
            resp.raise_for_status()
            ids[agency.key] = resp.json()["id"]
        deadline = time.monotonic() + timeout
        for account in ACCOUNTS:
            payload = _user_payload(account, ids[account[3]])
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
        short = {a.key: a.short for a in AGENCIES}
        load_demo_catalog(client, headers, ids, short, lambda username: _login(client, username),
                          deadline=time.monotonic() + 120)
        load_demo_assessments(client, ids, deadline=time.monotonic() + 120)
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
    from datetime import timedelta

    api = "/api/v1/applications"

    clerk, approver = _login(client, "edu_clerk"), _login(client, "edu_approver")
    today = clock.today()

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
    act(waiting, "request-supplement", {"requested_on": ago(0), "deadline": (today + timedelta(days=14)).isoformat(),
                                        "items": ["请写明学校名称", "请写明招标的大致时间"]}, clerk)
    consulting = register(3, "民办学校收费备案材料", "请公开某民办学校2025年收费备案材料。", ago(3))
    act(consulting, "start-consultation", {"party": "third_party", "party_name": "江城育才民办学校", "started_on": ago(0),
                                      "scope": "收费备案材料中的成本明细"}, clerk)
    replied = register(4, "2024年教育经费统计公告", "请公开本市2024年教育经费执行情况统计公告及明细表。", ago(14))
    act(replied, "draft-reply", {"outcome": "partly_disclosed",
                           "details": "统计公告已主动公开，可在本机关网站查阅；明细表中涉及个人信息的部分不予公开，其余部分随本答复书提供。"}, clerk)
    act(replied, "approve-reply", {"comment": "同意"}, approver)
    act(replied, "dispatch-reply", {"dispatched_on": ago(0), "method": "online"}, clerk)
    withdrawn = register(5, "校车采购合同", "请公开2025年校车采购合同。", ago(4))
    act(withdrawn, "withdraw", {"withdrawn_on": ago(0), "reason": "申请人电话告知撤回"}, clerk)
    resp = client.post(f"{api}/applications", json=application(6, "教师招聘考试成绩", "请公开2025年教师招聘考试成绩及排名。"))
    if resp.status_code != 201:
        raise RuntimeError(resp.text)
    for channel, topic in (("phone", "如何提出政府信息公开申请"), ("in_person", "申请需要携带哪些身份证明")):
        client.post(f"{api}/consultations", json={"channel": channel, "occurred_on": ago(0), "topic": topic},
                    headers=clerk).raise_for_status()


def _descendants(root: str) -> list[str]:
    """The keys of ``root`` and every demo agency below it, parents first."""
    keys = [root]
    for agency in AGENCIES:
        if agency.parent in keys:
            keys.append(agency.key)
    return keys


def load_demo_assessments(client: httpx.Client, ids: dict[str, int], *, deadline: float) -> None:
    """Supervision (测评考核) by the city's disclosure office: the example indicator system for the current quarter,
    activated; a quarterly round over 东湖县 (the county government and every agency below it) measured at once; two
    manual indicators scored and two issues recorded for 青石乡 by the city's inspector; and a daily check for
    policies left without an interpretation for 10 working days. Skipped when the city already has a system."""
    from datetime import timedelta

    from services.statistics.assessments.examples import example_system

    api = "/api/v1/statistics/assessments"
    supervisor, inspector = _login(client, "city_supervisor"), _login(client, "city_inspector")
    county = _descendants("donghu")
    while True:  # the statistics service's replica of the directory must hold the city and the county's agencies
        resp = client.get("/api/v1/statistics/agencies", params={"within": ids["city"], "size": 100}, headers=supervisor)
        held = {a["id"] for a in resp.json().get("items", [])} if resp.status_code == 200 else set()
        if {ids["city"], *(ids[k] for k in county)} <= held:
            break
        if time.monotonic() > deadline:
            raise RuntimeError(f"the statistics service's agencies did not catch up: {resp.status_code} {resp.text}")
        time.sleep(0.3)
    if client.get(f"{api}/systems", params={"size": 1}, headers=supervisor).json().get("total", 0):
        return
    today = clock.today()
    quarter = (today.month - 1) // 3 + 1

    def call(method: str, path: str, headers: dict[str, str], body: Any = None, ok: int = 200) -> Any:
        resp = client.request(method, f"{api}{path}", json=body, headers=headers)
        if resp.status_code != ok:
            raise RuntimeError(f"{method} {path}: {resp.status_code} {resp.text}")
        return resp.json()

    system = call("POST", "/systems", supervisor, example_system(today.year, quarter), ok=201)
    system = call("POST", f"/systems/{system['id']}/activate", supervisor, {"version": system["version"]})

    first_month = 3 * (quarter - 1) + 1
    start = today.replace(month=first_month, day=1)
    end = (today.replace(year=today.year + 1, month=1, day=1) if quarter == 4
           else today.replace(month=first_month + 3, day=1)) - timedelta(days=1)
    body = {"system_id": system["id"], "name": f"{today.year}年第{'一二三四'[quarter - 1]}季度政务公开测评",
            "kind": "quarterly", "period_start": start.isoformat(), "period_end": end.isoformat(),
            "agency_ids": [ids[k] for k in county], "issue_deadline_days": 15}
    while True:  # the statistics service's agency replica may still be catching up with the directory
        resp = client.post(f"{api}/rounds", json=body, headers=supervisor)
        if resp.status_code == 201:
            rnd = resp.json()
            break
        lagging = resp.status_code == 422 and all(e.get("field", "").startswith("agency_ids")
                                                  for e in resp.json().get("errors", []))
        if not lagging or time.monotonic() > deadline:
            raise RuntimeError(f"POST /rounds: {resp.status_code} {resp.text}")
        time.sleep(0.5)

    qingshi, chengguan = ids["donghu_qingshi"], ids["donghu_chengguan"]
    for agency_id, code, score, note in (
        (qingshi, "1.1", "3", "设有政务公开领导小组，但专职人员调整后未做工作交接。"),
        (qingshi, "1.2", "5", "本季度组织了一次政务公开业务培训，有签到表和课件。"),
        (chengguan, "1.1", "5", "领导小组、工作机构和专职人员明确。"),
    ):
        call("PUT", f"/rounds/{rnd['id']}/scores", inspector, {
            "agency_id": agency_id, "indicator_code": code, "score": score, "note": note, "expected_version": 0,
            "evidence": [{"kind": "note", "text": note}]})
    for code, category, title, description, suggestion in (
        ("1.1", "handover", "政务公开专职人员调整后工作交接不到位",
         "青石乡政务公开专职人员调整后，门户网站栏目维护账号和在办申请台账未移交，部分栏目停更。",
         "明确接替人员，完成账号、台账和在办事项的交接，并补发停更期间应公开的信息。"),
        ("2.3", "attribute_unmarked", "部分文件未标注公开属性",
         "抽查本季度印发的 5 件文件，其中 2 件未在文件上标注主动公开、依申请公开或不予公开。",
         "按源头认定机制在拟文时确定并标注公开属性，对已印发文件补充认定。"),
    ):
        call("POST", f"/rounds/{rnd['id']}/issues", inspector, {
            "agency_id": qingshi, "indicator_code": code, "category": category, "title": title,
            "description": description, "suggestion": suggestion}, ok=201)

    call("POST", "/monitors", supervisor, {"check": "policy_without_interpretation", "days": 10, "deadline_days": 10},
         ok=201)
