"""Date patterns of the lower text layer: every written form, read from the matched span only."""

from __future__ import annotations

import pytest

from graph.patterns.dates import DATE_RE, MONTH_DATE_RE, cn_number, epoch_day, iso, month_parts, parts, serial_day, year_of


@pytest.mark.parametrize(("text", "expected"), [
    ("2020.12.03", (2020, 12, 3)),
    ("2020/12/3", (2020, 12, 3)),
    ("2020-12-03", (2020, 12, 3)),
    ("2020年12月3日", (2020, 12, 3)),
    ("2019 年 4 月 3 日", (2019, 4, 3)),
    ("二〇二一年十一月十七日", (2021, 11, 17)),
    ("二零一九年三月三十一日", (2019, 3, 31)),
    ("二00三年九月一日", (2003, 9, 1)),  # a numeral year's zeros typed as digits, or as circles
    ("二○一○年五月四日", (2010, 5, 4)),
    ("8月1日", (None, 8, 1)),
    ("十二月二十日", (None, 12, 20)),
    ("5月6号", (None, 5, 6)),
    ("2021-1-5", (2021, 1, 5)),
    ("2021年1 2月5日", (2021, 12, 5)),
    ("2021 年 1 2 月 5 日", (2021, 12, 5)),
    ("2021年6月1 6日", (2021, 6, 16)),
])
def test_every_written_form_of_a_day(text, expected):
    m = DATE_RE.search(f"于{text}，")
    assert m is not None and m.group().strip() == text
    assert parts(m) == expected


def test_the_match_is_a_span_of_the_text_it_came_from():
    text = "会议于二〇二一年十一月十七日召开"
    m = DATE_RE.search(text)
    assert (m.start(), m.end()) == (3, 14)
    assert text[m.start():m.end()] == "二〇二一年十一月十七日"


def test_mixed_separators_and_decimals_are_not_dates():
    assert DATE_RE.search("2020-12/03") is None
    assert DATE_RE.search("增长1.5.3倍") is None
    assert DATE_RE.search("版本2020.12.03.1") is None


def test_month_only_needs_its_year_and_no_day():
    m = MONTH_DATE_RE.search("2020年5月，")
    assert m is not None and month_parts(m) == (2020, 5)
    assert month_parts(MONTH_DATE_RE.search("二〇一九年十二月")) == (2019, 12)
    assert MONTH_DATE_RE.search("2020年5月6日") is None
    assert MONTH_DATE_RE.search("5月，") is None
    assert month_parts(MONTH_DATE_RE.search("2020年1 0月")) == (2020, 10)  # a typo's space inside the month


def test_only_a_month_after_its_year_may_have_its_digits_split():
    m = DATE_RE.search("第1 2月5日")
    assert m is not None and m.group() == "2月5日"


def test_numerals():
    assert [cn_number(t) for t in ("十二", "二十一", "三十", "十", "七", "12")] == [12, 21, 30, 10, 7, 12]
    assert cn_number("十十") is None and cn_number("一二") is None and cn_number("") is None
    assert year_of("二〇二一") == 2021 and year_of("二零零四") == 2004 and year_of("二十一") is None
    assert year_of("二00四") == 2004 and year_of("二0一0") == 2010


def test_iso_keeps_the_precision_written():
    assert iso(2021, 3, 5) == "2021-03-05"
    assert iso(2021, 3) == "2021-03"
    assert iso(2021) == "2021"
    assert iso(2021, 2, 30) is None and iso(2021, 13) is None and iso(99, 1, 1) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("1609430400000", "2021-01-01"),  # 2020-12-31 16:00 UTC: midnight in Beijing, the next day
    ("1609430399000", "2020-12-31"),
    ("1609430400", "2021-01-01"),  # seconds
    (" 1609430400123 ", "2021-01-01"),
    ("20210101", None),  # a date written without separators is no timestamp
    ("16094304001", None),
    ("2021-01-01", None),
])
def test_epoch_timestamps_are_days_in_beijing_time(text, expected):
    assert epoch_day(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("44098", "2020-09-24"), (" 42418 ", "2016-02-18"), ("44098.75", "2020-09-24"),
    ("４４０９８", "2020-09-24"), ("2020", None), ("123456", None), ("09999", None), ("2020/12/23", None),
])
def test_spreadsheet_serial_numbers_are_days_from_1899_12_30(text, expected):
    assert serial_day(text) == expected
