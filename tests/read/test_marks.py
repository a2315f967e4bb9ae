"""Titles written in quotation marks (「X」, “X”, 『X』) read as 《X》 when they read as titles."""

import pytest

from graph.read.marks import quoted_titles
from graph.text import normalize


@pytest.mark.parametrize(("text", "expected"), [
    ("甲省印发「甲省电子印章管理办法」，推进应用。", "甲省印发《甲省电子印章管理办法》，推进应用。"),
    ("乙市发布“乙市电子证照管理暂行办法(试行)”。", "乙市发布《乙市电子证照管理暂行办法(试行)》。"),
    ("丙局转发『丁省关于推广电子签章的通知』。", "丙局转发《丁省关于推广电子签章的通知》。"),
    # a title nested in a quoted title, and a quoted term inside one
    ("转发「丁省关于印发『丁省电子文件管理办法』的通知」", "转发《丁省关于印发〈丁省电子文件管理办法〉的通知》"),
    ("落实“国务院关于推进“互联网+政务服务”工作的指导意见”", "落实《国务院关于推进“互联网+政务服务”工作的指导意见》"),
])
def test_a_quotation_that_reads_as_a_title_is_one(text, expected):
    assert quoted_titles(normalize(text)) == expected


@pytest.mark.parametrize("text", [
    "推进“一网通办”和「最多跑一次」改革。",  # terms, no document form
    "明确「加盖电子印章的电子公文与纸质公文具有同等效力，可作为依据的办法」。",  # a sentence
    "(以下简称“实施办法”)",  # a short name being given
    "《甲市「十四五」数字政府建设规划》",  # inside a title already
    "“管理办法”",  # too short to be a title
])
def test_other_quotations_are_left_as_written(text):
    assert quoted_titles(normalize(text)) == normalize(text)


def test_offsets_stay_those_of_the_text():
    text = "甲说：「乙省电子印章管理办法」\n「丙市电子证照管理办法"
    assert len(quoted_titles(normalize(text))) == len(text)
    assert quoted_titles(normalize(text)).endswith("\n「丙市电子证照管理办法")  # unclosed: left
