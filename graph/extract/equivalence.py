"""Legal equivalence: an electronic form said to have the legal force of its paper or physical form.

Counted: 同等法律效力, 同等(法定)效力, 相同的法律效力, 其效力与…相同, 效力等同, 视同原件,
可替代纸质证照原件使用, 与纸质…同样(合法)有效, 同等有效, 数据电文视为…书面形式 (not 可视为书面形式的数据电文, which only describes it), 不得因…电子…否定其(法律)效力, also of an activity done
online against its offline form (在线…与线下…具有同等法律效力). Not counted (validity
alone, with no traditional form it equals): a review of validity (合法性审核), 合法有效, 具有法律效力,
一经订立即具有法律效力, 明确…的法律效力, 法律效力不强.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.gazetteer.schemes import Matcher, Term

# The wordings of a claim. Only whether one occurs is asked, never where it starts, so each starts at
# its first required word (具有同等效力 is found by 同等…效力): joined flat, they let the regex engine
# skip to the characters a wording can start with instead of trying every position.
PATTERNS = [
    r"同等(?:的)?[^，。；,;]{0,6}?效力|同等有效",  # 同等效力, 同等法定效力, 同等的证明效力
    r"相同(?:的)?(?:法律|法定)?效力|效力相同|效力与[^，。；]{1,20}?相同",  # 其效力与纸质证照相同
    r"效力等同|等同于?(?:纸质|实物|原件|手写)|与[^，。；]{1,30}?(?:一样|同样)(?:合法)?有效",
    r"视同原件|视为原件|视同(?:纸质|实物)|视为[^，。；]{0,20}?书面形式(?!的)|可(?:以)?替代[^，。；]{0,12}?原件|替代(?:纸质|实体|实物)[^，。；]{0,12}?使用|作为原件使用",
    r"不得(?:仅)?(?:因|以)[^。；]{0,30}?电子[^。；]{0,30}?(?:而)?(?:否定|否认|拒绝)[^。；]{0,6}?(?:法律)?(?:效力|有效性|证据)",
]
CLAIM = re.compile("|".join(PATTERNS))
CONDITION = re.compile(r"(可靠的|符合(?:国家|法定|有关|相关)[^，。；]{0,12}?的|经[^，。；]{1,20}?(?:审核|认证|核验)[^，。；]{0,6}?的|依法[^，。；]{0,10}?的|除[^，。；]{1,30}?外|[^，。；]{2,40}?除外)")
# What makes a form electronic when no concept of the scheme names it: 电子形式, or an activity done
# online (在线诉讼活动与线下诉讼活动具有同等法律效力: its offline form is the traditional one).
ELECTRONIC = re.compile(r"电子|在线|线上|网上|数据电文")
CLAUSES = re.compile(r"[^，,。；;！？]+[，,。；;！？]?")
# 加盖电子印章的电子公文, 包含电子印章的电子证照: what qualifies the electronic form a claim is about,
# naming a form of its own that is not the one claimed equal.
QUALIFIER = re.compile(r"(?:加盖|包含|含有|附有|附加|带有|使用)[^，。；,;的]{1,12}?的")
_QUALIFIED = 10  # how far after 的 the form qualified is named
BASIS_TRIGGER = re.compile(r"可靠的?电子签名[^。；]{0,30}?(?:手写签名|盖章)")
BASIS = "《中华人民共和国电子签名法》第十四条"
STATUTE = re.compile(r"《(?:中华人民共和国)?电子签名法》(?:第[一二三四五六七八九十百]+条)?")


@dataclass(frozen=True)
class Equivalence:
    start: int  # the clauses that make the claim
    end: int
    sentence_start: int
    electronic: tuple[Term, ...]
    traditional: tuple[Term, ...]
    conditions: tuple[str, ...]
    basis: tuple[str, ...]


def _electronic(term: Term) -> bool:
    return term.pref_zh.startswith("电子") or "签名" in term.pref_zh


def _unqualified(window: str, concepts: Matcher) -> str:
    """The window with each qualifier blanked (same length) whose form qualified is one of the scheme
    (加盖电子印章的电子公文: 电子文件); one qualifying a form the scheme has not (加盖电子印章的电子材料)
    is kept, as its forms are then the only ones named."""
    for m in QUALIFIER.finditer(window):
        if any(map(_electronic, concepts.terms_in(window[m.end():m.end() + _QUALIFIED]))):
            window = window[:m.start()] + " " * (m.end() - m.start()) + window[m.end():]
    return window


def states_equivalence(norm: str) -> bool:
    """Does any wording of equivalence occur in ``norm``? Most items state none: one scan of the whole
    text then spares splitting it into sentences and scanning each (a sentence's match is the text's)."""
    return CLAIM.search(norm) is not None


def find_equivalences(norm: str, sentences: list[tuple[int, int]], concepts: Matcher, forms: Matcher,
                      paper: Term | None, original: Term | None) -> list[Equivalence]:
    """One assertion per clause that states equivalence; the e-form is the nearest one named before it."""
    found: list[Equivalence] = []
    for s_start, s_end in sentences:
        sentence = norm[s_start:s_end]
        if not CLAIM.search(sentence):
            continue
        clause_spans = [(m.start(), m.end()) for m in CLAUSES.finditer(sentence)]
        pending: list[tuple[int, int]] = []
        for c_start, c_end in clause_spans:
            pending.append((c_start, c_end))
            clause = sentence[c_start:c_end]
            if not CLAIM.search(clause):
                continue
            w_start = pending[0][0]
            w_start += sentence[w_start:c_end].rfind("》") + 1  # the claim starts after a cited title
            window = sentence[w_start:c_end]
            pending = []
            electronic = tuple(t for t in concepts.terms_in(_unqualified(window, concepts)) if _electronic(t))
            if not electronic and (found and found[-1].sentence_start == s_start or not ELECTRONIC.search(window)):
                continue
            traditional = tuple(forms.terms_in(window))
            if not traditional:
                fallback = original if "原件" in window else paper
                traditional = (fallback,) if fallback else ()
            conditions = tuple(dict.fromkeys(m.group(1) for m in CONDITION.finditer(window)))
            basis = tuple(dict.fromkeys([*(m.group() for m in STATUTE.finditer(sentence)),
                                         *([BASIS] if BASIS_TRIGGER.search(window) else [])]))
            found.append(Equivalence(s_start + w_start, s_start + c_end, s_start, electronic, traditional, conditions, basis))
    return found

