"""Every detector on arbitrary text: never raises, and every span it gives lies inside the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.patterns.markers import body_start
from graph.read.detect import actions, labels, noise, sections, tables, titles
from graph.read.detect import dates as dating
from graph.read.disclosure import read_disclosure
from graph.read.items import Source
from graph.read.roundup import read_roundup
from graph.text import normalize

TEXT = st.text(alphabet=st.sampled_from("2019年月日12３〇一二十同当，,。；《》【】()|\t -:：局印发该市省") | st.characters(codec="utf-8"),
               max_size=60).map(normalize)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_detectors_never_raise_and_spans_stay_inside(text):
    for mark in (dating.leading(text), dating.opening(text), dating.date_line(text), dating.month_line(text),
                 dating.trailing(text), dating.within(text)):
        if mark is not None:
            assert 0 <= mark.start <= mark.end <= len(text)
    assert 0 <= body_start(text) <= len(text)
    dating.value(text)
    for kind in tables.kinds_of(text):
        assert all(0 <= a <= b <= len(text) for a, b in tables.cells(text, kind))
    if (table := tables.header(text)) is not None:
        spans = tables.row(text, table)
        assert spans is None or all(0 <= a <= b <= len(text) for a, b in spans)
    tables.rule(text)
    titles.alone(text), titles.heading(text), titles.named(text), titles.awaited(text), titles.goes_on(text, text[::-1])
    lead = actions.issuer_lead(text)
    assert lead is None or text.startswith(lead)
    actions.acts(text), actions.carried(text, text), actions.takes_effect(text), titles.bare_heading(text)
    by = actions.passer(text)
    assert by is None or by in text
    if (note := dating.note(text)) is not None:
        assert 0 <= note[0].start <= note[0].end <= len(text) and note[1] in text
    sections.header(text), noise.footer(text), noise.chrome(text), noise.tail(text)


LINE = st.text(alphabet=st.sampled_from("标题发布部门日期文号：:施行时效性制定机关《》通知关于印发现将已于2021年5月1日由会议通过\n 。") |
               st.characters(codec="utf-8"), max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE, max_size=12))
def test_header_blocks_never_raise_and_stay_inside(lines):
    for line in lines:
        labels.pairs(line)
    found = labels.block(lines, title_above=True)
    for each in labels.blocks(lines):
        assert each is None or 0 <= each.first <= each.last < len(lines)
    if found is not None:
        assert 0 <= found.first <= found.last < len(lines) and found.fields["title"]
    text = "\n".join(lines)
    source = Source(name="t.txt", sha="0", encoding="utf-8", text=text)
    read_roundup(source)  # a labelled page's items: each span inside the text, in it verbatim or composed
    assert all(0 <= i.start <= i.end <= len(text) for i in source.items)
    if found is not None:
        read_disclosure(Source(name="t.html", sha="0", encoding="utf-8", text=text), found)
