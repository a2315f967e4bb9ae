"""One synthetic item: issuer, title and sentences in the shapes real roundups use, so the build
does the same work per item as on real sources (issuer clauses, titles, equivalence sentences)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from benchmarks.vocab import MUNICIPALITIES, Place, StemForm, Vocabulary

YEARS = tuple(range(2015, 2026))
YEAR_WEIGHTS = (1, 1, 2, 2, 3, 4, 6, 7, 7, 6, 5)  # policy on e-seals grew after 2019
LEVEL_WEIGHTS = {0: 30, 1: 30, 2: 30, 3: 10}  # 0: a central body
VERBS = ("印发", "发布", "出台", "公布", "印发", "发布")
SECTORS = ("政务服务", "金融", "商贸", "人力资源", "税务", "不动产登记", "公共资源交易", "医疗保障",
           "工程建设", "社会保险", "交通运输", "市场监管")
# (topic template, document forms that go with it); {c} is a concept label.
TOPICS = (
    ("关于推进{c}应用的", ("意见", "指导意见", "实施意见", "通知")),
    ("{c}管理", ("办法", "暂行办法", "实施细则", "规定")),
    ("{c}推广应用", ("行动方案", "实施方案", "工作方案")),
    ("加快{c}建设", ("若干措施", "工作要点", "行动计划")),
    ("{c}服务规范", ("指南", "指引")),
    ("关于深化{c}改革优化营商环境的", ("通知", "意见")),
)
BODIES = (
    "推进{c}在{s}、{t}等领域的应用",
    "加快{c}、{d}互通互认",
    "要求{y}年底前实现{c}全覆盖",
    "推动{c}跨区域共享和互认",
    "建设统一的{c}管理平台",
    "明确{c}的申领、使用和管理要求",
    "鼓励企业在{s}领域使用{c}和{d}",
)
EQUIVALENCES = (
    "明确电子印章与实物印章具有同等法律效力",
    "可靠的电子签名与手写签名或者盖章具有同等的法律效力",
    "电子证照与纸质证照具有同等法律效力",
    "依法订立的电子劳动合同与纸质劳动合同具有同等法律效力",
    "符合国家规定的电子会计凭证与纸质会计凭证具有同等法律效力",
    "电子档案与纸质档案具有同等法律效力",
)
CONTINUATIONS = ("该文件明确，{e}。", "文件提出，{b}。", "同时，{b}。")
KINDS = {"single": 45, "joint": 12, "departments": 6, "forward": 10, "wrapper": 10,
         "news": 10, "meeting": 4, "statement": 3}
CN_DIGITS = "零一二三四五六七八九十"


@dataclass(frozen=True)
class Item:
    """An item as a roundup writes it (``sentence``) and as a record holds it (the other fields)."""

    date: dt.date
    sentence: str
    title: str
    agency: str
    region: str
    text: str
    continuation: str = ""


def random_date(rng: random.Random, year: int | None = None) -> dt.date:
    year = year or rng.choices(YEARS, YEAR_WEIGHTS)[0]
    start = dt.date(year, 1, 1)
    return start + dt.timedelta(days=rng.randrange((dt.date(year + 1, 1, 1) - start).days))


def region_of(place: Place | None) -> str:
    """The region column of a record: the place's own name, or 全国 for a central body."""
    return place.name if place else "全国"


def cn_count(n: int) -> str:
    """2..99 in Chinese numerals (十三), the way 等N部门 is usually written."""
    tens, units = divmod(n, 10)
    return (CN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (CN_DIGITS[units] if units else "")


class Composer:
    """Draws items from one ``random.Random``; nothing else may influence the text."""

    def __init__(self, vocab: Vocabulary, rng: random.Random) -> None:
        self.v = vocab
        self.rng = rng

    def item(self, date: dt.date) -> Item:
        kind = self.rng.choices(tuple(KINDS), tuple(KINDS.values()))[0]
        return getattr(self, f"_{kind}")(date)

    # --- bodies and places -------------------------------------------------------------------

    def place(self, level: int) -> Place:
        return self.rng.choice(self.v.places[level])

    def written(self, place: Place) -> str:
        """Counties always after their parent; cities sometimes after their province."""
        if place.level == 3 or (place.level == 2 and self.rng.random() < 0.2):
            return place.parent + place.name
        return place.name

    def central(self) -> str:
        body = self.rng.choice(self.v.central)
        return body.forms[0] if self.rng.random() < 0.6 else self.rng.choice(body.forms)

    def local(self, place: Place, government: bool = False) -> str:
        stems = [s for s in self.v.stems if place.level in s.levels and self._suffix(s, place) is not None]
        if government or self.rng.random() < 0.25:
            stems = [s for s in stems if s.stem == "人民政府"]
        stem = self.rng.choice(stems)
        suffix = self._suffix(stem, place)
        if stem.abbrevs and self.rng.random() < 0.3:
            return self.written(place) + self.rng.choice(stem.abbrevs) + suffix.replace("委员会", "委")
        return self.written(place) + stem.stem + suffix

    @staticmethod
    def _suffix(stem: StemForm, place: Place) -> str | None:
        """The suffix the place's level calls for; None when the stem has no body at that level."""
        bare = not any(stem.suffixes.values())
        suffix = stem.municipality_suffix if place.code in MUNICIPALITIES else stem.suffixes[place.level]
        return suffix if suffix or bare else None

    def issuer(self) -> tuple[str, Place | None]:
        """A body at a level drawn by weight, and its place (None for a central body)."""
        level = self.rng.choices(tuple(LEVEL_WEIGHTS), tuple(LEVEL_WEIGHTS.values()))[0]
        if level == 0:
            return self.central(), None
        place = self.place(level)
        return self.local(place), place

    def concept(self) -> str:
        return self.rng.choice(self.v.concepts)

    # --- titles and sentences ----------------------------------------------------------------

    def title(self, region: str, date: dt.date, inner: bool = False) -> str:
        """Region + topic + form, varied enough that distinct items rarely share a title;
        ``inner`` titles go inside 关于印发…的通知, so no 关于 and no 通知."""
        template, forms = self.rng.choice(TOPICS[1:5] if inner else TOPICS)
        form = self.rng.choice([f for f in forms if f != "通知"] if inner else forms)
        topic = "和".join(self.rng.sample(self.v.concepts, 2)) if self.rng.random() < 0.3 else self.concept()
        if self.rng.random() < 0.4:
            topic = f"{self.rng.choice(SECTORS)}领域{topic}"
        title = region + template.format(c=topic) + form
        if form.endswith(("方案", "计划")) and self.rng.random() < 0.4:
            return f"{title}（{date.year}—{date.year + 2}年）"
        if form.endswith(("办法", "规定", "细则")) and "暂行" not in form and self.rng.random() < 0.3:
            return f"{title}（试行）"
        return f"{date.year}年{title}" if form == "工作要点" else title

    def body(self, date: dt.date) -> str:
        c, d = self.rng.sample(self.v.concepts, 2)
        s, t = self.rng.sample(SECTORS, 2)
        text = self.rng.choice(BODIES).format(c=c, d=d, s=s, t=t, y=date.year + 1)
        if self.rng.random() < 0.15:
            text += "，" + self.rng.choice(EQUIVALENCES)
        return text + "。"

    def _document(self, date: dt.date, agency: str, place: Place | None, verb: str) -> Item:
        title = self.title(self.written(place) if place else "", date)
        body = self.body(date)
        more = self._continuation(date) if self.rng.random() < 0.1 else ""
        return Item(date, f"{agency}{verb}《{title}》，{body}", title, agency, region_of(place), body, more)

    def _continuation(self, date: dt.date) -> str:
        """A second paragraph of the same item: it must not read as the start of a new one."""
        template = self.rng.choice(CONTINUATIONS)
        return template.format(e=self.rng.choice(EQUIVALENCES), b=self.body(date)[:-1])

    def _single(self, date: dt.date) -> Item:
        agency, place = self.issuer()
        return self._document(date, agency, place, self.rng.choice(VERBS))

    def _joint(self, date: dt.date) -> Item:
        agency, place = self.issuer()
        others = [self.local(place) if place else self.central() for _ in range(self.rng.randint(1, 3))]
        return self._document(date, "、".join(dict.fromkeys([agency, *others])), place, "联合印发")

    def _departments(self, date: dt.date) -> Item:
        named = "、".join(dict.fromkeys(self.central() for _ in range(self.rng.randint(1, 3))))
        count = self.rng.randint(4, 16)
        number = cn_count(count) if self.rng.random() < 0.7 else str(count)
        return self._document(date, f"{named}等{number}部门", None, "联合印发")

    def _forward(self, date: dt.date) -> Item:
        province = self.place(1)
        forwarding = self.local(province, government=True)
        origin = self.central()
        title = self.title("", date)
        body = f"要求各地各部门结合实际认真贯彻落实，{self.body(date)}"
        return Item(date, f"{forwarding}转发{origin}《{title}》，{body}", title, forwarding, province.name, body)

    def _wrapper(self, date: dt.date) -> Item:
        agency, place = self.issuer()
        inner = self.title(self.written(place) if place else "", date, inner=True)
        title = f"关于印发{inner}的通知"
        body = self.body(date)
        return Item(date, f"{agency}发布《{title}》，{body}", title, agency, region_of(place), body)

    def _news(self, date: dt.date) -> Item:
        agency, place = self.issuer()
        c, d = self.rng.sample(self.v.concepts, 2)
        text = f"{agency}发布消息：自{date.year}年{date.month}月起，{region_of(place)}企业开办实现{c}与{d}同步发放。"
        return Item(date, text, "", agency, region_of(place), text)

    def _meeting(self, date: dt.date) -> Item:
        title = self.title("", date)
        body = self.body(date)
        return Item(date, f"国务院常务会议审议通过《{title}》，{body}", title, "国务院", "全国", body)

    def _statement(self, date: dt.date) -> Item:
        agency = self.central()
        text = f"{agency}新闻发言人表示，将{self.body(date)}"
        return Item(date, text, "", agency, "全国", text)
