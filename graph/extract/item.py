"""One raw item to the facts it states: a pure function of the text and the gazetteers."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from graph.extract import kinds, life, referred
from graph.patterns.dates import DATE, DATE_RE, make_date, parts
from graph.extract.equivalence import Equivalence, find_equivalences, states_equivalence
from graph.extract.issuers import LEVEL_WORD, IssuerClause, Mention, government, parse_issuers
from graph.extract.titles import DocForm, TitleSpan, bare_title, doc_form, find_titles, named_bare, passed_law, pieces, title_key
from graph.gazetteer import schemes
from graph.gazetteer.regions import RegionIndex
from graph.namespaces import COUNTRY_CODE
from graph.patterns import markers
from graph.patterns.markers import DOC_NUMBER, TRAILING_BRACKETS, says
from graph.read.items import ABOUT as INTERPRETED, AMENDS, INFERRED_AGENCY, PLACE, REPORTS, RawItem
from graph.read.marks import quoted_titles
from graph.text import normalize, normalize_name, one_line, sentences

BODY_END = r"(?:厅|局|委|部|办|院|署|政府|中心|委员会|办公室|办公厅)"
# 根据省人社厅《…》, 根据省政府办公厅印发的《…》, 为配合国家标准《…》: who issued the title (and that it did), or
# what kind of text it is, may stand between
BY_BODY = rf"(?:[\u4e00-\u9fff]{{1,10}}?{BODY_END}(?:(?:印发|发布|制定|出台|公布)的)?|(?:国家|行业|地方|团体)标准)?\s*$"
IMPLEMENTS = re.compile(r"(?:贯彻落实|贯彻|落实|为实施|实施)" + BY_BODY)
FORWARDS = re.compile(r"转发了?" + BY_BODY)
ACTS_ON = re.compile(r"(?:按照|遵照)" + BY_BODY)  # 按照《A》: carrying A out, unless A is a law or its provisions
CITES = re.compile(r"(?:根据|依据|依照|参照|对照|援引|符合|配合|结合|围绕|例如|比如|诸如)" + BY_BODY)
WEIGHS = re.compile(r"(?:参照|对照|结合)" + BY_BODY)  # 结合《A》精神: taking A's spirit into account, not carrying A out
CONFORMS = re.compile(r"(?:符合|对照)" + BY_BODY)  # 应符合《A》等要求: meeting A's requirements is no carrying A out
SAYS = re.compile(r"\s*(?:中)?(?:明确)?(?:规定|指出)")  # 《电子签名法》规定…: what another document says
ARTICLE = re.compile(r"\s*第[一二三四五六七八九十百零〇\d]+条")
# 发布《甲》白皮书, 发布《乙》典型案例: a white paper or a set of cases a body publishes is told of, no policy.
PUBLICATION = re.compile(r"\s*(?:白皮书|蓝皮书|典型案例|研究报告|发展报告)")
AFTER_NUMBER = r"[\s》〉]*(?:\([^()]{0,30}\))?\s*(?:的)?(?:等)?"  # 《A》(国办发〔2019〕8号)的…: what follows a title's number
# 《A》要求, 《A》等有关要求, 《A》等公文管理相关要求 (a few words after 等 may say what the list is about), 《A》战略部署,
# 《A》《B》等政策精神: what it demands
REQUIREMENTS = re.compile(AFTER_NUMBER + r"(?:(?<=等)[\u4e00-\u9fff]{0,6}?(?:有关|相关)|有关|相关)?(?:战略|政策|决策)?(?:要求|精神|部署)")
# 按照《A》的规定, 按照《A》第五条, 按照《A》的标准建设: A's provisions or the standard something is built to, cited
PROVISIONS = re.compile(AFTER_NUMBER + r"(?:有关|相关)?(?:法律)?(?:规定|条款|标准)|" + ARTICLE.pattern)
LAW = re.compile(r"法(?:\([^()]*\))?$")  # 《中华人民共和国电子签名法(2019修正)》
STATUTE = re.compile(r"(?<![办方])法(?:\([^()]*\))?$")  # a law (甲法), not measures (甲办法)
# 包括《X》在内的一批法律, 继《A》《B》之后: the documents named around the item's, cited
AMONG = (re.compile(r"(?:包括|继)\s*$"), re.compile(r"\s*(?:在内|之后|以后)"))
NEWS_SOURCE = (re.compile(r"据\s*$"), re.compile(r"\s*(?:报道|报导|消息|讯|\)|$)"))  # (据《人民日报》): a paper, no document
# 在平台刊发《X》一文, 刊登《X》: an article's headline in 《》, no document
ARTICLE_NAMED = (re.compile(r"(?:刊发|刊登|刊载)了?\s*$"), re.compile(r"\s*(?:一文|的文章|文章)"))
ALIAS = re.compile(r"(?:以下简称|以下称|下称|简称)\s*[“\"]?$")
JOINT_ORDER = re.compile(r"(?P<by>[\u4e00-\u9fff]+?)\s*(?P<number>令\s*(?:\(\s*)?第\s*\d{1,5}\s*号)")  # 丙局令第5号
TITLE_GAP = re.compile(r"[》〉]?\s*")  # the end of a title and the spaces after it
REMARK_OPENS = re.compile(r"[》〉]?\s*\(")  # the remark in brackets right after a title
REMARK_MAX = 120
NUMBER_CUT = re.compile(r"[《。；]")  # a document number is the title's only when nothing of these comes between
BASIS_NUMBER = re.compile(r"(?:按照|根据|依据|参照|对照|贯彻|落实|执行)")  # 《A》按照人社厅函〔2020〕33号…: another document's number
# 人社部门印发《C》, 有关单位发布《C》: a clause whose subject is a kind of body, not one body.
GENERIC_SUBJECT = re.compile(r"\s*[\u4e00-\u9fff]{0,8}(?:部门|单位|机构)\s*(?:联合|近日|日前|也|还|又)?(?:印发|发布|出台|公布|下发|制定)了?\s*$")
# 经报请省政府同意，, 经市政府批准，: the body that approves does not issue; the issuer follows.
APPROVAL = re.compile(r"经(?:报请)?[^，,。；;《》]{1,20}?(?:同意|批准)\s*[，,]\s*")
# 我市, 本省: the place of the body a report is written by (a section's or its heading's), the subject of a passive.
OWN_PLACE = re.compile(r"(?:我|本)(?:市|省|区|县|州)")
# 甲市被乙厅确认为试点城市: the body after 被 acts; the place before it is what the activity is about.
PASSIVE = re.compile(r"^(?P<subject>[^，,。；;被《》]{2,12}?)被(?=[^，,。；;]{2,30}?(?:确认|认定|确定|批准|列为|评为|命名|选为))")
REPORTER_FROM = re.compile(r"(?:\([^()]{0,20}\)\s*)?记者\s*(?:\d{1,2}\s*日|近日|日前)?\s*(?:从|在)")  # (记者某某)记者18日从
MEETING_OF = re.compile(r"召开(?:了|的)?(?P<body>[^，,。；;《]{2,30}?)(?:第[一二三四五六七八九十百零〇\d]+次)?(?:常务会议|全体会议|常委会会议|专题会议|办公会议|会议)")
NOTE_OPENS = re.compile(rf"》?\s*\(\s*(?:{DATE}\s*[,，]?\s*)?")
# …B印发), or the bodies of a remark ending or followed by its number or date: (B、C，2022年8月23日), (B令第173号)
NOTE_CLOSES = re.compile(rf"\s*(?:(?:联合)?(?:印发|发布|公布|颁布|制定|发)\s*\)|[,，;；)]|令\s*第|(?<=[,，;；]){DATE})")
PURPOSE = re.compile(r"^\s*(?:为了?|为进一步|为加快|为推进|为规范|为贯彻|为落实|按照|根据|依据|围绕|针对|结合)")  # 为…，B发布《C》
ISSUED_BY = re.compile(r"》\s*(?:\([^)]*\))?\s*[，,]?\s*(?:已)?(?:于[^由，,。；]{4,16}?)?由")  # 《A》已于2021年5月18日由B…通过
NUMBER_TAIL = re.compile(r"(?:发|函|令|字|规|电)?\s*[\[〔(（].*$")
ABOUT = re.compile(r"^关于(?:印发|发布|公布)?")
# 《A》(号)、《B》, 《A》和国家档案局6号令《B》: one list (a joined title may name its issuer or kind first)
LIST_JOIN = re.compile(r"\s*(?:\([^()《》]{0,30}\))?\s*(?:(?:、|和|及|以及|与|或)\s*(?:[^，,。；;:：、《》()]{0,12}?"
                       rf"(?:{BODY_END}|令|号|标准))?)?\s*")
CLAUSE_END = re.compile(r"[。；;!！?？]")
SENTENCE_END = re.compile(r"[。!！?？]|\n\s*\n")
# 现将《X》(陕政办发〔2018〕73号)转发给你们: the document a notice addressed to its recipients forwards
ADDRESSED = re.compile(rf"\s*(?:\([^()]{{0,30}}\))?\s*(?:{DOC_NUMBER.pattern})?\s*(?:\([^()]{{0,30}}\))?\s*转发(?:给)?(?:你们|各)")
SHORT_NAME_MAX = 6  # 《管理办法》 may stand for 《电子印章管理办法》; a longer title is one of its own
HEADING_VERB = re.compile(r"(?:转发|印发|发布|公布|下发)\s*$")
NOTICE_AFTER = re.compile(r"[\s》〉]*的(?:通知|通告|函|决定|意见)\s*(?:\n|$)")  # ends its line (a doubled 》 aside)
HEADING_BY = re.compile(r"(?:^|(?<=\s))[\u4e00-\u9fff]{2,40}$")  # the body (or 关于) opening a title line
CLAUSE_BREAKS = ("。", "；", ";", "!", "！", "?", "？", "，", ",", "\n\n")  # a single line break may be a hard wrap
# What may stand between a clause's issuer and its title: a day, an adverb, an action (17日发布, 最近组织编写了).
OWN_ACTION = re.compile(r"[^，,。；;:：《》“”\"]{0,8}?(?:印发|发布|出台|公布|下发|颁布|制定|修订|编写|编制|起草|推出|发出)了?\s*")
LEGISLATURE = re.compile(r"人大|人民代表大会")  # whose passing a law names it without 《》 (通过电子签名法)
# 国家档案局第22号令《…》, 某部令第35号：《…》: the number between issuer and title
ORDER_NUMBER = re.compile(r"\s*(?:第?\s*\d+\s*号令|令\s*第\s*\d+\s*号\s*[:：]?)\s*")
PUBLISHING = re.compile(r"(?:印发|发布|公布|颁布)了?\s*$")
PUBLISHED_AFTER = re.compile(r"\s*(?:\([^()]*\))?\s*(?:印发|发布)给")  # 现将《A》(以下简称《甲》)印发给你们
TitleRole = Literal["main", "implemented", "forwarded", "approved", "cited", "repealed", "amends", "repeals"]
"""What a title is to its item: the document issued, one it implements, forwards, a meeting approves,
one it cites (or one named in a whole document's text), one it repeals; amends/repeals: the document a
关于修改/废止〈X〉的决定 changes."""
MAIN_ROLES: frozenset[TitleRole] = frozenset({"main", "approved", "forwarded"})
BASIS_ROLES: frozenset[TitleRole] = frozenset({"implemented", "cited"})  # what a 根据/贯彻 clause names
# The role of a title listed after one of these (转发《A》和《B》: the one notice forwards A and carries out B).
LISTED_ROLES: dict[TitleRole, TitleRole] = {"implemented": "implemented", "cited": "cited", "forwarded": "implemented"}
OTHERS: frozenset[TitleRole] = BASIS_ROLES | {"repealed"}  # documents a document names, not its own title


@dataclass(frozen=True)
class Title:
    verbatim: str
    key: str
    norm: str
    form: DocForm
    start: int
    end: int
    role: TitleRole
    number: str | None = None  # 国办发〔2021〕12号, 国务院令第752号: written right after the title
    inner: Title | None = None  # the document a 关于转发〈X〉的通知 forwards
    changes: tuple[life.Change, Title] | None = None  # ("amends" | "repeals", X) for 关于修改〈X〉的决定
    status: str | None = None  # draft-for-comment, in-force, repealed … where the text says so
    # A later document's own issuers (…；B发布《C》), where its clause names them; () where its clause has a
    # subject that names no body (人社部门印发《C》); None: the item's.
    issuers: tuple[Mention, ...] | None = None
    derived: bool = False  # named without 《》 in running text: its bounds are the reader's cut
    # What this document is about when the item issues several, each with its own text; None: the item's concepts.
    concepts: tuple[schemes.Term, ...] | None = None
    # A cited title's: the key of the one document of several the item issues whose own sentence cites it
    # (其中甲办法根据《C》制定); None: every document of the item cites it.
    cited_by: str | None = None


@dataclass
class Extraction:
    item: RawItem
    kind: str
    titles: list[Title]
    issuers: list[Mention]
    forwarded_issuers: list[Mention]
    unnamed: int
    region: str | None
    concepts: list[schemes.Term]
    equivalences: list[Equivalence]
    label: str
    problems: list[str] = field(default_factory=list)
    in_force: str | None = None  # first date of entry into force (自…起施行)
    published: str | None = None  # date of publication, apart from the document's own date
    presumed: list[Mention] = field(default_factory=list)  # a guess when no body is named: never an issuer
    # A record's number (文号：…) when no title of the item's own takes it: its forwarding notice's, untitled.
    number: str | None = None


def extract(item: RawItem, regions: RegionIndex) -> Extraction:
    text = item.text
    norm = quoted_titles(normalize(text))
    problems: list[str] = []
    body_start = markers.body_start(norm)
    spans, unclosed = find_titles(norm)
    if not spans and not item.document and (bare := (
            passed_law(norm, body_start) if LEGISLATURE.search(item.fields.get("agency") or norm) else None)
            or bare_title(norm, body_start, schemes.doctypes())):
        spans = [bare]
    if unclosed:
        problems.append("unclosed 《 in the text")
    first_title = max(spans[0].start - 1, 0) if spans else len(norm)  # a bare title (no 《) may open the text
    if approval := APPROVAL.match(norm, body_start, first_title):  # 经报请省政府同意，甲委印发了《…》
        body_start = approval.end()
    elif norm.startswith("经", body_start, first_title):  # 经全国人大常委会表决通过的《…》
        body_start += 1
    head = norm[body_start:first_title]
    skipped = 0  # what the head opens with before its issuer
    if reporter := REPORTER_FROM.match(head):  # 记者从公安部获悉: the body the news comes from acts
        head, skipped = head[reporter.end():], reporter.end()
    subject = None
    place = (regions.named(normalize_name(item.fields[PLACE])) if item.fields.get(PLACE)
             else _region_field(regions, item.fields.get("region")))
    if passive := PASSIVE.match(head):
        head, skipped = head[passive.end():], skipped + passive.end()
        subject = (place if OWN_PLACE.fullmatch(passive.group("subject")) else None) or _local_region(regions, passive.group("subject"))
    agency = item.fields.get("agency")  # a record's issuer field, when given, is read instead of the head
    clause = (_head_issuers(normalize_name(agency), norm, spans, regions, place) if agency
              else _after_purpose(head, norm, spans, regions, place))
    if agency and item.fields.get(INFERRED_AGENCY):  # 该局, 市人社局: the reader carried it from an earlier sentence
        clause.issuers = [dataclasses.replace(m, inferred=True) for m in clause.issuers]
        clause.end = 0  # nothing of the text names them
        if reference := markers.CARRIED_RE.match(head) or markers.OWN_BODY_RE.match(head):
            skipped += reference.end()  # 该局正式上线…, 我局即着手…: what the body does comes after the word for it
    problems.extend(clause.problems)
    named = (named_bare(norm, body_start + clause.end, schemes.doctypes())
             if not spans and clause.issuers and not item.document else None)
    untitled = _untitled(text, norm, body_start + clause.end) if clause.issuers and not item.document else None
    titles = _titles(text, norm, spans or ([named] if named else []), clause, body_start,
                     untitled is not None or item.document)
    if interpreted := item.fields.get(INTERPRETED):
        titles = _standing_for(titles, interpreted)
    if untitled is not None and not any(t.role in MAIN_ROLES for t in titles):
        titles = [untitled, *titles]
    if named:  # its words cut from the sentence, not a 《》 title: marked derived
        titles = [dataclasses.replace(t, derived=True) for t in titles]
    if item.document:  # one whole document: its own title is the field's, the others are documents it cites
        own = _field_title(item.fields["title"], item.fields.get("number"), item.fields.get("status"))
        if amended := item.fields.get(AMENDS):  # 根据…《乙决定》修正 under 《甲法》: 乙决定 amends 甲法
            own = dataclasses.replace(own, changes=("amends", _field_title(amended, None)))
        titles = _own_document(own, titles, norm, _published(norm, spans))
    elif item.fields.get("title") and not titles:
        titles = [_field_title(item.fields["title"], item.fields.get("number"))]
    elif item.fields.get("number"):
        titles = _with_number(titles, item.fields["number"])
    elif not agency and clause.issuers and ORDER_NUMBER.fullmatch(head, clause.end):
        titles = _with_number(titles, text[body_start:first_title].strip().rstrip(":："))
    titles = [_draft_opened(t) if t.role == "main" else t for t in titles]
    if not item.document and item.fields.get("title") and (valid := life.status_of(item.fields.get("status"))):
        titles = _with_status(titles, item.fields["title"], valid)
    forwarded_issuers = clause.forwarded or _issuers_in_forwarded(titles, clause, regions)
    after = norm[body_start + skipped + clause.end:]
    kind = "document" if item.document else kinds.classify(norm, after, any(t.role in MAIN_ROLES for t in titles),
                                                            norm[:body_start])
    if kind == "document" and item.fields.get(REPORTS):  # 据…报道 of a document listed above: news about it
        kind = "news"
    if kind == "document" and reporter and not any(_issued_here(norm, t) for t in titles if t.role == "main"):
        kind = "news"  # 记者从某局了解到，…《X》已将…: what the reporter learned, naming X without its issuance
        titles = [_with_role(t, "cited") if t.role == "main" else t for t in titles]
    if kind == "meeting":
        titles = [_with_role(t, "approved") if t.role == "main" else t for t in titles]
    elif kind == "document":  # 全国人大常委会表决通过《…法》: the body that passes a document issues it
        titles = [_with_role(t, "main") if t.role == "approved" else t for t in titles]
    issuers = (_speakers(norm, regions) if kind == "statement" else [])
    issuers = (issuers or clause.issuers or _issuers_after_reference(norm, titles, regions, problems)
               or _issuers_after_you(norm, titles, regions, problems)
               or (_issuer_in_title(titles, regions) if kind in {"document", "meeting"} else [])
               or (_order_issuers(titles, norm, spans, regions, place) if kind == "document" else [])
               or (_meeting_body(norm, regions, problems) if kind == "meeting" else []))
    if kind == "meeting" and issuers and all(m.agency.sector == "party" for m in issuers):
        titles = [_with_role(t, "cited") if t.role == "approved" else t for t in titles]  # a party body's session
        # approving a plan (中央深改委会议审议通过《X》) does not issue it: the state's organs do, or no one publishes it
    if kind == "document":
        first_stop = None if agency else SENTENCE_END.search(norm, body_start)  # a record's issuer is its field's
        titles = _own_issuers(norm, titles, issuers, regions, problems, first_stop.end() if first_stop else len(norm))
    if len(issuers) > 1:
        titles = _joint_order_numbers(titles, issuers)
    presumed = _presumed_issuers(titles, regions) if not issuers and kind in {"document", "meeting"} else []
    region = subject or _region(issuers or presumed, titles, norm, regions, item.fields.get("region")) or place
    if kind != "document" and len(_provinces(issuers, regions)) > 1:
        region = None  # 天津市…委、江苏省…局 act together: the activity has no single region
    named_masked = _mask_names(norm, issuers, titles)
    concept_terms = schemes.concepts().terms_in(_mask_titles(named_masked, _not_own(titles, kind)))
    if kind != "document" and not spans and item.fields.get("title"):  # a session of the document it approves, told apart
        concept_terms = list(dict.fromkeys([*concept_terms, *schemes.concepts().terms_in(normalize_name(item.fields["title"]))]))
    if kind == "document":
        about = _about_one(norm, titles)  # 其中甲办法…: sentences about one of its documents
        titles = _own_concepts(named_masked, _cited_by(titles, about), about)
    forms = schemes.forms()
    masked = _mask_titles(norm, titles)
    equivalences = (_own_claims(find_equivalences(masked, sentences(masked), schemes.concepts(), forms,
                                                   *_fallback_forms(forms)), norm, titles, kind)
                    if states_equivalence(masked) else [])
    if kind == "news" and not titles:
        problems.append("no 《title》: kept as a news item")
    year = int(item.date[:4]) if item.date else None
    in_force = _field_date(item.fields.get("in_force")) or life.entry_into_force(norm, year, item.date)
    main = next((t for t in titles if t.role == "main" and t.end), None)
    if kind == "document" and main and item.date and len(item.date) == 10 and life.takes_effect(norm, body_start, main.end):
        item, in_force = dataclasses.replace(item, date=None), item.date  # 2024年11月1日《X》正式施行: not X's date
    number = item.fields.get("number") if not any(t.role == "main" for t in titles) else None
    return Extraction(item, kind, titles, issuers, forwarded_issuers, clause.unnamed, region,
                      concept_terms, equivalences, _label(text, body_start), problems,
                      in_force, _field_date(item.fields.get("published")), presumed, number)


def _head_issuers(head: str, norm: str, spans: list[TitleSpan], regions: RegionIndex, place: str | None) -> IssuerClause:
    """The issuer clause at the item's head; ``省人社厅、省财政厅联合印发《浙江省…》``: bodies written with
    a level word and no region, or with a district name several cities have (南山区人社局), are of
    the region the first title names (with no title, the first region the item names, else the
    ``place`` its section header names: 一、淄博： over 市人社局)."""
    clause = parse_issuers(head, regions)
    if clause.issuers[0].agency.region is None if clause.issuers else LEVEL_WORD.match(head):
        code = _local_region(regions, norm[spans[0].start:spans[0].end] if spans else norm) or place
        if code:
            placed = parse_issuers(head, regions, code)
            if placed.issuers and placed.issuers[0].agency.region:
                return placed
    return clause


def _unwrapped_issuers(head: str, norm: str, spans: list[TitleSpan], regions: RegionIndex, place: str | None) -> IssuerClause:
    """The head's issuers read across the line breaks a hard-wrapped text puts inside a name
    (闵行区人力资源和社\n会保障局); the clause's end is given back in the head as written."""
    kept = [i for i, ch in enumerate(head) if not (ch == "\n" and _between_words(head, i))]
    if len(kept) == len(head):
        return _head_issuers(head, norm, spans, regions, place)
    clause = _head_issuers("".join(head[i] for i in kept), norm, spans, regions, place)
    clause.end = kept[clause.end] if clause.end < len(kept) else len(head)
    return clause


def _after_purpose(head: str, norm: str, spans: list[TitleSpan], regions: RegionIndex, place: str | None) -> IssuerClause:
    """为推进和规范在线诉讼活动，最高人民法院17日发布《…》: when the head names no body, its last clause
    before the title may (a purpose or background leads the sentence); the clause's end is given back
    in the whole head."""
    clause = _unwrapped_issuers(head, norm, spans, regions, place)
    cut = max(head.rfind("，"), head.rfind(","))
    if clause.issuers or cut < 0 or not (PURPOSE.match(head) or markers.SETTING_RE.match(head)):
        return clause
    last = _unwrapped_issuers(head[cut + 1:].lstrip(), norm, spans, regions, place)
    if not last.issuers:
        return clause
    last.end += len(head) - len(head[cut + 1:].lstrip())
    return last


def _between_words(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and "\u4e00" <= text[i - 1] <= "\u9fff" and "\u4e00" <= text[i + 1] <= "\u9fff"


def _own_document(own: Title, titles: list[Title], norm: str, published: set[str]) -> list[Title]:
    """A whole document's titles: its own first (its span where written, so that its words are
    masked), forwarding the document its body hands on (现将《X》转发给你们) if any; the others cited
    unless its body implements them (贯彻落实《A》要求, 按照《A》要求), but for those it publishes
    (``published``, and what its title wraps) and those inside its own title written out
    (甲转发《乙》的通知), which are parts of it."""
    if "《" in own.norm:
        broken = r"\s*".join(map(re.escape, own.norm))  # a heading broken over lines is its title all the same
        spans_of_own = [m.span() for m in re.finditer(broken, norm)]
        titles = [t for t in titles if not any(a <= t.start - 1 < b for a, b in spans_of_own)]
    written = next((t for t in titles if t.key == own.key), None)
    main = (dataclasses.replace(written, role="main", number=own.number, status=own.status, changes=own.changes or written.changes)
            if written else own)
    handed = next((t for t in titles if t.role == "forwarded" and t.key != own.key), None)
    if handed is not None:
        main = dataclasses.replace(main, inner=handed)
    amenders = {title_key(m.group("title")) for m in markers.AMENDED_BY_RE.finditer(norm)} if "根据" in norm else set()
    skip = {own.key, *published, *amenders, *([own.form.wrapped] if own.form.wrapped else []), *([main.inner.key] if main.inner else [])}
    return [main] + [t if t.role == "implemented" else _with_role(t, "cited") for t in titles if t.key not in skip]


def _published(norm: str, spans: list[TitleSpan]) -> set[str]:
    """The keys of the titles a document's text says it issues (印发《A》《B》, 现将《A》印发给你们):
    the documents it publishes."""
    out: set[str] = set()
    previous: TitleSpan | None = None
    for t in spans:
        issued = (PUBLISHING.search(norm, max(0, t.start - 8), t.start - 1) is not None
                  or PUBLISHED_AFTER.match(norm, t.end + 1) is not None
                  or (previous is not None and title_key(norm[previous.start:previous.end]) in out
                      and LIST_JOIN.fullmatch(norm, previous.end + 1, t.start - 1) is not None))
        if issued:
            out.add(title_key(norm[t.start:t.end]))
        previous = t
    return out


def _field_date(value: str | None) -> str | None:
    """A record's date field (发布日期, 施行日期 of a disclosure page) as ISO, when it gives a whole day."""
    m = DATE_RE.search(normalize_name(value)) if value else None
    if m is None or (y := parts(m)[0]) is None:
        return None
    found = make_date(y, *parts(m)[1:])
    return found.isoformat() if found else None


@lru_cache(maxsize=4)
def _fallback_forms(forms: schemes.Matcher) -> tuple[schemes.Term | None, schemes.Term | None]:
    """纸质材料 and 原件, the forms a claim falls back on: looked up once, not item after item."""
    paper = next((t for t in forms.by_label.values() if t.pref_zh == "纸质材料"), None)
    original = next((t for t in forms.by_label.values() if t.pref_zh == "原件"), None)
    return paper, original


def _titles(text: str, norm: str, spans, clause: IssuerClause, body_start: int, own_elsewhere: bool = False) -> list[Title]:
    """Each title with its role; a short name (以下简称《意见》) and its later mentions stand for the
    title before it, so they add no document. A title the item only implements is its document,
    unless the item's own is not among them (``own_elsewhere``: untitled, 印发通知（号），按照《A》要求,
    or a whole document's, whose body implements A)."""
    out: list[Title] = []
    forwarded_done = False
    aliases: set[str] = set()
    parts: set[str] = set()  # titles read as parts of another: a forwarding title's list, a title's nested ones
    addressed = next((i for i, span in enumerate(spans) if ADDRESSED.match(norm, span.end + 1)), None)
    skip = -1
    basis = False  # the list being read is a basis (根据/按照《A》、《B》等要求), not a list the item carries out by name
    laws: list[int] = []  # the laws such a list acts on: its legal basis, cited
    for i, span in enumerate(spans):
        if i <= skip:
            continue
        key = title_key(norm[span.start:span.end])
        before = norm[max(body_start, span.start - 12):span.start - 1]
        role: TitleRole
        if out and ALIAS.search(before):
            aliases.add(key)
            continue
        if key in aliases or key in parts or _short_name(key, out) or any(t.key == key for t in out):
            continue  # a name for, a part of, or a mention again of a title already read
        if NEWS_SOURCE[0].search(before) and NEWS_SOURCE[1].match(norm, span.end + 1):
            continue  # a newspaper reporting, not a document
        if ARTICLE_NAMED[0].search(before) or ARTICLE_NAMED[1].match(norm, span.end + 1):
            continue  # an article, not a document
        if (heading := _heading(text, norm, spans, i)) is not None:
            skip, title = heading
            parts.update(title_key(norm[s.start:s.end]) for s in spans[i:skip + 1])
            out.append(title)
            if title.inner is None:  # 关于印发《A》的通知: the notice publishes A
                continue
            if addressed is not None:  # the body names the forwarded document whole: it is the target
                out[-1] = title = dataclasses.replace(title, inner=_title(text, norm, spans[addressed], "forwarded"))
            assert title.inner is not None
            parts.update([title.inner.key, *map(title_key, pieces(title.inner.norm))])
            forwarded_done = True
            if addressed is None:  # the other titles of the list are forwarded along with the first
                out.extend(_title(text, norm, s, "implemented") for s in spans[i + 1:skip + 1])
            continue
        listed = bool(out) and out[-1].role in LISTED_ROLES and LIST_JOIN.fullmatch(norm, out[-1].end + 1, span.start - 1) is not None
        basis = basis and listed
        if i == addressed:
            role = "forwarded"
            forwarded_done = True
        elif (clause.forwarded or clause.forwards or FORWARDS.search(before)) and not forwarded_done:
            role = "forwarded"  # 转发《A》, also after the item's own words (某厅印发通知，转发《A》)
            forwarded_done = True
        elif listed:
            role = LISTED_ROLES[out[-1].role]  # 根据《A》、《B》和《C》等文件: the whole list is the basis, not issued
        elif any(t.role == "main" for t in out) and SAYS.match(norm, span.end + 1):
            role = "cited"  # 印发《A》，明确…。《电子签名法》规定…: a document A's item quotes
        else:
            role = _role(before, norm, span, _list_end(norm, spans, i))
            basis = IMPLEMENTS.search(before) is None and (ACTS_ON.search(before) or CITES.search(before)) is not None
        out.append(title := _title(text, norm, span, role))
        parts.update(title_key(p) for p in pieces(title.norm))
        if basis and role == "implemented" and STATUTE.search(title.norm):
            laws.append(len(out) - 1)
    if out and all(t.role == "implemented" for t in out) and not own_elsewhere:
        out[-1] = _with_role(out[-1], "main")
    elif out and all(t.role in {"implemented", "cited"} for t in out) and ARTICLE.match(norm, out[0].end + 1):
        out[0] = _with_role(out[0], "main")  # 新修订《X法》第三十七条规定…: the item is about X
    # 根据《A法》、《B办法》等要求: B's demands are carried out, the law A is the legal basis
    return [_with_role(t, "cited") if i in laws and t.role == "implemented" else t for i, t in enumerate(out)]


def _list_last(norm: str, spans: list[TitleSpan], i: int) -> int:
    """The index of the last title of the list opening at ``spans[i]`` (《A》、《B》和《C》等: C's)."""
    last = i
    while last + 1 < len(spans) and LIST_JOIN.fullmatch(norm, spans[last].end + 1, spans[last + 1].start - 1):
        last += 1
    return last


def _list_end(norm: str, spans: list[TitleSpan], i: int) -> int:
    """Where the list of titles opening at ``spans[i]`` ends (《A》、《B》和《C》等要求: after C)."""
    return spans[_list_last(norm, spans, i)].end


def _short_name(key: str, earlier: list[Title]) -> bool:
    """《办法》, 《管理办法》: the end of a title named before it is that title's short name (国务院印发
    《电子印章管理办法》…就《办法》答记者问), never a document of its own."""
    return len(key) <= SHORT_NAME_MAX and any(
        t.key != key and TRAILING_BRACKETS.sub("", t.key).endswith(key) for t in earlier)  # 《X行动方案(试行)》


def _standing_for(titles: list[Title], about: str) -> list[Title]:
    """A short name (《规划》) of the document the page interprets (甲省数字政府建设总体规划) is that document."""
    full = _field_title(about, None)
    return [dataclasses.replace(full, start=t.start, end=t.end, role=t.role) if _short_name(t.key, [full]) else t
            for t in titles]


def _heading(text: str, norm: str, spans: list[TitleSpan], i: int) -> tuple[int, Title] | None:
    """A notice's own title written as a line without outer 《》 (某局关于印发《A》的通知, 白水县人民政府
    办公室转发《A》《B》和《C》的通知, 关于转发《X》的通知): the index of its last listed title, and the
    notice's title (which forwards or publishes the first)."""
    span = spans[i]
    verb = HEADING_VERB.search(norm, 0, span.start - 1)
    if verb is None:
        return None
    by = HEADING_BY.search(norm, 0, verb.start())
    last = _list_last(norm, spans, i)
    after = NOTICE_AFTER.match(norm, spans[last].end + 1)
    if by is None or after is None:
        return None
    start, end = by.start(), after.end()
    while end > start and norm[end - 1].isspace():
        end -= 1
    t_norm, verbatim = norm[start:end], text[start:end]
    form = doc_form(t_norm, schemes.doctypes())
    return last, Title(verbatim, title_key(t_norm), t_norm, form, start, end, "main",
                       inner=_inner(form, t_norm, verbatim))


def _role(before: str, norm: str, span: TitleSpan, list_end: int) -> TitleRole:
    """What a title is to its item from the words around it (and after the list it opens): 贯彻落实《A》,
    按照《A》 or 根据《A》要求 implemented; 依据《A》, 按照《A法》, 根据《A》等有关规定, 符合《A》等要求 or
    《A》第十四条 cited, like 为配合《A》, 结合《A》精神 and 包括《A》在内; 审议通过《A》 approved; else the item's own document."""
    end = span.end
    if IMPLEMENTS.search(before):
        return "implemented"
    if ACTS_ON.search(before):
        law = LAW.search(norm, span.start, end) is not None
        return "cited" if law or PROVISIONS.match(norm, list_end + 1) else "implemented"
    if CITES.search(before):
        demands = REQUIREMENTS.match(norm, list_end + 1)
        weighed = demands is not None and demands.group().endswith("精神") and WEIGHS.search(before) is not None
        return "implemented" if demands and not weighed and not CONFORMS.search(before) else "cited"
    if ARTICLE.match(norm, end + 1) or (AMONG[0].search(before) and AMONG[1].match(norm, list_end + 1)):
        return "cited"
    if PUBLICATION.match(norm, end + 1):
        return "cited"
    if life.repealed_in_text(before, norm, end):
        return "repealed"
    if kinds.approved(before):
        return "approved"
    return "main"


# 以工业和信息化部令第1号公布《X》: a number written before the title its clause issues.
_NUMBER_BEFORE = re.compile(markers.BY_ORDER + r"\s*《$")


def _title(text: str, norm: str, span: TitleSpan, role: TitleRole) -> Title:
    """The title in ``span``, with the document number written right after it, if any."""
    t_norm = one_line(norm[span.start:span.end])  # a title broken over two lines is one title
    verbatim = one_line(text[span.start:span.end])
    reach = _number_reach(norm, span.end)
    number = DOC_NUMBER.search(norm, span.end + 1, reach) if _has_number_end(norm, span.end, reach) else None
    near = number and not NUMBER_CUT.search(norm, span.end + 1, number.start()) and not BASIS_NUMBER.match(norm, number.start())
    at = number.span() if number and near else None
    if at is None and role == "main" and norm.find("号", max(0, span.start - 12), span.start) >= 0 and (
            before := _NUMBER_BEFORE.search(norm, max(0, span.start - 40), span.start)):
        at = before.span("number")  # 以甲部令第1号公布《X》: the order X is issued by
    form = doc_form(t_norm, schemes.doctypes())
    return Title(t_norm if verbatim == t_norm else verbatim,  # one object when equal: pickled once
                 title_key(t_norm), t_norm, form, span.start, span.end, role,
                 text[at[0]:at[1]] if at else None, _inner(form, t_norm, verbatim),
                 _changes(t_norm, verbatim), life.status(t_norm, norm, span if role == "main" else None))


def _changes(t_norm: str, verbatim: str) -> tuple[life.Change, Title] | None:
    """关于修改〈X〉的决定 amends X, 关于废止〈X〉的决定 repeals it: X cut from the verbatim title."""
    found = life.changed_by_title(title_key(t_norm).replace("《", "〈").replace("》", "〉"))
    if found is None:
        return None
    relation, inner = found
    at = t_norm.find(inner)
    inner_verbatim = verbatim[at:at + len(inner)] if at >= 0 else inner
    return relation, Title(inner_verbatim, title_key(inner), inner, doc_form(inner, schemes.doctypes()), 0, 0, relation)


def _inner(form: DocForm, t_norm: str, verbatim: str) -> Title | None:
    """The title a 关于转发〈X〉的通知 forwards, cut from the verbatim title where it stands."""
    if not form.forwards:
        return None
    at = t_norm.find(form.forwards)
    inner_verbatim = verbatim[at:at + len(form.forwards)] if at >= 0 else form.forwards
    return Title(inner_verbatim, title_key(form.forwards), form.forwards, doc_form(form.forwards, schemes.doctypes()),
                 0, 0, "forwarded")


def _issuers_in_forwarded(titles: list[Title], clause: IssuerClause, regions: RegionIndex) -> list[Mention]:
    """``转发《省财政厅关于…的通知》``: the forwarded document's issuer opens its title, read in the
    forwarding body's region."""
    context = clause.issuers[0].agency.region if clause.issuers else None
    for t in titles:
        forwarded = t if t.role == "forwarded" else t.inner
        if forwarded is not None:
            head = t.form.forwards_by or (forwarded.norm.split("关于", 1)[0] if "关于" in forwarded.norm else "")
            found = parse_issuers(head, regions, context) if head else None
            return found.issuers if found and found.end == len(head) else []
    return []


def _number_reach(norm: str, title_end: int) -> int:
    """How far after a title its number may stand: 40 characters after the spaces that follow it (a
    Markdown link's address, blanked), or to the end of the remark in brackets right after it,
    however many bodies it lists before the number (（甲部 乙局 丙局令第5号）)."""
    remark = REMARK_OPENS.match(norm, title_end)
    close = norm.find(")", remark.end(), title_end + REMARK_MAX) if remark else -1
    gap = TITLE_GAP.match(norm, title_end)
    return max(close, (gap.end() if gap else title_end) + 40)


def _has_number_end(norm: str, title_end: int, reach: int) -> bool:
    """A document number ends with 号: without one near the title, DOC_NUMBER's costly search is skipped."""
    return norm.find("号", title_end + 1, reach) >= 0


# 某厅印发通知（川建质安函〔2022〕2628号），…: a document issued with its number but no title of its own
UNTITLED = re.compile(rf"\s*(?:联合)?(?:印发|发布|下发|出台|制发)了?\s*(?P<form>通知|意见|通告|公告|决定|办法|方案)"
                      rf"\s*\(\s*(?P<number>{DOC_NUMBER.pattern})\s*\)")


def _untitled(text: str, norm: str, at: int) -> Title | None:
    """The document an issuer issues at ``at`` naming only its form and number: a title derived from
    them (its number is what identifies it; without one it is no document of its own)."""
    m = UNTITLED.match(norm, at)
    if m is None:
        return None
    number = one_line(text[m.start("number"):m.end("number")])
    verbatim = f"{m.group('form')}（{number}）"
    return Title(verbatim, title_key(verbatim), verbatim, doc_form(m.group("form"), schemes.doctypes()),
                 m.start("form"), m.end("form"), "main", number, derived=True)


def _field_title(title: str, number: str | None, status: str | None = None) -> Title:
    """A record's title, with the document it forwards when it is a 关于转发〈X〉的通知; ``status`` is a
    header's 时效性 value (现行有效, 已废止), or the title's own (征求意见稿)."""
    verbatim = title.strip().strip("《》")
    t_norm = normalize_name(verbatim)
    form = doc_form(t_norm, schemes.doctypes())
    return Title(verbatim, title_key(t_norm), t_norm, form, 0, 0, "main", number, _inner(form, t_norm, verbatim),
                 status=life.status(t_norm, "", None) or life.status_of(status))


def _with_status(titles: list[Title], title: str, status: str) -> list[Title]:
    """A record's status cell (时效性, 有效性: 有效, 已失效) is its own document's, written in its text or not."""
    key = title_key(normalize_name(title.strip().strip("《》")))
    return [dataclasses.replace(t, status=status) if t.role == "main" and t.key == key and t.status is None else t
            for t in titles]


def _draft_opened(t: Title) -> Title:
    """A consultation notice's title (关于公开征求《X》意见的公告) gives way to the draft X it opens for
    comment, cut from where it stands in the notice's title."""
    draft = life.consulted(t.norm)
    if draft is None:
        return t
    at = t.norm.find(draft)
    verbatim = t.verbatim[at:at + len(draft)] if len(t.verbatim) == len(t.norm) else draft
    start = t.start + at if t.end else 0
    return dataclasses.replace(t, verbatim=verbatim, key=title_key(draft), norm=draft,
                               form=doc_form(draft, schemes.doctypes()), start=start, end=start + len(draft) if t.end else 0,
                               number=None, inner=None, status="draft-for-comment")


def _with_number(titles: list[Title], number: str) -> list[Title]:
    """A record's number field (发文字号 of a disclosure page) is its main document's, if the text gives none."""
    main = next((i for i, t in enumerate(titles) if t.role == "main"), None)
    if main is None or titles[main].number:
        return titles
    return [dataclasses.replace(t, number=number.strip()) if i == main else t for i, t in enumerate(titles)]


def _with_role(t: Title, role: TitleRole) -> Title:
    return dataclasses.replace(t, role=role)


def _speakers(norm: str, regions: RegionIndex) -> list[Mention]:
    """A statement's actor: the body whose official speaks, wherever the item names it."""
    body = kinds.speaker(norm)
    clause = parse_issuers(body, regions) if body else None
    return clause.issuers if clause and clause.end == len(body or "") else []


def _issuers_after_reference(norm: str, titles: list[Title], regions: RegionIndex, problems: list[str]) -> list[Mention]:
    """``为贯彻落实《A》，B省政府印发《C》``: the issuer stands between the cited title and the main one."""
    for before, main in zip(titles, titles[1:]):
        if main.role == "main" and before.role in {"implemented", "cited"}:
            clause = parse_issuers(norm[before.end + 1:main.start - 1].lstrip("，,、：: )"), regions)
            problems.extend(clause.problems)
            return clause.issuers
    return []


def _issuers_after_you(norm: str, titles: list[Title], regions: RegionIndex, problems: list[str]) -> list[Mention]:
    """``《A》由B印发``, ``《A》已于…由B会议通过``, ``《A》(2003年12月17日B印发)``: the issuer (or the
    session's body) written after the title."""
    main = next((t for t in titles if t.role in {"main", "approved"} and t.end), None)
    if main is None:
        return []
    if m := ISSUED_BY.match(norm, main.end):
        clause = parse_issuers(norm[m.end():], regions)
    elif m := NOTE_OPENS.match(norm, main.end):  # 《A》(2003年12月17日B印发): a note under the title
        clause = parse_issuers(norm[m.end():], regions)
        if not NOTE_CLOSES.match(norm, m.end() + clause.end):
            return []
    else:
        return []
    problems.extend(clause.problems)
    return clause.issuers


def _meeting_body(norm: str, regions: RegionIndex, problems: list[str]) -> list[Mention]:
    """``李克强主持召开国务院常务会议``, ``…已于2021年12月27日由某院审判委员会第N次会议通过``: a meeting
    whose head names no body is that of the body whose meeting it is (written before the session's
    number and name)."""
    if m := MEETING_OF.search(norm):
        clause = parse_issuers(m.group("body"), regions)
        whole = clause.end == len(m.group("body"))
    elif m := markers.ADOPTED_RE.search(norm):
        clause = parse_issuers(m.group("by"), regions)
        whole = True
    else:
        return []
    if not clause.issuers or not whole:
        return []
    problems.extend(clause.problems)
    return clause.issuers


def _issuer_in_title(titles: list[Title], regions: RegionIndex) -> list[Mention]:
    """《福建省人民政府关于…的意见》: the bodies that open the main title (or the document it wraps)
    before 关于 are its issuers."""
    main = next((t for t in titles if t.role in {"main", "approved"}), None)
    if main is None:
        return []
    for candidate in dict.fromkeys((main.norm, main.form.wrapped or main.norm)):
        head = ABOUT.sub("", candidate)
        clause = parse_issuers(head, regions)
        if clause.issuers and not all(m.inferred for m in clause.issuers):
            return clause.issuers  # 《工业和信息化部 国家标准化管理委员会关于…》: each joint issuer
    return []


def _order_issuers(titles: list[Title], norm: str, spans: list[TitleSpan], regions: RegionIndex,
                   place: str | None) -> list[Mention]:
    """《甲办法》以市政府令第21号公布: a document numbered as a body's order is that body's, named in the
    order's name (市政府 of 市政府令第21号, of the item's region when written without one)."""
    main = next((t for t in titles if t.role == "main" and t.number), None)
    m = JOINT_ORDER.fullmatch(normalize_name(main.number)) if main is not None and main.number else None
    if m is None:
        return []
    clause = _head_issuers(m.group("by"), norm, spans, regions, place)
    return clause.issuers if clause.end == len(m.group("by")) else []


def _own_issuers(norm: str, titles: list[Title], issuers: list[Mention], regions: RegionIndex,
                 problems: list[str], head_end: int) -> list[Title]:
    """``甲局印发《A》；乙部发布《B》``, or two briefs run together: a document after the item's first
    sentence or title whose own clause opens with a body and an action (乙部发布, 最高人民法院17日发布,
    人社部组织编写了) is that body's, not the item's issuer's; one whose clause opens with a kind of
    body (人社部门印发) has none."""
    context = next((m.agency.region for m in issuers if m.agency.region and m.agency.region != COUNTRY_CODE), None)
    out: list[Title] = []
    for t in titles:
        if (out or t.start > head_end) and t.role == "main" and t.end:
            own = _clause_issuers(norm, max(out[-1].end + 1 if out else 0, _clause_start(norm, t.start - 1)), t.start - 1,
                                  regions, context or _local_region(regions, t.norm))
            if own and [m.agency for m in own.issuers] != [m.agency for m in issuers]:
                problems.extend(own.problems)
                t = dataclasses.replace(t, issuers=tuple(own.issuers))
            elif own is None and GENERIC_SUBJECT.fullmatch(norm, _clause_start(norm, t.start - 1), t.start - 1):
                t = dataclasses.replace(t, issuers=())
        elif not issuers and t.role == "main" and t.end and (again := norm.find(f"《{t.norm}》", t.end)) > 0:
            # 《X》六项标准实施 (a headline) … A、B联合发布《X》: the title named again after its issuer
            own = _clause_issuers(norm, _clause_start(norm, again), again, regions, _local_region(regions, t.norm))
            if own:
                problems.extend(own.problems)
                t = dataclasses.replace(t, issuers=tuple(own.issuers))
        out.append(t)
    return out


def _issued_here(norm: str, title: Title) -> bool:
    """The clause naming ``title`` says it is issued (某局近日印发《X》), not only what X does."""
    return title.end > 0 and markers.ACTION_RE.search(norm, _clause_start(norm, title.start - 1), title.start) is not None


def _region_field(regions: RegionIndex, value: str | None) -> str | None:
    """The region a record's region cell names whole, at its most specific (江苏省南通市通州区 → that
    通州区): where its bodies written without their city are (通州区人民政府办公室)."""
    found = regions.match_at(normalize_name(value)) if value else None
    return found[0] if found is not None and found[1] == len(normalize_name(value or "")) else None


def _local_region(regions: RegionIndex, text: str) -> str | None:
    """The first region below 中国 that ``text`` names, if any."""
    code = regions.find(text)
    return code if code != COUNTRY_CODE else None


def _clause_start(norm: str, end: int) -> int:
    """Where the clause ending at ``end`` starts: after the last stop, comma or paragraph break before it."""
    return max((at + len(mark) for mark in CLAUSE_BREAKS if (at := norm.rfind(mark, 0, end)) >= 0), default=0)


def _clause_issuers(norm: str, start: int, end: int, regions: RegionIndex, context: str | None) -> IssuerClause | None:
    """The bodies a clause opens with (after its date or 据…消息), when only an action follows them."""
    clause_text = "".join(ch for i, ch in enumerate(norm[start:end]) if not (ch == "\n" and _between_words(norm, start + i)))
    body = clause_text[markers.body_start(clause_text):]
    found = parse_issuers(body, regions, context)
    if found.issuers and OWN_ACTION.fullmatch(body, found.end):
        return found
    return None


def _joint_order_numbers(titles: list[Title], issuers: list[Mention]) -> list[Title]:
    """甲部 乙局 丙局令第5号, an order several bodies sign: its number is 令第5号, the name run into 令
    being its last signatory's, not the number's (丙局令第5号 is an order of 丙局 alone)."""
    last = normalize_name(issuers[-1].surface)
    out = []
    for t in titles:
        m = JOINT_ORDER.fullmatch(t.number) if t.number and t.role == "main" else None
        if m and normalize_name(m.group("by")) == last:
            t = dataclasses.replace(t, number=m.group("number"))
        out.append(t)
    return out


def _presumed_issuers(titles: list[Title], regions: RegionIndex) -> list[Mention]:
    """When no body is named: the one a document number's prefix stands for (国办发〔2022〕3号 → 国办),
    else the government of the region its title names (《宁夏回族自治区…计划》). A
    guess, kept apart from the issuers: the corpus and the users' queries count only bodies named."""
    for t in titles:
        if t.role == "main" and t.number:
            prefix = NUMBER_TAIL.sub("", normalize_name(t.number))
            clause = parse_issuers(prefix, regions)
            if clause.issuers and clause.end == len(prefix):
                return clause.issuers
    main = next((t for t in titles if t.role in {"main", "approved"}), None)
    if main is None:
        return []
    code = regions.find(main.form.wrapped or main.norm)
    if code and code != COUNTRY_CODE:
        body = government(regions, code)
        return [Mention(body, body.name)]  # no surface form: the body's name was never written
    return []


# 全国统一的电子营业执照系统上线: what is nationwide, told without a body or a place, is the country's.
NATIONWIDE = re.compile(r"全国(?:统一|范围内|通用)")


def _region(issuers: list[Mention], titles: list[Title], norm: str, regions: RegionIndex, given: str | None) -> str | None:
    """The jurisdiction: from the issuer first, then the title, then the text."""
    if given:
        found = regions.find(normalize_name(given))
        if found:
            return found
    if issuers and issuers[0].agency.region:
        return issuers[0].agency.region
    for t in titles:
        if t.role in {"main", "approved"} and (code := regions.find(t.norm)):
            return code
    return regions.find(norm) or (COUNTRY_CODE if NATIONWIDE.search(norm) else None)


def _provinces(issuers: list[Mention], regions: RegionIndex) -> set[str]:
    """The provinces of the local bodies among ``issuers``."""
    return {regions.chain(m.agency.region)[-2].code for m in issuers
            if m.agency.region and m.agency.region != COUNTRY_CODE}


def _not_own(titles: list[Title], kind: str) -> list[Title]:
    """The titles a document names without being them (cited, implemented, repealed): their words
    are not its subjects. An activity is about every document it reports, so none is left out."""
    return [t for t in titles if t.role in OTHERS] if kind == "document" else []


def _own_claims(found: list[Equivalence], norm: str, titles: list[Title], kind: str) -> list[Equivalence]:
    """A claim quoted from a document the item only cites (某局印发《Y》。《X法》第八条规定“…具有同等效力”)
    is X's, not the item's: the claim belongs to the document whose sentence makes it."""
    others = [t.start for t in _not_own(titles, kind)]
    if not others:
        return found
    out = []
    for eq in found:
        sentence = norm[eq.sentence_start:]
        start = eq.sentence_start + len(sentence) - len(sentence.lstrip())
        if not (says(norm[start:]) and any(start < at <= start + 7 for at in others)):
            out.append(eq)
    return out


def _about_one(norm: str, titles: list[Title]) -> list[tuple[int, int, Title]]:
    """The sentences about one of several documents the item issues (其中甲办法…), with that document."""
    mains = sorted((t for t in titles if t.role == "main" and t.end), key=lambda t: t.start)
    return [(a, b, mains[i]) for a, b, i in referred.about_one(norm, [t.norm for t in mains])]


def _cited_by(titles: list[Title], about: list[tuple[int, int, Title]]) -> list[Title]:
    """A title cited in a sentence about one of the item's documents (其中甲办法根据《C》制定) is that one's."""
    if not about:
        return titles
    return [next((dataclasses.replace(t, cited_by=one.key) for a, b, one in about if a <= t.start < b), t)
            if t.role == "cited" else t for t in titles]


def _own_concepts(norm: str, titles: list[Title], about: list[tuple[int, int, Title]]) -> list[Title]:
    """Each of several documents an item issues is about its own text: from where its own clause
    opens (甲局印发《A》。乙部发布《B》: B's from 乙部), or its sentence when it stands in a later one than
    the document before it, up to the next one's, with its own title and not the others'; a concept the
    text shared by a list of them (印发《A电子印章办法》《B电子证照办法》，规范电子印章管理) names goes to
    those whose titles name it, when some do. A list holding a notice's own title (《关于印发A》《B的通知》)
    is that notice's: about all it names, as the item is; a sentence ``about`` one of them (其中甲办法…)
    is that one's."""
    mains = sorted((t for t in titles if t.role == "main" and t.end), key=lambda t: t.start)
    if len(mains) < 2 and not any(t.issuers is not None for t in mains):
        return titles
    matcher = schemes.concepts()
    cuts = {0, len(norm), *(p for a, b, _ in about for p in (a, b))}
    for i, t in enumerate(mains):
        if t.issuers is not None:
            cuts.add(_clause_start(norm, t.start - 1))
        elif i and (stops := [m.end() for m in SENTENCE_END.finditer(norm, mains[i - 1].end, t.start)]):
            cuts.add(stops[-1])
    bounds = sorted(cuts)
    own: dict[str, tuple[schemes.Term, ...]] = {}
    for a, b in zip(bounds, bounds[1:]):
        one = next((t for start, end, t in about if start <= a < end), None)  # 其中甲办法…: that document's text
        group = [one] if one else [t for t in mains if a <= t.start < b]
        if len(group) > 1 and any(t.form.wrapped for t in group):
            continue
        shared = matcher.terms_in(_mask_titles(" " * a + norm[a:b] + " " * (len(norm) - b), titles))
        named = {t.key: matcher.terms_in(t.norm) for t in group}
        for t in group:
            by_title = [c for c in shared if len(group) == 1 or c in named[t.key] or not any(c in n for n in named.values())]
            own[t.key] = tuple(dict.fromkeys([*own.get(t.key, ()), *named[t.key], *by_title]))
    return [dataclasses.replace(t, concepts=own[t.key]) if t.key in own else t for t in titles]


def _mask_names(norm: str, issuers: list[Mention], titles: list[Title]) -> str:
    """The text with the names of the bodies that issue or act blanked (same length): a body's name is
    no subject (国家电子文件管理部际联席会议办公室 does not make a document about 电子文件). A title's
    words stay, a body read from a title (国务院关于…) included."""
    surfaces = {m.surface for m in issuers} | {m.surface for t in titles if t.issuers for m in t.issuers}
    spans = [(t.start, t.end) for t in titles if t.end]
    for surface in sorted(filter(None, surfaces), key=len, reverse=True):
        at = norm.find(surface)  # str.find, not a regex per name: a new pattern each item thrashes re's cache
        while at >= 0:
            end = at + len(surface)
            if not any(a < end and at < b for a, b in spans):
                norm = norm[:at] + " " * len(surface) + norm[end:]
            at = norm.find(surface, end)
    return norm


def _mask_titles(norm: str, titles: list[Title]) -> str:
    """The text with titles blanked (same length), so that a title's words are not read as a claim."""
    for t in titles:
        if t.end > t.start:
            norm = norm[:t.start] + " " * (t.end - t.start) + norm[t.end:]
    return norm


def _label(text: str, body_start: int) -> str:
    """A short label for items that are not documents: their first clause."""
    body = text[body_start:].strip()
    m = CLAUSE_END.search(body)
    first = body[:m.start()] if m else body
    return first if len(first) <= 80 else first[:79] + "…"
