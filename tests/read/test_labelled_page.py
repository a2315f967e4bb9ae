"""A text that opens with a labelled header block is one document: its fields from the block, its
text the document's own; a document it publishes and the session that adopted it are items too."""

from graph.read.items import Source
from graph.read.roundup import read_roundup


def read(text: str) -> Source:
    source = Source(name="page.txt", sha="0", encoding="utf-8", text=text)
    read_roundup(source)
    return source


LAW_PAGE = """某某网络交易规则

发布部门
某某部
发布日期
2021.03.02
实施日期
2021.05.01
发文字号
某部令第5号
时效性
现行有效

正文:
------------
某某部令第5号
《某某网络交易规则》已于2021年2月1日由某某部第3次部务会议审议通过，现予公布，自2021年5月1日起施行。
某某部部长
2021年3月2日

某某网络交易规则
(2021年2月1日某某部第3次部务会议通过)
第一条 为了规范网络交易，根据《中华人民共和国电子商务法》，制定本规则。
"""


def test_a_law_database_entry_is_one_document_and_the_session_that_adopted_it():
    source = read(LAW_PAGE)
    document, session = source.items
    assert document.document and document.start == 0 and document.end == len(LAW_PAGE.rstrip())
    assert document.date == "2021-03-02"  # the 发布日期: the session's day is its adoption
    assert {k: document.fields[k] for k in ("title", "agency", "number", "published", "in_force", "status")} == {
        "title": "某某网络交易规则", "agency": "某某部", "number": "某部令第5号", "published": "2021-03-02",
        "in_force": "2021-05-01", "status": "现行有效"}
    assert session.text.startswith("《某某网络交易规则》已于2021年2月1日由") and session.date == "2021-02-01"
    assert source.title == "某某网络交易规则" and source.problems == []


NOTICE_PAGE = """首页 > 政务公开 > 文件库

索引号：11440000/2023-00012
发文机关：某省人民政府办公厅
成文日期：2023-02-10
标题：某省人民政府办公厅关于印发某省电子证照管理办法的通知
发文字号：某办函〔2023〕7号
发布日期：2023-02-15

各地级以上市人民政府：
现将《某省电子证照管理办法》印发给你们，请认真贯彻执行。
省政府办公厅
2023年2月10日

某省电子证照管理办法
第一条 为规范电子证照管理，根据《某省数据条例》，制定本办法。
"""


def test_a_notice_page_and_the_document_it_publishes():
    source = read(NOTICE_PAGE)
    notice, measures = source.items
    assert notice.fields["title"] == "某省人民政府办公厅关于印发某省电子证照管理办法的通知"
    assert (notice.date, notice.fields["published"], notice.fields["agency"]) == ("2023-02-10", "2023-02-15", "某省人民政府办公厅")
    assert NOTICE_PAGE[notice.start:notice.end].startswith("索引号") and NOTICE_PAGE[notice.end:measures.start].strip() == ""
    assert measures.document and measures.fields["title"] == "某省电子证照管理办法"
    assert (measures.date, measures.fields["agency"]) == ("2023-02-10", "某省人民政府办公厅")
    assert NOTICE_PAGE[measures.start:measures.end].startswith("某省电子证照管理办法\n第一条")


def test_a_roundup_with_a_byline_is_still_a_roundup():
    source = read("电子签名政策盘点\n作者：某某\n发布时间：2021-12-31\n\n1月5日，某省人民政府印发《某省电子印章管理办法》。\n")
    assert [i.document for i in source.items] == [False]


ENTRIES = """某某政策摘编

一
时间：2020年3月2日
发布机构：甲省人民政府办公厅、甲省大数据局
文件：《甲省电子证照管理办法》
文号：甲政办〔2020〕5号
要点：根据《中华人民共和国电子签名法》，推进电子证照应用。

二
时间：2020年7月9日
发布机构：乙市人民政府办公室
文件：乙市人民政府办公室关于印发《乙市电子印章管理细则》的通知
文号：乙政办〔2020〕9号
"""


def test_a_compilation_of_labelled_entries_gives_one_item_a_block():
    source = read(ENTRIES)
    first, second = source.items
    assert source.title == "某某政策摘编"
    assert ENTRIES[first.start:first.end].startswith("时间：2020年3月2日") and ENTRIES[first.start:first.end].endswith("电子证照应用。")
    assert (first.date, first.fields["agency"], first.fields["number"], first.document) == (
        "2020-03-02", "甲省人民政府办公厅、甲省大数据局", "甲政办〔2020〕5号", False)  # its titles are read from its text
    assert second.document and second.fields["title"] == "乙市人民政府办公室关于印发《乙市电子印章管理细则》的通知"
    assert second.date == "2020-07-09"


def test_a_header_naming_the_government_of_a_title_its_office_opens():
    page = ("首页 > 信息公开\n\n索 引 号 0001-2019-01 成文日期 2019-03-01\n发布机构 甲县人民政府 发布日期 2019-03-02\n"
            "名  称 甲县人民政府办公室转发《乙省电子证照办法》的通知\n文  号 甲政办发〔2019〕3号\n\n"
            "现将《乙省电子证照办法》乙政发〔2019〕1号转发你们，请认真执行。\n")
    [item] = read(page).items
    assert (item.fields["agency"], item.fields["number"], item.date) == ("甲县人民政府办公室", "甲政办发〔2019〕3号", "2019-03-01")


NOTICES = """甲县人民政府门户网站
当前位置：首页 > 政务公开

索 引 号：0001/2020-00001
发布机构：甲市人民政府办公室
成文日期：2020-03-02
文    号：甲政办发〔2020〕4号
来    源：甲市政府网　　发布日期：2020-03-05

甲市人民政府办公室关于印发《甲市电子证照管理办法》的通知

各区人民政府：
现将《甲市电子证照管理办法》印发给你们，请认真贯彻执行。

甲市电子证照管理办法
第一条 根据《乙省电子政务条例》要求，制定本办法。

【打印本页】【关闭窗口】

相关文件
────────

索 引 号：—
发布机构：丙市人民政府办公室
成文日期：
文    号：丙政办〔2019〕7号

各县人民政府：
现将《乙省人民政府办公厅转发某部关于电子印章的通知》转发给你们，请一并贯彻执行。

────────
主办：甲县人民政府办公室
"""


def test_a_page_of_notices_gives_one_item_a_header_block_and_nothing_leaks_between_them():
    source = read(NOTICES)
    first, second = source.items
    assert first.document and first.fields["title"] == "甲市人民政府办公室关于印发《甲市电子证照管理办法》的通知"
    assert (first.date, first.fields["agency"], first.fields["number"]) == ("2020-03-02", "甲市人民政府办公室", "甲政办发〔2020〕4号")
    # the document it publishes is read with it, up to the page's print links
    assert NOTICES[first.start:first.end].startswith("索 引 号") and first.text.endswith("制定本办法。")
    assert not second.document and "title" not in second.fields  # a notice the page gives no heading
    assert (second.date, second.fields["agency"], second.fields["number"]) == (None, "丙市人民政府办公室", "丙政办〔2019〕7号")
    assert NOTICES[second.start:second.end].startswith("索 引 号：—") and second.text.endswith("请一并贯彻执行。")
    assert "乙省电子政务条例" not in second.text and "乙省人民政府办公厅" not in first.text


def test_a_listed_notice_under_a_header_naming_its_government_is_its_offices():
    page = ("发布机构：甲县人民政府\n文号：甲政办发〔2019〕3号\n甲县人民政府办公室关于推进电子证照应用的通知\n现通知如下。\n"
            "────\n发布机构：乙县人民政府\n文号：乙政发〔2019〕5号\n乙县人民政府关于推进电子印章应用的通知\n现通知如下。\n")
    assert [i.fields["agency"] for i in read(page).items] == ["甲县人民政府办公室", "乙县人民政府"]
