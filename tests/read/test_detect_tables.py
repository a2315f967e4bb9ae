"""Tables pasted as text: pipes, tabs or runs of spaces; headers named many ways."""

from __future__ import annotations

import pytest

from graph.read.detect.tables import Table, cells, header, row, row_fields, rule, section_row


@pytest.mark.parametrize("line", [
    "| 序号 | 政策名称 | 发布机构 | 发布日期 |",
    "序号 | 政策名称 | 发布机构 | 发布日期",
    "序号\t政策名称\t发布机构\t发布日期",
    "序号   政策名称    发布机构   发布日期",
])
def test_header_in_every_separator(line):
    table = header(line)
    assert table is not None and table.columns == ("ordinal", "title", "agency", "published")


def test_a_publication_date_column_dates_the_row():
    table = Table("pipe", ("title", "published"))
    line = "| 甲办法 | 2021-03-05 |"
    assert row_fields(line, row(line, table), table) == {"title": "甲办法", "date": "2021-03-05"}


def test_a_year_alone_in_a_date_cell_dates_the_row_at_year_precision():
    from graph.read.items import Source
    from graph.read.roundup import read_roundup

    source = Source(name="t.txt", sha="0", encoding="utf-8",
                    text="| 序号 | 名称 | 发文机关 | 日期 |\n|---|---|---|---|\n| 1 | 甲办法 | 甲局 | 2020年 |\n| 2 | 乙办法 | 乙局 | 去年 |\n")
    read_roundup(source)
    assert [i.date for i in source.items] == ["2020", None]
    assert source.problems == [(4, "date '去年' not understood")]


def test_a_cell_written_as_a_dash_is_empty():
    table = Table("pipe", ("title", "number", "published"))
    line = "| 甲办法 | — | 2021-03-05 |"
    assert row_fields(line, row(line, table), table) == {"title": "甲办法", "date": "2021-03-05"}


def test_header_names_vary():
    assert header("标题 | 印发单位 | 成文日期 | 文号 | 要点").columns == ("title", "agency", "date", "number", "text")
    assert header("名称\t发文机关\t时间\t备注").columns == ("title", "agency", "date", "text")
    assert header("文件名称 | 说明文字不是列名") is None  # one known column is no header
    assert header("国务院印发《甲》  推进电子证照") is None


def test_rules_are_separator_lines():
    assert rule("|---|:---:|---|") and rule("---|---") and rule("----   -----  ---")
    assert not rule("| 1 | 甲 |")


def test_cells_drop_outer_pipes_and_keep_empty_inner_cells():
    line = "| 1 | 甲办法 |  | 2021-03-05 |"
    assert [line[a:b] for a, b in cells(line, "pipe")] == ["1", "甲办法", "", "2021-03-05"]


def test_row_fields_with_several_bodies_in_one_cell():
    table = Table("pipe", ("ordinal", "title", "agency", "date", None))
    line = "| 1 | 甲办法 | 人社部 商务部/财政部 | 2021-03-05 | 其他 |"
    fields = row_fields(line, row(line, table), table)
    assert fields == {"title": "甲办法", "agency": "人社部、商务部、财政部", "date": "2021-03-05"}


def test_a_line_of_another_kind_is_no_row():
    table = Table("tab", ("title", "date"))
    assert row("甲办法\t2021-03-05", table) is not None
    assert row("国务院印发《甲》。", table) is None


def test_a_header_of_column_names_only_makes_single_spaces_cell_separators():
    table = header("序号 文件名称 发文机关 成文日期")
    assert table == Table("space", ("ordinal", "title", "agency", "date"))
    line = "2 甲省电子印章管理办法 甲省人民政府 /"
    assert row_fields(line, row(line, table), table) == {"title": "甲省电子印章管理办法", "agency": "甲省人民政府"}
    assert row("第1页/共3页 下一页", table) is None  # other cells than the header's: the table ends
    assert row("3 甲办法  甲局 2021-03-05", table) is None  # an empty cell is written, never two spaces


def test_prose_with_single_spaces_is_no_header():
    assert header("文件名称 发文机关 和成文日期") is None  # a word that is no column name
    assert header("名称 日期") is None  # too few names to be sure
    assert header("发文机关 成文日期 摘要") is None  # no title column


def test_a_single_spaced_table_gives_one_item_a_row():
    from graph.read.items import Source
    from graph.read.roundup import read_roundup

    source = Source(name="t.txt", sha="0", encoding="utf-8",
                    text="文件检索\n\n序号 文件名称 发文机关 成文日期\n1 甲办法 甲局 2021-03-05\n2 乙办法 乙局 /\n\n上一页 下一页\n")
    read_roundup(source)
    assert [(i.fields.get("title"), i.date) for i in source.items] == [("甲办法", "2021-03-05"), ("乙办法", None)]


def test_a_row_of_one_merged_cell_naming_a_section_opens_a_section():
    table = Table("pipe", ("ordinal", "title", "agency"))
    assert section_row("| 一、国家层面 |", table) == (2, 8)
    assert section_row("| 二、省级层面 |  |  |", table) == (2, 8)
    assert section_row("| 1 | 甲省电子证照管理办法 | 甲省人民政府 |", table) is None
    assert section_row("| 甲省人民政府印发《甲省电子证照管理办法》，推进电子证照互认。 |", table) is None
    assert section_row("一、国家层面", table) is None
    assert section_row("|  | 甲省电子证照管理办法 |  |", table) is None  # a row whose title alone is written


def test_a_title_cell_of_two_lines_gives_its_number():
    table = Table("pipe", ("title", "agency", "number"))
    raw = "| 甲省电子证照管理办法 （甲政办〔2018〕52号） | 甲省人民政府办公厅 |  |"
    assert row_fields(raw, row(raw, table), table) == {"title": "甲省电子证照管理办法", "agency": "甲省人民政府办公厅",
                                                      "number": "甲政办〔2018〕52号"}


def test_a_pasted_spreadsheet_gives_serial_dates_as_days_and_no_item_for_its_totals():
    from graph.read.items import Source
    from graph.read.roundup import read_roundup

    source = Source(name="t.txt", sha="0", encoding="utf-8",
                    text="| 序号 | 公文标题 | 来文单位 | 签发日期 | 密级 |\n|---|---|---|---|---|\n"
                         "| 1 | 甲办法 | 甲局 | 44098 | 公开 |\n| 合计 | 1件 | | | |\n")
    read_roundup(source)
    assert [(i.fields.get("title"), i.date) for i in source.items] == [("甲办法", "2020-09-24")]
    assert source.description == ["| 合计 | 1件 | | | |"]
