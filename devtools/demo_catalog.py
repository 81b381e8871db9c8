"""Demo catalog, loaded through the public API on the first start of `make run`: column trees, the five sample
documents (devtools/demo_documents/, real texts with their real metadata: legacy index numbers, document numbers,
dates) under the agencies that published them (devtools.demo.SAMPLE_SOURCES) and a few hundred generated entries at
the fictional 江城 agencies, imported as published; a policy with its interpretation; a standard directory for 东湖县;
and entries in every workflow state at the city education bureau (drafted by edu_clerk, reviewed by edu_reviewer)."""
from __future__ import annotations

import json
import random
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx

from kernel import clock

DOCUMENTS = Path(__file__).with_name("demo_documents")
API = "/api/v1/catalog"
CST = timezone(timedelta(hours=8))

# first-level columns (组配分类) and their children, per agency key of devtools.demo.AGENCIES
COLUMNS: dict[str, list[tuple[str, list[str]]]] = {
    "city": [("政府文件", ["市政府文件", "市政府令"]), ("政策解读", []), ("政府信息公开年度报告", []),
             ("规划计划", []), ("财政预决算", [])],
    "city_office": [("政府办公室文件", []), ("政务公开工作", ["工作要点", "工作总结"]), ("政策解读", []),
                    ("政府信息公开年度报告", [])],
    "city_edu": [("通知公告", []), ("政策文件", ["规范性文件", "其他文件"]), ("政策解读", []), ("招生考试", []),
                 ("财政预决算", []), ("政府信息公开年度报告", [])],
    "city_finance": [("通知公告", []), ("财政预决算", ["市级预算", "市级决算"]), ("政策文件", [])],
    "city_health": [("通知公告", []), ("政策文件", []), ("医疗卫生", [])],
    "city_land": [("通知公告", []), ("规划公示", []), ("征地信息", []), ("政务公开工作", [])],
    "city_ndrc": [("通知公告", []), ("重大建设项目", []), ("价格管理", [])],
    "donghu": [("政府文件", []), ("重大建设项目", []), ("财政预决算", []), ("乡村振兴", []),
               ("政府信息公开年度报告", [])],
    "donghu_office": [("政府办公室文件", []), ("政务公开工作", []), ("政府信息公开年度报告", [])],
    "donghu_edu": [("通知公告", []), ("义务教育", [])],
    "donghu_chengguan": [("通知公告", []), ("政府信息公开年度报告", [])],
    "xishan": [("政府文件", []), ("财政预决算", []), ("社会救助", [])],
    "xishan_office": [("政府办公室文件", []), ("政务公开工作", []), ("政府信息公开年度报告", [])],
    "xishan_health": [("通知公告", []), ("医疗卫生", [])],
    # the publishers of the sample documents: the columns their documents were published in
    "ewenki_office": [("政府办公室文件", []), ("政务公开工作", [])],
    "luan_office": [("政务公开工作", ["工作要点", "工作总结"]), ("政府信息公开年度报告", [])],
    "changde_bianban": [("政府信息公开年度报告", [])],
    "guangde_dongting": [("政府信息公开年度报告", [])],
    "lufeng_planning": [("政务公开工作", [])],
}

# the sample documents: (file, key of the agency that published it, header lines to drop, metadata as the documents
# show it)
SAMPLES: list[tuple[str, str, int, dict[str, Any]]] = [
    ("ewenki-2017-disclosure-notice.txt", "ewenki_office", 4, {
        "title": "鄂温克旗人民政府办公室关于2017年全旗政务公开工作情况的通报", "document_number": "鄂政办字〔2018〕6号",
        "written_on": "2019-03-05", "published_at": "2019-03-05T09:00:00+08:00", "genre": "circular",
        "column_name": "政府办公室文件", "theme_code": "02.01", "keywords": ["政务公开", "通报"],
        "summary": "通报2017年全旗政务公开工作情况：组织机构、业务培训、重点领域信息公开及存在的问题和下一步工作。"}),
    ("luan-2021h1-disclosure-summary.txt", "luan_office", 4, {
        "title": "2021年上半年政府信息公开工作总结", "written_on": "2021-07-02",
        "published_at": "2021-07-02T09:24:00+08:00", "genre": "report", "column_name": "工作总结",
        "theme_code": "02.01", "source": "市政府办", "keywords": ["政府信息公开", "工作总结", "依申请公开"],
        "summary": "上半年全市主动公开信息、依申请公开办理、政务公开平台建设和栏目整合（一级栏目由65个精简为41个）等情况。"}),
    ("changde-bianban-2018-annual-report.txt", "changde_bianban", 3, {
        "title": "2018年度中共常德市委机构编制委员会办公室政府信息公开工作年度报告",
        "index_number": "736037/2019-00003", "written_on": "2019-03-22", "published_at": "2019-03-22T10:00:00+08:00",
        "genre": "report", "column_name": "政府信息公开年度报告", "theme_code": "02.01",
        "keywords": ["年度报告", "年报", "政府信息公开"],
        "summary": "2018年度政府信息公开工作年度报告：概述、主动公开、依申请公开、咨询处理、复议诉讼、支出及存在的问题。"}),
    ("guangde-dongting-2016-annual-report.txt", "guangde_dongting", 1, {
        "title": "廣德縣東亭鄉2016年政府信息公開工作年度報告", "published_at": "2017-03-15T08:30:00+08:00",
        "genre": "report", "column_name": "政府信息公开年度报告", "theme_code": "02.01", "keywords": ["年度报告", "年报"],
        "summary": "东亭乡2016年政府信息公开工作年度报告（繁体字网页转存件）。"}),
    ("self-inspection-report-template.txt", "lufeng_planning", 3, {
        "title": "禄丰县规划局政务公开自检自查报告", "published_at": "2020-12-28T15:00:00+08:00", "genre": "report",
        "column_name": "政务公开工作", "theme_code": "10.01", "keywords": ["政务公开", "自检自查"],
        "summary": "政务公开自检自查报告：组织领导、制度建设、公开内容和形式、存在的问题及整改措施。"}),
]

# generated entries: (genre, theme, title template, column) — {a} is the agency's short name, {y} a year
TEMPLATES: list[tuple[str, str, str, str | None]] = [
    ("notice", "02.01", "{a}关于做好{y}年政务公开工作的通知", "通知公告"),
    ("notice", "09.05", "{a}关于开展{y}年安全生产大检查的通知", "通知公告"),
    ("notice", "02.03", "{a}关于做好{y}年防汛抗旱工作的通知", "通知公告"),
    ("announcement", "15.03", "{a}{y}年公开招聘事业单位工作人员公告", "通知公告"),
    ("announcement", "04.01", "{a}{y}年部门预算公开说明", "财政预决算"),
    ("announcement", "04.01", "{a}{y}年部门决算公开说明", "财政预决算"),
    ("measures", "02.01", "{a}关于印发《政府信息公开申请办理工作规程》的通知", "政策文件"),
    ("measures", "10.02", "{a}关于印发《建设项目审批服务管理办法》的通知", "政策文件"),
    ("plan", "03.01", "{a}{y}年重点工作任务分工方案", "规划计划"),
    ("plan", "17.06", "{a}{y}年乡村振兴重点任务实施方案", "乡村振兴"),
    ("opinion", "15.02", "{a}关于进一步做好稳就业工作的实施意见", "政策文件"),
    ("report", "02.01", "{a}{y}年上半年政务公开工作总结", "政务公开工作"),
    ("statistics", "03.03", "{a}{y}年国民经济和社会发展统计公报", "政府文件"),
    ("bulletin", "16.01", "{a}关于{y}年春节期间烟花爆竹燃放管理的通告", "通知公告"),
    ("decision", "15.03", "{a}关于表彰{y}年度政务公开工作先进集体的决定", "政府文件"),
    ("notice", "11.02", "{a}关于做好{y}年义务教育招生入学工作的通知", "招生考试"),
    ("notice", "13.01", "{a}关于开展{y}年基本公共卫生服务项目绩效评价的通知", "医疗卫生"),
    ("announcement", "10.01", "{a}关于{y}年度国土空间规划方案的批前公示", "规划公示"),
    ("announcement", "05.01", "{a}{y}年第一批次农用地转用和土地征收公告", "征地信息"),
    ("announcement", "03.06", "{a}{y}年重大建设项目批准和实施信息", "重大建设项目"),
    ("notice", "17.03", "{a}关于{y}年城乡居民最低生活保障标准调整的通知", "社会救助"),
]
# subjects every agency publishes on; the others only where the agency has a column for them
GENERIC = {None, "通知公告", "财政预决算", "政务公开工作"}
SENTENCES = [
    "为深入贯彻落实《中华人民共和国政府信息公开条例》，进一步提升政务公开工作质量，现将有关事项通知如下。",
    "各单位要高度重视，明确分管领导和具体工作人员，建立健全信息发布协调机制和保密审查机制。",
    "坚持以公开为常态、不公开为例外，依法依规做好主动公开和依申请公开工作。",
    "对涉及群众切身利益的重大决策，要通过听证座谈、咨询协商、列席会议等方式广泛听取公众意见。",
    "信息形成或者变更之日起20个工作日内予以公开，法律、法规对政府信息公开的期限另有规定的，从其规定。",
    "各乡镇人民政府、县直各部门要于每年1月31日前向本级政府信息公开工作主管部门报送上一年度政府信息公开工作年度报告。",
    "加强政策解读，做到政策性文件与解读方案、解读材料同步组织、同步审签、同步部署。",
    "依申请公开办理要严格按照法定时限答复，规范答复文书格式，准确适用条例条款。",
    "本通知自印发之日起施行，执行中遇到的问题请及时向政务公开办公室反映。",
    "联系电话：0999-8000123，电子邮箱：gongkai@example.gov.cn。",
]


def _body(text: str, drop: int) -> str:
    import html

    lines = [line.strip() for line in text.splitlines()[drop:]]
    return "".join(f"<p>{html.escape(line)}</p>" for line in lines if line and set(line) - set("|"))


def _generated(ids: dict[str, int], short: dict[str, str], columns: dict[str, set[str]], *, count: int,
               seed: int = 2026) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    today = clock.today()
    # the fictional agencies only: invented documents never go under the real publishers of the samples
    real = {key for _, key, _, _ in SAMPLES}
    agencies = [key for key in COLUMNS if key not in real]
    rows: list[dict[str, Any]] = []
    used: set[tuple[str, str]] = set()
    for n in range(count):
        key = agencies[n % len(agencies)]
        published = today - timedelta(days=rng.randrange(2, 700))
        written = published - timedelta(days=rng.choice([0, 1, 3, 5, 8, 12, 20, 35, 50]))
        # what this agency publishes (a column of its own names the subject), once a year each
        eligible = [t for t in TEMPLATES if t[3] in GENERIC or t[3] in columns.get(key, set())]
        start = rng.randrange(len(eligible))
        for k in range(len(eligible)):
            genre, theme, template, column = eligible[(start + k) % len(eligible)]
            title = template.format(a=short[key], y=published.year)
            if (key, title) not in used:
                break
        else:
            continue
        used.add((key, title))
        body = rng.sample(SENTENCES, 5)
        row: dict[str, Any] = {
            "external_id": f"demo:generated:{n}", "agency_id": ids[key], "title": title, "genre": genre,
            "disclosure_attribute": "proactive", "theme_code": theme,
            "summary": body[0][:120], "written_on": written.isoformat(),
            "published_at": datetime.combine(published, datetime.min.time(), CST).replace(hour=9 + n % 8).isoformat(),
            "keywords": ["政务公开"] if theme == "02.01" else [], "body_html": "".join(f"<p>{s}</p>" for s in body),
        }
        if genre in ("measures", "opinion", "decision", "notice") and rng.random() < 0.5:
            row["document_number"] = f"{short[key][:2]}发〔{written.year}〕{rng.randrange(1, 60)}号"
        if genre == "measures":
            row["regulation_kind"] = "normative"
        if column and column in columns.get(key, set()):
            row["column_name"] = column
        rows.append(row)
    return rows


def _wait_for_job(client: httpx.Client, job: dict[str, Any], headers: dict[str, str], deadline: float) -> dict[str, Any]:
    while job["status"] in ("pending", "running"):
        if time.monotonic() > deadline:
            raise RuntimeError(f"demo import did not finish: {job}")
        time.sleep(0.3)
        job = client.get(f"{API}/imports/{job['id']}", headers=headers).json()
    if job["status"] != "succeeded" or job["failed"]:
        errors = client.get(f"{API}/imports/{job['id']}/errors", headers=headers).json()
        raise RuntimeError(f"demo import failed: {job} {errors}")
    return job


def load_demo_catalog(client: httpx.Client, admin: dict[str, str], ids: dict[str, int], short: dict[str, str],
                      token: Any, *, deadline: float, generated: int = 300) -> None:
    # columns
    made: dict[str, set[str]] = {}
    for key, tree in COLUMNS.items():
        for name, children in tree:
            resp = client.post(f"{API}/columns", json={"agency_id": ids[key], "name": name}, headers=admin)
            resp.raise_for_status()
            parent = resp.json()["id"]
            made.setdefault(key, set()).add(name)
            for child in children:
                client.post(f"{API}/columns", json={"agency_id": ids[key], "parent_id": parent, "name": child},
                            headers=admin).raise_for_status()
                made[key].add(child)
    # the samples with their real metadata, and the generated volume, imported as published
    rows = []
    for filename, key, drop, meta in SAMPLES:
        text = (DOCUMENTS / filename).read_text(encoding="utf-8", errors="replace")
        rows.append({"external_id": f"demo:sample:{filename.removesuffix('.txt')}", "agency_id": ids[key],
                     "disclosure_attribute": "proactive", "body_html": _body(text, drop), **meta})
    rows += _generated(ids, short, made, count=generated)
    payload = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()
    resp = client.post(f"{API}/imports", params={"format": "ndjson", "mode": "published", "filename": "demo.ndjson"},
                       content=payload, headers={**admin, "Content-Type": "application/x-ndjson"})
    resp.raise_for_status()
    _wait_for_job(client, resp.json(), admin, deadline)

    # the city education bureau works through the real workflow
    clerk, reviewer = token("edu_clerk"), token("edu_reviewer")
    edu = ids["city_edu"]
    today = clock.today()

    def entry(body: dict[str, Any]) -> dict[str, Any]:
        resp = client.post(f"{API}/entries", json={"agency_id": edu, "disclosure_attribute": "proactive",
                                                   "theme_code": "11.02", **body}, headers=clerk)
        if resp.status_code != 201:
            raise RuntimeError(resp.text)
        return resp.json()

    def act(entry_id: str, action: str, headers: dict[str, str], **body: Any) -> dict[str, Any]:
        version = client.get(f"{API}/entries/{entry_id}", headers=clerk).json()["version"]
        resp = client.post(f"{API}/entries/{entry_id}/{action}", json={"version": version, **body}, headers=headers)
        if resp.status_code != 200:
            raise RuntimeError(resp.text)
        return resp.json()

    policy = entry({
        "title": "江城市教育局关于印发《中小学课后服务管理办法》的通知", "genre": "measures", "regulation_kind": "normative",
        "document_number": f"江教规〔{today.year}〕2号", "written_on": (today - timedelta(days=6)).isoformat(),
        "summary": "规范全市中小学课后服务的时间安排、服务内容、收费管理和安全保障。", "keywords": ["课后服务", "双减"],
        "body_html": "<p>各区县教育局、市直各学校：</p><p>现将《江城市中小学课后服务管理办法》印发给你们，请认真贯彻执行。</p>"
                     "<p>第一条 为规范中小学课后服务，减轻学生过重课业负担，制定本办法。</p>"})
    act(policy["id"], "submit", clerk)
    act(policy["id"], "approve", reviewer, comment="经保密审查，可以公开。")
    interpretation = entry({
        "title": "一图读懂《江城市中小学课后服务管理办法》", "genre": "interpretation", "interpretation_form": "graphic",
        "interprets": [policy["id"]], "written_on": (today - timedelta(days=5)).isoformat(),
        "summary": "用图解方式说明课后服务的时间、内容、收费和报名方式。", "keywords": ["课后服务", "政策解读"],
        "body_html": "<p>课后服务时间：每个上课日下午放学后至17:30。</p><p>服务内容：作业辅导、文体活动、兴趣小组。</p>"})
    act(interpretation["id"], "submit", clerk)
    act(interpretation["id"], "approve", reviewer)
    waiting = entry({"title": "江城市教育局关于2026年中小学寒假安全工作的通知", "genre": "notice",
                     "written_on": (today - timedelta(days=2)).isoformat(),
                     "summary": "部署寒假期间学生安全教育和校园安全管理工作。",
                     "body_html": "<p>寒假将至，为确保学生度过安全、文明、健康的假期，现将有关事项通知如下。</p>"})
    act(waiting["id"], "submit", clerk)
    returned = entry({"title": "江城市教育局关于公布2026年民办学校年检结果的公告", "genre": "announcement",
                      "written_on": (today - timedelta(days=9)).isoformat(),
                      "summary": "公布全市民办学校2026年度年检结果。",
                      "body_html": "<p>根据民办学校年检工作安排，现将年检结果予以公告。</p><p>附：年检结果名单（含举办者身份证号码）</p>"})
    act(returned["id"], "submit", clerk)
    act(returned["id"], "return", reviewer, comment="名单中含有举办者身份证号码，属于个人信息，请删除后重新提交。")
    entry({"title": "江城市教育局2025年度教育统计数据", "genre": "statistics", "theme_code": "11.02",
           "written_on": (today - timedelta(days=40)).isoformat(), "summary": "2025年度全市各级各类学校、学生和教师统计数据。"})

    # the standard directory of 东湖县, with one item covered by an entry
    donghu = ids["donghu"]
    items = [("budget", "财政预决算", "部门预算、部门决算、“三公”经费预决算",
              "《中华人民共和国预算法》《中华人民共和国政府信息公开条例》", "批准后20日内"),
             ("major_projects", "重大建设项目", "批准服务信息、批准结果信息、招标投标信息、征收土地信息",
              "《关于推进重大建设项目批准和实施领域政府信息公开的意见》", "信息形成或者变更之日起20个工作日内"),
             ("social_assistance", "社会救助", "最低生活保障、特困人员救助供养的政策、标准和办理流程",
              "《社会救助暂行办法》", "信息形成或者变更之日起20个工作日内"),
             ("compulsory_education", "义务教育", "招生入学政策、学校划片范围、收费项目和标准",
              "《中华人民共和国义务教育法》", "信息形成或者变更之日起20个工作日内")]
    for area, name, content, basis, limit in items:
        client.post(f"{API}/standard-items", json={
            "agency_id": donghu, "area_code": area, "name": name, "content_elements": content, "legal_basis": basis,
            "time_limit": limit, "subject": "东湖县人民政府及相关部门", "channels": "政府网站、政务新媒体、公开查阅点",
        }, headers=admin).raise_for_status()
