"""Dates written in part (no year, 同日, 当月) completed from what came before them: the year of
the headline or of the previous date, rolling over into a new year when the months turn back."""

from __future__ import annotations

from dataclasses import dataclass

from graph.patterns.dates import iso
from graph.read.detect.dates import DateMark

_SAME = {"day": 10, "month": 7, "year": 4}  # how much of the previous date 同日, 当月, 同年 repeat
_ROLLOVER = 6  # months: 12月 then 1月 is the next year; 5月 then 3月 is out of order, same year


@dataclass
class Calendar:
    """The year context of one source; ``resolve`` reports a date it cannot complete to ``problems``."""

    year: int | None = None
    last: str | None = None  # the previous item's date, for 同日 and 当月
    last_month: int | None = None
    inferred: bool = False  # the last year came from context, not written: months may roll over
    page: int | None = None  # the year the page itself gives (its headline), for each article of a digest
    section: int | None = None  # the year the last section header gave (2022年各地动态), for each place's entry

    def resolve(self, mark: DateMark, problems: list[tuple[int, str]], line: int) -> str | None:
        """ISO value of ``mark`` at its precision (2021-03-05, 2021-03, 2021), or None, reported. A day
        alone (30日) is of the month and year of the date before. A year alone leading a clause
        (2018年，部署…) is the year of the dates after it, unless read in passing (自2016年《X》…起: X's year)."""
        if mark.year is not None and not mark.month and mark.day is None:
            if not mark.passing:
                self.year, self.last_month, self.inferred = mark.year, None, False
            return iso(mark.year)
        if mark.same:
            if self.last is None:
                return None
            return self.last[:_SAME[mark.same]]
        if not mark.month and mark.day is not None:  # 30日: a day of the month the date before gave
            if self.last_month is None or self.year is None:
                problems.append((line, f"date {mark.day}日 has no month and none is given by the date before"))
                return None
            mark = mark._replace(month=self.last_month)
        year = mark.year
        if year is None:
            year = self.year
            if year is None:
                what = f"{mark.month}月{mark.day}日" if mark.day else f"{mark.month}月"
                problems.append((line, f"date {what} has no year and none is given by the headline"))
                return None
            if self.inferred and self.last_month is not None and self.last_month - mark.month > _ROLLOVER:
                year += 1
                problems.append((line, f"year not written: taken as {year} (the months turned over)"))
        found = iso(year, mark.month or None, mark.day)  # month 0: a year-only date
        if found is None:
            problems.append((line, f"impossible date {year}-{mark.month}-{mark.day or '?'}"))
            return None
        self.year, self.last_month, self.inferred = year, mark.month, mark.year is None
        return found

    def new_article(self, year: int | None) -> None:
        """Another article of a digest: its dates take the year of its own page date (发布时间), or
        the page's, never one of the article before it."""
        self.year, self.last, self.last_month, self.inferred = year, None, None, False
        self.section = None

    def new_place(self) -> None:
        """An entry of another place (江苏：4月9日起，…): its days take the year of its section or of the
        page, not of the entry before, which reported another place; 同日 still repeats that entry's day."""
        self.year = self.section if self.section is not None else self.page
        self.last_month, self.inferred = None, False

    def restart(self) -> None:
        """A new section: its months start afresh, so they never roll the year over."""
        self.last_month = None
