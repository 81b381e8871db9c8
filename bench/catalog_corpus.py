"""The corpus of ``bench/catalog_search``: a million catalog entries with realistic Chinese text, loaded straight
into a catalog database (``agencies``, ``entries``, ``search_documents``) with COPY.

Text comes from a vocabulary built from the sample documents in ``shared/samples/documents/`` (their sentences,
cleaned of page furniture) and ``shared/domain.md`` (its Chinese terms), plus the gov.cn theme names: titles such
as 「江城市教育局关于印发《义务教育招生入学实施方案》的通知」, summaries, bodies of a few hundred characters
(sample sentences mixed with sentences made from templates with varying figures, places and terms), document
numbers with 〔〕, index numbers in canonical form, agencies in a tree of about 300, 18 genres, themes and dates
over three years (physically in publication order, as a real catalog grows).

Every search document is built exactly as the catalog builds it (:func:`services.catalog.search.service.document_values`,
which segments with rjieba in search mode plus the user dictionary), in parallel worker processes, each with its
own connection and COPY.
"""
from __future__ import annotations

import asyncio
import random
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

SHARED = Path("/work/shared")
START = date(2023, 12, 1)  # three years of publications: 2023-12-01 … 2026-11-30
DAYS = 365 * 3
TZ = timezone(timedelta(hours=8))

# (genre, weight, title templates); {a} agency, {t} topic, {y} year, {k} kind of document, {p} place
GENRES: list[tuple[str, int, list[str]]] = [
    ("notice", 30, ["{a}关于印发《{t}{k}》的通知", "{a}关于做好{y}年{t}工作的通知", "{a}关于进一步加强{t}工作的通知",
                    "{a}关于开展{t}专项行动的通知", "{a}办公室关于{t}有关事项的通知"]),
    ("announcement", 8, ["{a}关于{t}的公告", "{a}{y}年{t}公告", "{a}关于{p}{t}项目的公告",
                         "{a}关于开展{y}年度企业年报公示工作的公告"]),
    ("bulletin", 4, ["{a}关于{t}的通告", "{a}关于{p}{t}的通告"]),
    ("opinion", 7, ["{a}关于推进{t}的实施意见", "{a}关于加快{t}高质量发展的意见"]),
    ("decision", 3, ["{a}关于{t}的决定", "{a}关于废止《{t}{k}》的决定"]),
    ("measures", 5, ["{a}{t}管理办法", "《{t}{k}》", "{a}{t}暂行办法"]),
    ("provisions", 2, ["{a}关于{t}的若干规定", "{t}管理规定"]),
    ("rules", 1, ["{t}实施细则", "{a}{t}实施细则"]),
    ("plan", 8, ["{a}{y}年{t}工作方案", "{a}{t}三年行动计划（{y}—{y2}年）", "{p}{t}专项规划"]),
    ("report", 10, ["{a}{y}年政府信息公开工作年度报告", "{a}关于{y}年{t}情况的报告", "{a}{y}年法治政府建设年度报告",
                    "{a}{y}年上半年{t}工作总结", "{a}{y}年政府信息公开工作年报"]),
    ("reply", 5, ["{a}关于{p}{t}的批复", "{a}关于同意{p}{t}的批复"]),
    ("circular", 5, ["{a}关于{y}年{t}检查情况的通报", "{a}关于{y}年度政务公开工作情况的通报"]),
    ("letter", 3, ["{a}关于{t}的函", "{a}关于征求《{t}{k}（征求意见稿）》意见的函"]),
    ("minutes", 1, ["{a}{t}专题会议纪要", "{a}常务会议纪要（{y}年第{n}次）"]),
    ("interpretation", 4, ["《{t}{k}》政策解读", "一图读懂《{t}{k}》", "关于《{t}{k}》的解读"]),
    ("statistics", 2, ["{a}{y}年{m}月{t}统计数据", "{y}年{p}{t}统计公报", "{y}年{p}{t}统计年报"]),
    ("other", 2, ["{a}{y}年部门预算", "{a}{y}年部门决算", "{a}权责清单"]),
]
KINDS = ["实施方案", "管理办法", "工作要点", "实施意见", "考核办法", "行动计划", "暂行规定", "实施细则", "工作规则", "指导意见"]
TOPICS = [
    "义务教育招生入学", "城乡居民基本医疗保险", "安全生产大检查", "农村危房改造", "营商环境优化", "政务服务一网通办",
    "生态环境保护督察整改", "防汛抗旱", "森林防火", "食品安全监督抽检", "最低生活保障", "高标准农田建设", "老旧小区改造",
    "生活垃圾分类", "消防安全专项整治", "文明城市创建", "政府信息公开", "政务公开", "重大行政决策", "行政规范性文件清理",
    "财政预决算公开", "政府采购", "公共资源交易", "征地补偿", "房屋征收与补偿", "保障性住房", "城市综合执法", "乡村振兴",
    "耕地保护", "河长制", "大气污染防治", "水污染防治", "养老服务体系建设", "社会救助", "残疾人两项补贴", "就业创业",
    "职业技能培训", "农民工工资支付", "社会保险费征缴", "医疗保障", "疫苗接种", "公共卫生应急", "学前教育", "校园安全",
    "教师队伍建设", "科技创新", "知识产权保护", "中小企业发展", "招商引资", "交通运输安全", "道路交通安全", "农村公路建设",
    "城市规划", "国土空间规划", "不动产登记", "地质灾害防治", "应急管理", "自然灾害救助", "退役军人服务保障", "优抚安置",
    "民族团结进步", "宗教事务管理", "文物保护", "公共文化服务", "全民健身", "旅游市场整治", "统计调查", "审计整改",
    "国有资产管理", "行政事业性收费", "涉企收费", "价格监测", "市场主体登记", "特种设备安全", "药品安全", "信访工作",
    "法治政府建设", "行政复议", "行政执法公示", "双随机一公开监管", "信用体系建设", "数字政府建设", "12345热线", "人才引进",
]
PLACES = ["江城", "东湖", "西山", "南岭", "北川", "清河", "云台", "石门", "桃源", "龙泉", "凤凰", "白沙", "青山", "金水",
          "长宁", "永安", "平湖", "临江", "柳溪", "枫林"]
DEPARTMENTS = [
    ("人民政府办公室", "办", "政府办"), ("发展和改革委员会", "发改", "发改委"), ("教育局", "教", "教育局"),
    ("科学技术局", "科", "科技局"), ("工业和信息化局", "工信", "工信局"), ("公安局", "公", "公安局"),
    ("民政局", "民", "民政局"), ("司法局", "司", "司法局"), ("财政局", "财", "财政局"),
    ("人力资源和社会保障局", "人社", "人社局"), ("自然资源和规划局", "自然资源", "自然资源局"),
    ("生态环境局", "环", "生态环境局"), ("住房和城乡建设局", "建", "住建局"), ("交通运输局", "交", "交通运输局"),
    ("水利局", "水", "水利局"), ("农业农村局", "农", "农业农村局"), ("商务局", "商", "商务局"),
    ("文化和旅游局", "文旅", "文旅局"), ("卫生健康委员会", "卫健", "卫健委"), ("退役军人事务局", "退役", "退役军人局"),
    ("应急管理局", "应急", "应急局"), ("审计局", "审", "审计局"), ("市场监督管理局", "市监", "市场监管局"),
    ("统计局", "统", "统计局"), ("医疗保障局", "医保", "医保局"), ("城市管理局", "城管", "城管局"),
    ("林业局", "林", "林业局"), ("体育局", "体", "体育局"), ("信访局", "信访", "信访局"), ("行政审批服务局", "审批", "审批局"),
]
COUNTIES = [("东湖县", "东"), ("西山县", "西"), ("南岭县", "南"), ("北川区", "北"), ("清河县", "清"), ("云台区", "云"),
            ("石门县", "石"), ("桃源县", "桃"), ("龙泉区", "龙"), ("凤凰县", "凤")]
TOWN_SUFFIX = ["镇", "乡", "街道"]
TEMPLATE_SENTENCES = [
    "{y}年，全{area}共受理{term}申请{n}件，同比{updown}{pct}%。",
    "各{units}要高度重视{term}工作，切实加强组织领导，确保各项任务落到实处。",
    "本{kind}自{y}年{m}月{d}日起施行，有效期{k}年。",
    "{agency}将进一步加强{term}，推进{term2}，不断提升{term3}水平。",
    "截至{y}年{m}月底，{place}已累计完成{term}项目{n}个，完成投资{money}万元。",
    "请各{units}于{y}年{m}月{d}日前将{term}工作情况报送{agency}。",
    "联系人：{person}，联系电话：0{tel}。",
    "为深入贯彻落实{term}有关要求，结合我{area}实际，制定本{kind}。",
    "{place}{term}工作领导小组办公室设在{agency}，负责日常工作。",
    "对{term}中发现的{n}个问题，已全部完成整改。",
    "全年发放{term}资金{money}万元，惠及群众{n}人。",
    "{agency}按照{term2}要求，及时公开{term}等信息{n}条。",
    "{agency}已于{m}月{d}日在门户网站发布{y}年政府信息公开工作年报。",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红燕鹏飞琳晨阳雪梅婷建国志文斌浩宇欣怡"
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _cjk_ratio(text: str) -> float:
    return len(_CJK.findall(text)) / max(1, len(text))


@dataclass
class Vocabulary:
    sentences: list[str]  # from the sample documents
    terms: list[str]  # from domain.md, the themes and the topics

    @classmethod
    def build(cls, shared: Path = SHARED) -> "Vocabulary":
        sentences: set[str] = set()
        for path in sorted((shared / "samples" / "documents").glob("*.txt")):
            text = unicodedata.normalize("NFKC", path.read_text(encoding="utf-8", errors="replace"))
            for line in text.splitlines():
                if "|" in line or re.search(r"[A-Za-z]{2,}|[ǎāáàīíìǐūúùǔēéèěōóòǒ]", line):
                    continue  # metadata tables, pinyin annotations, page furniture
                for sentence in re.split(r"(?<=[。；！？])", line.strip()):
                    sentence = sentence.strip(" ,，、")
                    # the template document's placeholders (XXX, 20xx) were dropped above with the Latin runs
                    if 12 <= len(sentence) <= 160 and _cjk_ratio(sentence) >= 0.6:
                        if not sentence.endswith(("。", "；", "！", "？")):
                            sentence += "。"
                        sentences.add(sentence.replace(",", "，").replace("(", "（").replace(")", "）").replace(":", "："))
        terms: set[str] = set(TOPICS)
        domain = (shared / "domain.md").read_text(encoding="utf-8")
        for run in re.findall(r"[\u4e00-\u9fff]+", domain):  # whole runs only (no cut-off fragments)
            terms.add(run)
        migration = next((Path(__file__).resolve().parent.parent / "services/catalog/migrations/versions")
                         .glob("20261201_0003_*.py"))
        for _, children in _themes_from(migration):
            terms.update(c for c in children if c != "其他")
        return cls(sorted(sentences), sorted(t for t in terms if 2 <= len(t) <= 8))


def _themes_from(migration: Path) -> list[tuple[str, list[str]]]:
    """The THEMES constant of the catalog migration, read without importing alembic's ``op``."""
    source = migration.read_text(encoding="utf-8")
    start = source.index("THEMES: list")
    end = source.index("\n]\n", start) + 2
    namespace: dict[str, Any] = {}
    exec(source[start:end], namespace)  # noqa: S102 - our own migration's literal
    return namespace["THEMES"]


# --- agencies ------------------------------------------------------------------------------------------------


def agency_tree() -> list[dict[str, Any]]:
    """江城市人民政府, its 30 departments, 10 counties each with 15 departments and 10 townships: 291 agencies."""
    from devtools.demo import demo_code

    out: list[dict[str, Any]] = []
    serial = iter(range(80_000, 90_000))

    def add(parent: dict[str, Any] | None, name: str, short: str, level: str, kind: str, region: str,
            prefix: str) -> dict[str, Any]:
        aid = len(out) + 1
        path = f"{parent['path'] if parent else '/'}{aid}/"
        agency = {"id": aid, "parent_id": parent["id"] if parent else None, "path": path,
                  "depth": path.count("/") - 2, "name": name, "short_name": short,
                  "code": demo_code(region, next(serial)), "code_kind": "uscc", "level": level, "kind": kind,
                  "doc_prefix": prefix}
        out.append(agency)
        return agency

    city = add(None, "江城市人民政府", "江城市政府", "city", "government", "990100", "江政")
    for name, abbr, short in DEPARTMENTS:
        add(city, f"江城市{name}", f"市{short}", "city", "department", "990100", f"江{abbr}")
    for c, (county, abbr) in enumerate(COUNTIES):
        region = f"9901{c + 21:02d}"
        gov = add(city, f"{county}人民政府", f"{county[:-1]}政府", "county", "government", region, f"{abbr}政")
        for name, dept_abbr, short in DEPARTMENTS[1:16]:
            add(gov, f"{county}{name}", f"{county[-1]}{short}", "county", "department", region, f"{abbr}{dept_abbr}")
        for t in range(10):
            town = f"{PLACES[(c * 7 + t * 3) % len(PLACES)]}{'东西南北中'[t % 5]}{TOWN_SUFFIX[t % 3]}"
            add(gov, f"{county}{town}人民政府", town, "township", "government", region, f"{abbr}{town[:2]}")
    return out


# --- entries -------------------------------------------------------------------------------------------------


class EntryMaker:
    def __init__(self, vocab: Vocabulary, agencies: list[dict[str, Any]], theme_codes: list[str], seed: int) -> None:
        self.vocab = vocab
        self.agencies = agencies
        self.themes = theme_codes
        self.rng = random.Random(seed)
        self.genres = [g[0] for g in GENRES]
        self.genre_weights = [g[1] for g in GENRES]
        self.templates = {g[0]: g[2] for g in GENRES}
        # bigger agencies publish more: departments of the city most, townships least
        self.agency_weights = [5 if a["level"] == "city" else 3 if a["kind"] == "government" else
                               2 if a["level"] == "county" else 1 for a in agencies]

    def person(self) -> str:
        r = self.rng
        return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2))))

    def sentence(self, agency: dict[str, Any], year: int) -> str:
        r = self.rng
        if r.random() < 0.65:
            return r.choice(self.vocab.sentences)
        terms = self.vocab.terms
        return r.choice(TEMPLATE_SENTENCES).format(
            y=year - r.randint(0, 1), area=r.choice(("市", "县", "区", "镇")), term=r.choice(terms),
            term2=r.choice(terms), term3=r.choice(terms), n=r.randint(1, 3000), updown=r.choice(("增长", "下降")),
            pct=round(r.uniform(0.5, 40), 1), units=r.choice(("单位", "部门", "乡镇", "县区")),
            kind=r.choice(KINDS), m=r.randint(1, 12), d=r.randint(1, 28), k=r.choice((2, 3, 5)),
            agency=agency["name"], place=r.choice(PLACES) + r.choice(("市", "县", "镇", "区")),
            money=round(r.uniform(10, 90000), 2), person=self.person(), tel=r.randint(7000000000, 7999999999),
        )

    def make(self, k: int, n: int) -> dict[str, Any]:
        """Entry ``k`` of ``n``: published around day k/n of the three years (a catalog grows in time)."""
        r = self.rng
        agency = r.choices(self.agencies, self.agency_weights)[0]
        genre = r.choices(self.genres, self.genre_weights)[0]
        index = abs(int(k * DAYS / n) + r.randint(-3, 3))  # reflected at both ends: no denser first or last day
        day = START + timedelta(days=index if index < DAYS else 2 * (DAYS - 1) - index)
        year = day.year
        topic = r.choice(TOPICS) if r.random() < 0.7 else r.choice(self.vocab.terms)
        title = r.choice(self.templates[genre]).format(
            a=agency["name"], t=topic, y=year, y2=year + 2, k=r.choice(KINDS),
            p=r.choice(PLACES) + r.choice(("片区", "镇", "村", "社区", "工业园")), n=r.randint(1, 30), m=r.randint(1, 12))
        body = "".join(self.sentence(agency, year) for _ in range(r.randint(6, 12)))
        summary = (f"{agency['name']}{r.choice(('印发', '发布', '公开', '部署', '通报'))}{topic}有关情况。"
                   f"{self.sentence(agency, year)}")[:300]
        status = r.choices(("published", "draft", "submitted", "revoked"), (95, 2, 1, 2))[0]
        published = status in ("published", "revoked")
        attribute = "proactive" if r.random() < 0.92 else "on_request"
        written = day - timedelta(days=r.randint(0, 25))
        published_at = datetime.combine(day, time(r.randint(8, 18), r.randint(0, 59), r.randint(0, 59)), TZ) \
            if published else None
        validity = r.choices(("valid", "expired", "abolished"), (90, 7, 3))[0]
        theme = r.choice(self.themes)
        doc_no = f"{agency['doc_prefix']}{r.choice(('发', '函', '办发', '字'))}〔{written.year}〕{r.randint(1, 300)}号" \
            if r.random() < 0.7 else None
        keywords = list(dict.fromkeys([topic[:30], r.choice(self.vocab.terms)[:30]]))[:r.randint(1, 2)]
        return {
            "id": uuid.UUID(int=r.getrandbits(128), version=4), "agency": agency, "status": status,
            "title": title[:300], "summary": summary, "document_number": doc_no, "written_on": written,
            "genre": genre, "theme_code": theme, "keywords": keywords, "body_text": body,
            "disclosure_attribute": attribute, "validity": validity, "published_at": published_at,
            "is_public": status == "published", "year": year,
            "regulation_kind": r.choice((None, None, None, "normative")) if genre in ("measures", "provisions", "notice")
            else None,
        }


ENTRY_COLUMNS = ["id", "agency_id", "status", "version", "live_version", "index_number", "index_year", "index_serial",
                 "title", "summary", "document_number", "written_on", "genre", "theme_code", "keywords", "body_html",
                 "body_text", "disclosure_attribute", "validity", "regulation_kind", "is_policy", "interprets",
                 "published_at", "live_published_at", "revoked_at", "revoke_reason", "created_by", "created_by_name",
                 "editors", "created_at", "updated_at"]


SERIALS_PER_CHUNK = 400


def chunk_rows(spec: dict[str, Any]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Rows of ``entries`` and ``search_documents`` for entries ``spec['start']`` … ``spec['end'] - 1``."""
    from services.catalog.search.backend import SearchDoc
    from services.catalog.search.service import document_values

    maker = EntryMaker(spec["vocab"], spec["agencies"], spec["themes"], seed=spec["seed"] * 1_000_003 + spec["start"])
    entries, docs = [], []
    serials: dict[tuple[int, int], int] = {}
    for k in range(spec["start"], spec["end"]):
        e = maker.make(k, spec["total"])
        agency = e["agency"]
        index_number = serial = None
        if e["published_at"] is not None:
            # unique per agency and year without coordination: a block of serials per chunk
            key = (agency["id"], e["published_at"].year)
            serials[key] = serials.get(key, 0) + 1
            if serials[key] >= SERIALS_PER_CHUNK:
                raise RuntimeError("chunk too large for its block of index serials")
            serial = spec["chunk"] * SERIALS_PER_CHUNK + serials[key]
            index_number = f"{agency['code']}/{e['published_at'].year}-{serial:05d}"
        now = e["published_at"] or datetime.combine(e["written_on"], time(9), TZ)
        live = 1 if e["published_at"] is not None else None
        revoked = now + timedelta(days=30) if e["status"] == "revoked" else None
        entries.append((
            e["id"], agency["id"], e["status"], 3 if live else 1, live, index_number,
            e["published_at"].year if live else None, serial if live else None, e["title"], e["summary"],
            e["document_number"], e["written_on"], e["genre"], e["theme_code"], e["keywords"], "", e["body_text"],
            e["disclosure_attribute"], e["validity"], e["regulation_kind"], False, [], e["published_at"],
            e["published_at"], revoked, "依法撤销" if revoked else None, "bench", "基准数据", [], now, revoked or now,
        ))
        doc = SearchDoc(
            entry_id=e["id"], is_public=e["is_public"], status=e["status"], agency_id=agency["id"],
            agency_path=agency["path"], column_id=None, theme_code=e["theme_code"], genre=e["genre"],
            disclosure_attribute=e["disclosure_attribute"], validity=e["validity"],
            regulation_kind=e["regulation_kind"], year=e["year"], written_on=e["written_on"],
            published_at=e["published_at"], title=e["title"], summary=e["summary"], keywords=e["keywords"],
            document_number=e["document_number"], index_number=index_number,
            body_text=e["body_text"] if e["disclosure_attribute"] == "proactive" else "",
        )
        values = document_values(doc)
        docs.append(tuple(values[c] for c in spec["doc_columns"]))
    return entries, docs


def load_chunk(spec: dict[str, Any]) -> int:
    """Worker: make one chunk and COPY it (its own connection)."""
    import asyncpg

    entries, docs = chunk_rows(spec)

    async def copy() -> None:
        conn = await asyncpg.connect(spec["dsn"])
        try:
            async with conn.transaction():
                await conn.execute("SET LOCAL synchronous_commit = off")
                await conn.copy_records_to_table("entries", records=entries, columns=ENTRY_COLUMNS)
                await conn.copy_records_to_table("search_documents", records=docs, columns=spec["doc_columns"])
        finally:
            await conn.close()

    asyncio.run(copy())
    return len(entries)


AGENCY_COLUMNS = ["id", "parent_id", "path", "depth", "name", "short_name", "code", "code_kind", "level", "kind",
                  "accepts_requests", "sort_order", "is_active", "version"]


async def load_agencies(dsn: str, agencies: list[dict[str, Any]]) -> list[str]:
    """COPY the agency tree; returns the theme codes (subcategories) entries may use."""
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        await conn.copy_records_to_table("agencies", columns=AGENCY_COLUMNS, records=[
            (a["id"], a["parent_id"], a["path"], a["depth"], a["name"], a["short_name"], a["code"], a["code_kind"],
             a["level"], a["kind"], True, a["id"], True, 1) for a in agencies])
        await conn.execute("SELECT setval(pg_get_serial_sequence('agencies', 'id'), (SELECT max(id) FROM agencies))")
        return [r["code"] for r in await conn.fetch("SELECT code FROM themes WHERE parent_code IS NOT NULL ORDER BY code")]
    finally:
        await conn.close()
