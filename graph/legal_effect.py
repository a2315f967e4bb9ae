"""Legal-effect level (效力级别) of a policy, by ordered rules as Chinese legal databases classify.

Rules, first that fires: the document number (主席令, 国务院令, 法释 …), then the issuer's type
× the document form (a provincial 人大常委会's 条例 is a 地方性法规), then a fallback by the
issuer's tier. Each result names the rule that decided and a confidence, and lists the
combinations that cannot be right (a 条例 from a 局) instead of hiding them. The effect is the
slug of a concept in ontology/legal-effect.ttl. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Literal, Sequence

from graph.gazetteer.agencies import LEVELS, Level

HIGH, MEDIUM, LOW = "high", "medium", "low"


@dataclass(frozen=True)
class Issuer:
    name: str  # canonical zh name, without the 中华人民共和国 prefix
    level: Level | Literal[""]  # "": a body whose region is not known


@dataclass(frozen=True)
class LegalEffect:
    effect: str
    rule: str
    confidence: str
    problems: tuple[str, ...] = ()


# ---------------------------------------------------------------- issuer types

NPC = "npc"
LOCAL_CONGRESS = "local-congress"
STATE_COUNCIL = "state-council"
STATE_COUNCIL_OFFICE = "state-council-office"
SUPREME_COURT = "supreme-court"
SUPREME_PROCURATORATE = "supreme-procuratorate"
LOCAL_JUDICIAL = "local-judicial"
SUPERVISION = "supervision-commission"
PARTY = "party"
GOVERNMENT = "government"
GOVERNMENT_OFFICE = "government-office"
MINISTRY = "ministry"
MINISTRY_OFFICE = "ministry-office"
LOCAL_DEPARTMENT = "local-department"
ASSOCIATION = "association"
OTHER = "other"

PARTY_ENDINGS = ("党委", "党组", "省委", "市委", "县委", "区委", "州委", "纪委")
GOVERNMENT_OFFICE_ENDINGS = ("人民政府办公厅", "人民政府办公室", "政府办公厅", "政府办公室")
ASSOCIATION_ENDINGS = ("协会", "学会", "联合会", "商会")
# 国务院部门 that may make 部门规章 (立法法 art. 91): 部, 委员会, 人民银行, 审计署, 直属机构 (总局, 局, 署),
# and bodies such as 国家互联网信息办公室.
MINISTRY_ENDINGS = ("部", "委员会", "委", "总局", "总署", "署", "银行", "局", "办公室")
LOCAL_DEPARTMENT_ENDINGS = ("厅", "局", "委员会", "委", "办公室", "办")


def issuer_type(issuer: Issuer) -> str:
    """The kind of body, read from the canonical name's ending and the tier."""
    name = issuer.name.removeprefix("中华人民共和国")
    if name in ("国务院", "中央人民政府"):
        return STATE_COUNCIL
    if name == "国务院办公厅":
        return STATE_COUNCIL_OFFICE
    if name.startswith(("中国共产党", "中共", "中央")) or name.endswith(PARTY_ENDINGS):
        return PARTY
    if "人民代表大会" in name or "人大" in name:
        return NPC if name.startswith("全国") else LOCAL_CONGRESS
    if name.startswith("最高人民法院"):
        return SUPREME_COURT
    if name.startswith("最高人民检察院"):
        return SUPREME_PROCURATORATE
    if name.endswith(("人民法院", "人民检察院")):
        return LOCAL_JUDICIAL
    if name.startswith("国家监察委员会"):
        return SUPERVISION
    if name.endswith(GOVERNMENT_OFFICE_ENDINGS):
        return GOVERNMENT_OFFICE
    if name.endswith("政府"):
        return GOVERNMENT
    if name.endswith(ASSOCIATION_ENDINGS):
        return ASSOCIATION
    if issuer.level == "national":
        if name.endswith("办公厅"):
            return MINISTRY_OFFICE
        return MINISTRY if name.endswith(MINISTRY_ENDINGS) else OTHER
    return LOCAL_DEPARTMENT if name.endswith(LOCAL_DEPARTMENT_ENDINGS) else OTHER


def lead_issuer(issuers: Sequence[Issuer]) -> Issuer | None:
    """The first issuer of a recognised type (joint documents take the lead body's level), else the first."""
    typed = [i for i in issuers if issuer_type(i) != OTHER]
    found = typed or list(issuers)
    return found[0] if found else None


# ---------------------------------------------------------------- rule 1: document number


@dataclass(frozen=True)
class NumberRule:
    rule: str
    pattern: re.Pattern[str]
    effect: str
    issuer_types: frozenset[str]  # who can issue under this kind of number
    levels: frozenset[str] = frozenset(LEVELS.values())


NUMBER_RULES: tuple[NumberRule, ...] = (
    NumberRule("number:presidential-order", re.compile("主席令"), "law", frozenset({NPC})),
    NumberRule("number:state-council-decree", re.compile("国务院令"), "administrative-regulation",
               frozenset({STATE_COUNCIL})),
    NumberRule("number:government-decree", re.compile("政府令|府令"), "local-government-rules",
               frozenset({GOVERNMENT}), frozenset({"provincial", "municipal"})),
    NumberRule("number:npc-announcement", re.compile("全国人(大常委会|民代表大会常务委员会)公告"), "law",
               frozenset({NPC})),
    NumberRule("number:congress-announcement", re.compile("(人大常委会|人民代表大会常务委员会)公告"),
               "local-regulation", frozenset({LOCAL_CONGRESS}), frozenset({"provincial", "municipal"})),
    NumberRule("number:judicial-interpretation", re.compile("^法释|高检发释字"), "judicial-interpretation",
               frozenset({SUPREME_COURT, SUPREME_PROCURATORATE})),
    NumberRule("number:court-document", re.compile("^法发"), "judicial-document", frozenset({SUPREME_COURT})),
    NumberRule("number:state-council-document", re.compile("^国(发|函|办发|办函)"),
               "state-council-normative-document", frozenset({STATE_COUNCIL, STATE_COUNCIL_OFFICE})),
    NumberRule("number:party-document", re.compile("^中(发|办发)"), "party-normative-document",
               frozenset({PARTY})),
    NumberRule("number:ministry-decree", re.compile("令"), "departmental-rules", frozenset({MINISTRY})),
)


def _by_number(number: str, lead: Issuer | None) -> LegalEffect | None:
    compact = re.sub(r"\s+", "", number)
    for rule in NUMBER_RULES:
        if not rule.pattern.search(compact):
            continue
        problems: tuple[str, ...] = ()
        if lead is not None and (issuer_type(lead) not in rule.issuer_types or lead.level not in rule.levels):
            problems = (f"document number {number} makes it {rule.effect}, which {lead.name} "
                        f"({lead.level} {issuer_type(lead)}) cannot issue",)
        return LegalEffect(rule.effect, rule.rule, LOW if problems else HIGH, problems)
    return None


# ---------------------------------------------------------------- rule 2: issuer type × form

REGULATION_FORMS = ("条例",)
RULE_FORMS = ("规定", "办法", "规则", "细则")  # 规章 are named so, never 条例 (规章制定程序条例 art. 7)
LOCAL_REGULATION_FORMS = REGULATION_FORMS + RULE_FORMS + ("决定",)
JUDICIAL_FORMS = ("解释", "规定", "规则", "批复", "决定")  # 最高人民法院关于司法解释工作的规定 art. 6
PARTY_REGULATION_FORMS = ("党章", "准则", "条例", "规定", "办法", "规则", "细则")  # 党内法规制定条例 art. 5


def _is(form: str | None, family: tuple[str, ...]) -> bool:
    """Suffix test, so narrower forms (实施细则, 暂行办法) count as their family."""
    return form is not None and form.endswith(family)


def _amends_or_repeals(form: str | None, title: str) -> bool:
    """关于修改/废止〈…〉的决定: rules are amended and repealed only by rules (by 令), so such a
    decision shares the level of a rule even when no number is given."""
    return _is(form, ("决定",)) and re.search("修改|废止", title) is not None


def _misnamed_regulation(issuer: Issuer, effect: str) -> LegalEffect:
    """A 条例 said to come from a body that cannot make one: most likely the body only published it."""
    problem = (f"{issuer.name} ({issuer.level} {issuer_type(issuer)}) cannot issue a 条例: "
               "条例 are made by the State Council or a people's congress, and rules may not be named 条例")
    return LegalEffect(effect, "issuer-form:regulation-from-department", LOW, (problem,))


def _npc(issuer: Issuer, form: str | None, title: str) -> LegalEffect:
    if form == "法":
        return LegalEffect("law", "issuer-form:npc-law", HIGH)
    return LegalEffect("law", "issuer-form:npc-decision", MEDIUM)


def _local_congress(issuer: Issuer, form: str | None, title: str) -> LegalEffect:
    if "自治条例" in title or "单行条例" in title:
        return LegalEffect("autonomous-regulation", "issuer-form:autonomous-regulation", HIGH)
    if not _is(form, LOCAL_REGULATION_FORMS):
        return LegalEffect("local-normative-document", "issuer-form:local-congress-document", MEDIUM)
    if issuer.level == "county":
        problem = f"{issuer.name} is a county-level congress, which cannot make a 地方性法规"
        return LegalEffect("local-normative-document", "issuer-form:local-congress-regulation", LOW, (problem,))
    if "经济特区" in title:
        return LegalEffect("sez-regulation", "issuer-form:sez-regulation", HIGH)
    confidence = HIGH if _is(form, REGULATION_FORMS) else MEDIUM
    return LegalEffect("local-regulation", "issuer-form:local-congress-regulation", confidence)


def _state_council(issuer: Issuer, form: str | None, title: str) -> LegalEffect:
    if _is(form, REGULATION_FORMS):
        return LegalEffect("administrative-regulation", "issuer-form:state-council-regulation", HIGH)
    if _is(form, RULE_FORMS):  # 行政法规 may be named 规定/办法, but so are some 国发 documents
        return LegalEffect("administrative-regulation", "issuer-form:state-council-regulation", MEDIUM)
    return LegalEffect("state-council-normative-document", "issuer-form:state-council-document", HIGH)


def _supreme_judicial(issuer: Issuer, form: str | None, title: str) -> LegalEffect:
    if _is(form, JUDICIAL_FORMS):  # medium: only 法释/高检发释字 proves a 司法解释
        return LegalEffect("judicial-interpretation", "issuer-form:supreme-judicial-interpretation", MEDIUM)
    return LegalEffect("judicial-document", "issuer-form:supreme-judicial-document", MEDIUM)


def _local_judicial(issuer: Issuer, form: str | None, title: str) -> LegalEffect:
    problems: tuple[str, ...] = ()
    if _is(form, ("解释",)):
        problems = (f"{issuer.name} cannot issue a 司法解释: only the Supreme People's Court "
                    "and the Supreme People's Procuratorate can",)
    return LegalEffect("judicial-document", "issuer-form:local-judicial-document",
                       LOW if problems else MEDIUM, problems)


def _supervision(issuer: Issuer, form: str | None, title: str) -> LegalEffect:
    if _is(form, REGULATION_FORMS + RULE_FORMS):
        return LegalEffect("supervisory-regulation", "issuer-form:supervisory-regulation", MEDIUM)
    return LegalEffect("normative-document", "issuer-form:supervision-document", LOW)


def _party(issuer: Issuer, form: str | None, title: str) -> LegalEffect:
    if _is(form, PARTY_REGULATION_FORMS):
        return LegalEffect("party-regulation", "issuer-form:party-regulation", MEDIUM)
    return LegalEffect("party-normative-document", "issuer-form:party-document", MEDIUM)


@dataclass(frozen=True)
class _Executive:
    """The documents of an executive body that does not make 条例: what a 条例 from it would claim
    to be, what its ordinary documents are, and, when it can make rules (规章), which effect."""

    regulation: str  # the level a 条例 from this body would claim
    effect: str  # its ordinary documents
    rule: str
    rules: str | None = None  # effect of its rules; then ``name`` spells their rule names
    name: str = ""
    amending_levels: tuple[str, ...] | None = None  # levels whose amending decisions are rules (None: all)

    def __call__(self, issuer: Issuer, form: str | None, title: str) -> LegalEffect:
        if _is(form, REGULATION_FORMS):
            return _misnamed_regulation(issuer, self.regulation)
        if self.rules:
            levels = self.amending_levels
            if _amends_or_repeals(form, title) and (levels is None or issuer.level in levels):
                return LegalEffect(self.rules, f"issuer-form:{self.name}-amending-decision", MEDIUM)
            if _is(form, RULE_FORMS):  # rules need a decree (政府令, 部令), which rule 1 would have seen
                return LegalEffect(self.effect, f"issuer-form:{self.name}-rules-without-decree", MEDIUM)
        return LegalEffect(self.effect, self.rule, HIGH)


_LOCAL, _DEPARTMENTAL = "local-normative-document", "departmental-normative-document"
_state_council_office = _Executive("administrative-regulation", "state-council-normative-document",
                                   "issuer-form:state-council-document")
_government = _Executive("local-regulation", _LOCAL, "issuer-form:government-document", rules="local-government-rules",
                         name="government", amending_levels=("provincial", "municipal"))
_government_office = _Executive("local-regulation", _LOCAL, "issuer-form:government-office-document")
_ministry = _Executive("administrative-regulation", _DEPARTMENTAL, "issuer-form:ministry-document",
                       rules="departmental-rules", name="ministry")
_ministry_office = _Executive("administrative-regulation", _DEPARTMENTAL, "issuer-form:ministry-document")
_local_department = _Executive("local-regulation", _LOCAL, "issuer-form:local-department-document")


def _association(issuer: Issuer, form: str | None, title: str) -> LegalEffect:
    return LegalEffect("industry-rule", "issuer-form:association-rule", MEDIUM)


ISSUER_FORM_RULES: dict[str, Callable[[Issuer, str | None, str], LegalEffect]] = {
    NPC: _npc,
    LOCAL_CONGRESS: _local_congress,
    STATE_COUNCIL: _state_council,
    STATE_COUNCIL_OFFICE: _state_council_office,
    SUPREME_COURT: _supreme_judicial,
    SUPREME_PROCURATORATE: _supreme_judicial,
    LOCAL_JUDICIAL: _local_judicial,
    SUPERVISION: _supervision,
    PARTY: _party,
    GOVERNMENT: _government,
    GOVERNMENT_OFFICE: _government_office,
    MINISTRY: _ministry,
    MINISTRY_OFFICE: _ministry_office,
    LOCAL_DEPARTMENT: _local_department,
    ASSOCIATION: _association,
}


# ---------------------------------------------------------------- rule 3: fallback


def _fallback(lead: Issuer | None, form: str | None) -> LegalEffect:
    if lead is None:
        effect = "law" if form == "法" else "normative-document"
        return LegalEffect(effect, "fallback:no-issuer", LOW)
    effect = "departmental-normative-document" if lead.level == "national" else "local-normative-document"
    return LegalEffect(effect, "fallback:tier", LOW)


def infer_legal_effect(
    doc_form: str | None,
    issuers: Sequence[Issuer],
    doc_number: str | None = None,
    title: str = "",
) -> LegalEffect:
    """The legal-effect level of one policy; `doc_form` is the zh prefLabel of its doctype (通知, 条例 …)."""
    lead = lead_issuer(issuers)
    if doc_number:
        by_number = _by_number(doc_number, lead)
        if by_number is not None:
            return by_number
    if lead is not None:
        rule = ISSUER_FORM_RULES.get(issuer_type(lead))
        if rule is not None:
            return rule(lead, doc_form, title)
    return _fallback(lead, doc_form)
