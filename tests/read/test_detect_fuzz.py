"""Every detector on arbitrary text: never raises, and every span it gives lies inside the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.patterns.markers import body_start
from graph.read.detect import actions, noise, sections, tables, titles
from graph.read.detect import dates as dating
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
    actions.acts(text), actions.carried(text, text)
    sections.header(text), noise.footer(text), noise.chrome(text), noise.tail(text)
