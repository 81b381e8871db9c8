"""Demo data, loaded through the public API on the first start of `make run`: one city with departments and two
counties with departments and townships, and one account per role."""
from __future__ import annotations

import time
from typing import Any

import httpx

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
    return True
