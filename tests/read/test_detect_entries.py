"""Numbered entries as WeChat articles set them (1️⃣, ①, a **bold** title, a note in brackets after it),
and a government gazette's issue (its masthead, a heading broken over lines, its number line, an
interpretation's heading). Each example is written for its rule."""

from __future__ import annotations

from graph.read.detect import entries, noise, notices, titles
from graph.read.items import PLACE, Source
from graph.read.roundup import read_roundup
from graph.text import normalize


def read(text: str) -> Source:
    source = Source(name="t.txt", sha="0", encoding="utf-8", text=text)
    read_roundup(source)
    return source


def parts(line: str) -> tuple[str, str | None, tuple[int | None, int, int | None] | None, str | None]:
    norm = normalize(line)
    found = entries.entry(norm)
    assert found is not None
    span = lambda s: norm[slice(*s)] if s else None  # noqa: E731
    day = (found.date.year, found.date.month, found.date.day) if found.date else None
    return norm[slice(*found.title)], span(found.number), day, span(found.by)


def test_a_keycap_or_circled_number_marks_an_entry_of_a_bold_title_and_its_note():
    assert parts("1️⃣ **《甲省电子证照办法》**（甲政发〔2022〕3号）") == ("甲省电子证照办法", "甲政发[2022]3号", None, None)
    assert parts("2️⃣ **《乙办法》**（乙办发〔2021〕9号，2021年3月5日印发）") == ("乙办法", "乙办发[2021]9号", (2021, 3, 5), None)
    assert parts("③ 《丙规划》(2020年4月发布)") == ("丙规划", None, (2020, 4, None), None)
    assert parts("🔟 **《丁方案》**（2023年3月，丁市政府办公厅印发）") == ("丁方案", None, (2023, 3, None), "丁市政府办公厅")
    assert parts("4️⃣ **《戊方案》**（戊政〔2023〕1号，省政府2023年4月2日印发）")[3] == "省政府"
    assert parts("5️⃣ **《己办法》**（近日，经报请省政府同意，由省财政厅印发）") == ("己办法", None, None, "省财政厅")


def test_a_bare_entry_is_a_title_when_it_ends_as_a_document_does_and_no_sentence_is_one():
    assert parts("6️⃣ **甲县数据局关于推广电子印章的通知**（2022年5月印发）")[:3] == ("甲县数据局关于推广电子印章的通知", None, (2022, 5, None))
    assert parts("7️⃣ **某平台注册用户突破1000万**")[0] == ""  # an entry naming no document
    assert entries.entry("① 1月5日，甲市人民政府发布《甲市意见》，推广电子签名。") is None  # prose after the mark
    assert entries.entry("1. 《甲办法》") is None and entries.entry("👉 要点：推广电子证照") is None


def test_the_body_a_line_under_an_entry_names():
    assert normalize("乙自治区人民政府办公厅印发，根据《甲意见》制定")[slice(*entries.issuer("乙自治区人民政府办公厅印发，根据《甲意见》制定", True))] == "乙自治区人民政府办公厅"  # type: ignore[misc]
    body = "据甲省数据管理局介绍，平台已上线"
    assert body[slice(*entries.issuer(body, False))] == "甲省数据管理局"  # type: ignore[misc]
    assert entries.issuer(body, True) is None and entries.issuer("推进电子证照互认", True) is None


def test_numbered_entries_are_documents_whose_lines_below_are_their_own():
    s = read("这些文件建议收藏\n\n"
             "1️⃣ **《甲省电子证照管理办法》**（甲政发〔2022〕3号，2022年3月5日印发）\n"
             "👉 要点：《乙部关于推进电子证照的意见》印发以来，甲省推进电子证照互认。\n\n"
             "2️⃣ **关于推进电子印章应用的实施方案**（2022年5月印发）\n"
             "👉 丙自治区人民政府办公厅印发，根据《丁意见》要求制定。\n\n"
             "3️⃣ **某平台用户突破1000万**\n"
             "👉 据甲省数据管理局介绍，平台已上线。\n\n"
             "━━━━━━━━━━\n\n"
             "💡 小编碎碎念：电子印章具有同等法律效力！\n")
    got = [(i.date, i.document, i.fields.get("title"), i.fields.get("number"), i.fields.get("agency")) for i in s.items]
    assert got == [("2022-03-05", True, "甲省电子证照管理办法", "甲政发〔2022〕3号", None),
                   ("2022-05", True, "关于推进电子印章应用的实施方案", None, "丙自治区人民政府办公厅"),
                   (None, False, None, None, "甲省数据管理局")]
    assert s.items[0].text.endswith("甲省推进电子证照互认。") and "小编碎碎念：电子印章具有同等法律效力！" in s.description[-1]


def test_page_numbers_editors_asides_and_contents_entries_with_bracketed_pages():
    assert noise.chrome(normalize("— 21 —")) and noise.chrome("· 7 ·") and noise.chrome("第 3 页")
    assert not noise.chrome("21") and not noise.chrome("- 2021年，甲局发布")
    assert noise.footer("💡 小编碎碎念：这两个说法别混用") and noise.footer("小编提醒：记得收藏")
    assert not noise.footer("小编整理了以下文件。")
    assert noise.contents(normalize("甲省人民政府关于印发甲规划的通知…………（15）")) and noise.contents("乙办法……(3)")


def test_a_number_alone_on_its_line_even_one_quoting_a_reform():
    line = normalize("甲“放管服”组办〔2020〕10号")
    assert line[slice(*notices.number_line(line))] == line  # type: ignore[misc]
    assert notices.number_line("(甲政字[2018]46号)") == (1, 13) and notices.number_line("甲部令第7号") == (0, 6)
    assert notices.number_line("甲政发[2020]3号文件已印发") is None


def test_an_interpretations_heading_names_the_document_it_interprets():
    assert titles.interpretation("《甲省数字政府规划》政策解读") == (1, 9)
    assert titles.interpretation("关于《乙办法》的解读") == (3, 6)
    assert titles.interpretation("甲局解读《乙办法》，明确电子证照效力。") is None and titles.interpretation("《乙办法》") is None


def test_a_gazette_issue_gives_its_documents_in_its_province_and_its_interpretations_meetings():
    s = read("河北省人民政府公报\n\n2020年第1期\n\n目　录\n"
             "甲省人民政府关于印发甲省数字政府规划的通知…………（2）\n\n"
             "━━━━━━━━━━\n省政府文件\n━━━━━━━━━━\n\n"
             "甲省人民政府\n关于印发甲省数字政府规划\n（2020—2022年）的通知\n\n甲政〔2020〕5号\n\n"
             "各市人民政府，省人民政府各部门：\n　　现将《甲省数字政府规划（2020—2022年）》印发给你们，请认真贯彻执行。\n\n"
             "　　　　甲省人民政府\n　　　　（2020年3月5日）\n\n"
             "━━━━━━━━━━\n政策解读\n━━━━━━━━━━\n\n"
             "《甲省数字政府规划（2020—2022年）》政策解读\n\n　　一、起草背景\n　　数字化发展加快。\n"
             "　　2019年9月9日，省政府工作例会对《规划》进行了审议。2020年2月2日，省政府第9次常务会议审议通过《规划》。\n\n— 3 —\n")
    got = [(i.line, i.date, i.document, i.fields.get("title"), i.fields.get("number")) for i in s.items]
    assert got == [(12, "2020-03-05", True, "甲省人民政府关于印发甲省数字政府规划（2020—2022年）的通知", "甲政〔2020〕5号"),
                   (28, None, False, None, None), (32, "2019-09-09", False, None, None),
                   (32, "2020-02-02", False, None, None)]
    assert all(i.fields.get(PLACE) == "河北省" for i in s.items)  # 省政府 is the masthead's province's
    assert s.items[0].text.startswith("甲省人民政府\n关于印发") and "现将《甲省数字政府规划" in s.items[0].text
    assert s.items[1].text.startswith("《甲省数字政府规划") and s.items[1].text.endswith("数字化发展加快。")


def test_a_notice_ends_at_the_next_notices_heading_naming_its_document_without_brackets():
    s = read("文件选编\n\n"
             "甲省人民政府办公厅关于印发甲省电子证照办法的通知\n甲政办〔2018〕5号\n各市人民政府：\n"
             "　　《甲省电子证照办法》已经省政府同意，现印发给你们。\n　　　　甲省人民政府办公厅\n　　　　2018年8月31日\n\n"
             "乙省人民政府办公厅关于印发乙省电子印章方案的通知\n各市人民政府：\n"
             "　　现将《乙省电子印章方案》印发给你们。\n　　　　乙省人民政府办公厅\n　　　　2017年6月20日\n")
    assert [(i.line, i.date, i.fields.get("number")) for i in s.items] == [(3, "2018-08-31", "甲政办〔2018〕5号"), (10, "2017-06-20", None)]
