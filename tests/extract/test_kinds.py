"""What an item is: statements (an official speaking, an interpretation, a report of a press answer)
against the documents they are about."""

import pytest


def names(x):
    return [m.agency.name for m in x.issuers]


def test_a_report_whose_news_is_an_officials_answer_is_a_statement_of_that_body(item_of):
    x = item_of("某某社北京3月2日电 日前，国务院办公厅印发《政务数据共享办法》。国家数据局负责人就《办法》有关问题回答了记者提问。")
    assert x.kind == "statement"
    assert names(x) == ["国家数据局"]
    assert [t.verbatim for t in x.titles] == ["政务数据共享办法"]  # 《办法》 is its short name


def test_an_issuance_with_an_officials_words_but_no_report_stays_a_document(item_of):
    x = item_of("2023年3月2日，国务院办公厅印发《政务数据共享办法》。国家数据局负责人表示，将抓好落实。")
    assert x.kind == "document" and names(x) == ["国务院办公厅"]


def test_a_report_of_an_issuance_without_an_official_stays_a_document(item_of):
    assert item_of("据某某网报道，某省人民政府印发《某省电子证照办法》，推广电子证照。").kind == "document"


@pytest.mark.parametrize("text", [
    "2022年12月1日，某市数据局发布关于《某市电子印章管理办法》的政策解读。",
    "某市数据局发布《某市电子证照管理办法》解读，说明起草背景。",
    "浙江省人社厅就《浙江省电子劳动合同指引》答记者问。",
    "同日，杭州市数据资源管理局对《杭州市电子证照管理办法》作出政策解读。",
])
def test_an_interpretation_of_a_document_is_a_statement_about_it(item_of, text):
    x = item_of(text)
    assert x.kind == "statement" and len(x.titles) == 1 and x.issuers


def test_a_document_that_is_later_interpreted_in_the_same_item_stays_a_document(item_of):
    assert item_of("某市数据局印发《某市电子印章管理办法》，并发布《某市电子印章管理办法》政策解读。").kind == "document"


@pytest.mark.parametrize("text, titles", [
    ("某省人民政府印发《某省电子证照管理办法》，《办法》自印发之日起施行。", ["某省电子证照管理办法"]),
    ("某省人民政府印发《某省电子证照实施方案》，《办法》另行制定。", ["某省电子证照实施方案", "办法"]),
])
def test_a_short_name_is_no_document_of_its_own_unless_nothing_before_has_its_form(item_of, text, titles):
    assert [t.verbatim for t in item_of(text).titles] == titles


def test_an_issuance_naming_its_document_without_brackets_is_a_document_with_a_derived_title(item_of):
    x = item_of("日前，浙江省人民政府办公厅出台推进电子证照共享工作的通知，要求建设电子证照库。")
    assert x.kind == "document"
    assert [(t.verbatim, t.derived) for t in x.titles] == [("推进电子证照共享工作的通知", True)]
    assert [m.agency.name for m in x.issuers] == ["浙江省人民政府办公厅"]


@pytest.mark.parametrize("text", [
    "日前，浙江省人民政府办公厅出台多项措施，推进电子证照共享。",  # no document form
    "浙江省人民政府办公厅印发了，相关文件。",
])
def test_an_issuance_naming_no_document_stays_news(item_of, text):
    assert item_of(text).kind == "news"


def test_a_report_of_a_document_listed_above_is_news_about_it(item_of):
    from graph.read.items import REPORTS, RawItem
    from graph.extract.item import extract
    from graph.gazetteer.regions import region_index
    text = "10月9日，据某某网报道，国务院办公厅印发《政务数据共享办法》。"
    x = extract(RawItem("t.txt", 1, 0, len(text), text, "2025-10-09", fields={REPORTS: "earlier"}), region_index())
    assert x.kind == "news" and names(x) == ["国务院办公厅"]
    assert item_of(text).kind == "document"


@pytest.mark.parametrize("text, kind", [
    # a meeting is the item when named before the document, or after it with its own date
    ("国务院总理主持召开国务院常务会议，审议通过《某规划》。", "meeting"),
    ("《某规则》已于2021年5月18日由某院审判委员会第100次会议通过，现予公布。", "meeting"),
    ("某部拟订了《某法(草案)》，该草案已经国务院常务会议讨论通过，提请审议。", "document"),
    ("《某条例》经省政府常务会议审议通过，现予公布。", "document"),
    ("2020年9月11日，某总理在全国深化改革电视电话会议上要求，推进电子证照互认。", "meeting"),  # speaking at a meeting
    ("2020年2月11日，某司司长在新闻发布会上表示，鼓励网上签约。", "statement"),
    ("2021年3月，某省政府工作例会要求由省数据局牵头编制《规划》。", "meeting"),  # a working meeting charging a body
    ("2021年6月1日，某省政府工作例会对《某规划》进行了审议。", "meeting"),
    # launches, speeches and briefings
    ("2021年5月1日，某市电子印章公共服务平台正式上线运行，企业可免费申领。", "event"),
    ("2021年5月1日，某市电子印章平台上线后，企业可免费申领电子印章。", "news"),
    ("2022年3月5日，国务院总理在政府工作报告中提出，推进电子证照互通互认。", "statement"),
    ("2021年9月，北京市人民政府新闻办公室召开发布会，解读《北京市数字经济促进条例》。", "statement"),
    ("2022年3月，上海市率先实现电子营业执照与电子印章同步发放。", "news"),
    # an activity after where and its adverbs
    ("2019年5月，青岛市人社局着手开展电子劳动合同平台建设工作。", "event"),
    ("从2015年起，国家档案局便开始研究推进电子档案的接收。", "event"),
    ("2020年3月，商务部在三个自贸区率先启动电子合同试点。", "event"),
])
def test_meetings_launches_speeches_and_briefings(item_of, text, kind):
    assert item_of(text).kind == kind


def test_an_activity_with_its_actor_carried_is_read_after_its_date(regions):
    from graph.read.items import INFERRED_AGENCY, RawItem
    from graph.extract.item import extract

    text = "2018年，部署各地全面推进电子营业执照工作。"
    x = extract(RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, date="2018",
                        fields={"agency": "国家市场监督管理总局", INFERRED_AGENCY: "carried"}), regions)
    assert x.kind == "event" and [(m.agency.name, m.inferred) for m in x.issuers] == [("国家市场监督管理总局", True)]


def test_figures_and_reports_stay_news(item_of):
    assert item_of("截至目前，全市试点企业共520家。").kind == "news"
    assert item_of("近日，青岛市人社局对外披露，两地已实现互认。").kind == "news"


def test_a_session_approving_a_regulation_is_a_meeting():
    from graph.extract.kinds import classify

    norm = "2021-09-30 经甲省第十届人民代表大会常务委员会第五次会议批准。"
    assert classify(norm, norm[11:], False) == "meeting"


def test_a_body_interpreting_a_document_makes_a_statement(item_of):
    assert item_of("甲省数据管理局对《甲省电子印章管理办法》进行解读。").kind == "statement"
    assert item_of("甲省数据管理局对《甲省电子印章管理办法》进行了修订。").kind == "document"


def test_a_session_amending_a_law_is_a_meeting(item_of):
    assert item_of("2019年4月23日，甲省第十三届人大常委会第十次会议修正").kind == "meeting"
    assert item_of("2019年4月23日，甲省人民政府办公厅印发修订后的工作规则。").kind != "meeting"


def test_a_body_holding_a_symposium_sits_in_a_meeting_but_a_press_conference_is_an_event(item_of):
    assert item_of("2030年9月，国家数据局召开数据工作座谈会。会上通报了进展。").kind == "meeting"
    assert item_of("2030年9月，国家数据局举行新闻发布会。").kind == "event"


def test_an_official_speaking_at_the_meeting_told_before_is_a_statement_of_that_body(item_of):
    x = item_of("2. 座谈会上，国家数据局副局长表示，将推进数据共享。")
    assert x.kind == "statement" and names(x) == ["国家数据局"]


def test_a_document_issued_before_the_session_that_passed_it_stays_the_documents_item(item_of):
    issued = item_of("2030年6月16日，某某法院公布《甲诉讼规则》，该规则已于5月18日由某某法院审判委员会第900次会议通过。")
    assert issued.kind == "document" and names(issued) == ["某某法院"]
    assert item_of("《甲诉讼规则》已于2030年5月18日由某某法院审判委员会第900次会议通过。").kind == "meeting"
