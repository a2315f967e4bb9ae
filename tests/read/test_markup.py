"""HTML fragments inside a record's value read as their text."""

from __future__ import annotations

from graph.read.markup import has_markup, markup_text


def test_paragraphs_become_lines_and_inline_tags_vanish():
    fragment = '<div class="x"><p>甲省推进电子证照。</p><p><strong>第一条</strong> 为规范&amp;加强管理</p></div>'
    assert markup_text(fragment) == "甲省推进电子证照。\n第一条 为规范&加强管理"


def test_a_line_break_tag_breaks_the_line():
    assert markup_text("乙市<br/>丙区<BR>丁县") == "乙市\n丙区\n丁县"


def test_a_bare_angle_bracket_is_no_markup():
    assert not has_markup("补贴<10万元的项目")
    assert has_markup("<em>法律效力</em>")
