"""Labelled header blocks: a value on its label's line, on the next line, or several pairs a line;
a block names a document only with a title and two identifying fields."""

from graph.read.columns import column_field, fields_of
from graph.read.detect.labels import block, blocks, pairs, particulars
from graph.text import normalize


def test_values_on_the_labels_line_or_the_next():
    lines = ["首页", "索 引 号：", "000014349/2022-00013", "发文机关：国务院办公厅", "成文日期：", "2022年01月20日",
             "标　　题：", "关于加快推进电子证照扩大应用领域和全国互通互认的意见", "发文字号：", "", "发布日期：2022-02-06"]
    found = block([line for line in lines if line])
    assert found is not None and found.fields == {
        "index": "000014349/2022-00013", "agency": "国务院办公厅", "date": "2022年01月20日",
        "title": "关于加快推进电子证照扩大应用领域和全国互通互认的意见", "published": "2022-02-06"}
    assert (found.first, found.last) == (1, 9)
    dashed = block(["标题：甲市电子印章管理办法", "发文机关：甲市人民政府", "发文字号：——", "成文日期：2022年1月20日"])
    assert dashed is not None and "number" not in dashed.fields


def test_a_title_and_a_byline_are_no_header_block():
    assert block(["标题：电子签名盘点", "作者：某某", "2021年1月5日，深圳市发布《办法》。"]) is None
    assert block(["2021年1月5日，深圳市发布《办法》。"]) is None


def test_labels_alone_on_their_lines_under_the_documents_title():
    lines = ["某市电子合同管理规定", "", "发布部门", "某市人民政府", "发布日期", "2020.03.02", "实施日期", "2020.05.01",
             "效力级别", "地方政府规章", "时效性", "现行有效", "", "正文:", "-----", "第一条 为了规范电子合同……"]
    found = block(lines, title_above=True)
    assert found is not None and found.first == 0 and found.last == 13  # 正文: is a label of the block, its value none
    assert found.fields == {"title": "某市电子合同管理规定", "agency": "某市人民政府", "published": "2020.03.02",
                            "in_force": "2020.05.01", "level": "地方政府规章", "status": "现行有效"}
    assert block(lines) is None  # without a 标题 label, only a text's line above the block is its title


def test_several_pairs_on_one_line_and_traditional_labels():
    assert pairs("發文機關：某省人民政府辦公廳  成文日期：2021年3月5日 | 文号：某办发〔2021〕3号") == [
        ("agency", "某省人民政府辦公廳"), ("date", "2021年3月5日"), ("number", "某办发〔2021〕3号")]
    assert pairs("制 定 机 关") == [("agency", "")]
    assert pairs("2021年1月5日，某局发布《办法》") is None
    assert pairs("某局发文字号：甲") is None  # a label must open the line


def test_a_sentence_or_a_date_above_a_block_is_no_title():
    tail = ["发布部门：某部", "发布日期：2020-01-02", "文号：某发〔2020〕1号"]
    assert block(["某部近日发布了一份通知，明确电子签名的效力。", *tail], title_above=True) is None
    assert block(["2020年1月2日", *tail], title_above=True) is None


def test_one_column_table_for_tables_and_header_blocks():
    assert [column_field(n) for n in ("公布日期", "施行日期", "时效性", "索引号", "效力级别")] == [
        "published", "in_force", "status", "index", "level"]
    assert fields_of({"名称": "甲办法", "发布日期": "2021-03-05"}) == {"title": "甲办法", "date": "2021-03-05"}
    assert fields_of({"名称": "甲办法", "成文日期": "2021-03-01", "发布日期": "2021-03-05"}) == {
        "title": "甲办法", "date": "2021-03-01", "published": "2021-03-05"}


def test_every_block_of_a_compilation():
    lines = ["摘编", "一", "时间：2020年1月2日", "发布机构：甲局", "文件：《甲办法》", "要点：推进电子签名。", "二",
             "时间：2020年3月4日", "发布机构：乙局", "文件：《乙办法》", "", "（资料来源：网站）"]
    assert [(b.first, b.last, b.fields["title"], b.fields["text"] if "text" in b.fields else None) for b in blocks(lines)] == [
        (2, 5, "《甲办法》", "推进电子签名。"), (7, 9, "《乙办法》", None)]


def test_pairs_without_colons_two_to_a_line():
    assert pairs("索 引 號 1161-2019-0024 成文日期 2019-02-25") == [("index", "1161-2019-0024"), ("date", "2019-02-25")]
    assert pairs("名  稱 甲縣人民政府辦公室關於推進電子證照的通知") == [("title", "甲縣人民政府辦公室關於推進電子證照的通知")]
    assert pairs("时间过得很快") is None  # a label must stand apart from what follows


def test_an_unlabelled_line_of_a_documents_particulars():
    line = normalize("甲省人民政府办公厅　甲政办〔2018〕52号　2018年8月31日")
    found = particulars(line)
    assert [line[slice(*span)] for span in found] == ["甲省人民政府办公厅", "甲政办[2018]52号", "2018年8月31日"]
    assert particulars(normalize("甲发〔2022〕3号  2022年1月20日")).agency is None
    assert particulars(normalize("甲省人民政府办公厅　2022年")).date is not None  # a year alone
    assert particulars(normalize("甲省人民政府办公厅印发，推进应用 2022年")) is None  # a sentence
    assert particulars(normalize("甲省人民政府办公厅")) is None  # no number, no date


def test_pairs_apart_by_a_full_width_bar_keep_no_bar_in_their_values():
    assert pairs("文號：甲發〔2020〕3號｜成文日期：2020年1月2日") == [("number", "甲發〔2020〕3號"), ("date", "2020年1月2日")]
    assert pairs("摘录：第一条 为了规范电子印章……") == [("text", "第一条 为了规范电子印章……")]


def test_a_numbered_entry_over_a_block_is_no_title_of_the_page():
    tail = ["文号：甲发〔2020〕1号｜成文日期：2020年1月2日｜发文机关：甲局"]
    assert block(["一、甲局关于推进电子证照应用的通知", *tail], title_above=True) is None
    assert block(["甲局关于推进电子证照应用的通知", *tail], title_above=True) is not None


def test_particulars_after_a_dash_name_issuer_date_and_number() -> None:
    from graph.read.detect.labels import dashed

    norm = normalize("- 《甲省电子证照管理办法》 — 甲省人民政府办公厅，2020-05-27（甲政办发〔2020〕5号）")
    given = dashed(norm)
    assert given is not None and given.agency and given.date and given.number
    assert [norm[slice(*s)] for s in (given.agency, given.date, given.number)] == [
        "甲省人民政府办公厅", "2020-05-27", "甲政办发[2020]5号"]
    doubled = dashed(normalize("《甲省电子证照管理办法》——甲省人民政府办公厅，2020年5月27日"))
    assert doubled is not None and doubled.agency and doubled.date
    only_body = dashed(normalize("- 《丙省公安厅关于修改〈乙规定〉的决定》 — 丙省公安厅（部分节选）"))
    assert only_body is not None and only_body.date is None and only_body.agency is not None


def test_a_description_after_a_dash_gives_no_particulars() -> None:
    from graph.read.detect.labels import dashed

    assert dashed(normalize("- 《丙市电子印章管理办法》 — 首个专门规范电子印章的文件")) is None
    assert dashed(normalize("- 某某库 — 开源读写库，支持签章")) is None
    assert dashed(normalize("甲局印发《丁办法》，明确效力")) is None


def test_the_session_that_passed_it_after_a_dash_names_its_issuer() -> None:
    from graph.read.detect.labels import dashed

    norm = normalize("* 2021-12-31 《甲市电子证照条例》 — 甲市第五届人民代表大会常务委员会第六次会议通过")
    given = dashed(norm)
    assert given is not None and given.agency is not None and norm[slice(*given.agency)] == "甲市第五届人民代表大会常务委员会"


def test_an_excerpts_label_in_brackets_alone_labels_the_text_below_it():
    assert pairs("【条文摘录】") == [("text", "")] and pairs("【内容摘录】") == [("text", "")]
    assert pairs("条文摘录：第一条 为规范甲省电子印章管理，制定本办法。") == [("text", "第一条 为规范甲省电子印章管理，制定本办法。")]


def test_labels_about_the_page_are_labels_of_the_block_and_no_field():
    line = "来    源：甲市政府网　　发布日期：2020-01-02　　归档时间：2020-02-01"
    assert pairs(line) == [("page", "甲市政府网"), ("published", "2020-01-02"), ("page", "2020-02-01")]
    assert pairs("来\u3000\u3000源：甲网") == [("page", "甲网")] and pairs("归 档 时 间：2020-01-01") == [("page", "2020-01-01")]
    found = block(["发布机构：甲市人民政府", "成文日期：2020-01-01", line, "", "甲市人民政府关于推进电子证照应用的通知"])
    assert found is not None and found.fields == {
        "agency": "甲市人民政府", "date": "2020-01-01", "published": "2020-01-02", "title": "甲市人民政府关于推进电子证照应用的通知"}


def test_labels_spaced_by_full_width_spaces_are_the_labels_unspaced():
    assert pairs("发\u3000布\u3000机\u3000构：甲市人民政府") == [("agency", "甲市人民政府")]
    assert pairs("文\u3000\u3000号：甲政发〔2020〕1号") == [("number", "甲政发〔2020〕1号")]
    assert pairs("索\u3000引\u3000号：—") == [("index", "—")]


def test_a_notices_heading_under_its_block_is_its_title():
    lines = ["首页 > 政务公开", "", "索 引 号：—", "发布机构：甲市人民政府办公室", "文    号：甲政办〔2020〕3号", "",
             "甲市人民政府办公室印发《甲市电子印章管理办法》的通知", "各区人民政府："]
    found = block(lines, title_above=True)
    assert found is not None and (found.first, found.last) == (2, 6)
    assert found.fields["title"] == "甲市人民政府办公室印发《甲市电子印章管理办法》的通知"
    below = ["文号：甲发〔2020〕1号", "成文日期：2020年1月2日", "乙市人民政府关于推进电子证照应用的通知"]
    assert block(below) is not None and block(below).fields["title"] == "乙市人民政府关于推进电子证照应用的通知"
    assert block(["文号：甲发〔2020〕1号", "成文日期：2020年1月2日", "各区人民政府："]) is None  # a salutation: no title
    for heading in ("甲市人民政府印发「甲市电子印章管理办法」的通知", "甲市人民政府印发《甲市电子印章\n管理办法》的通知"):
        quoted = block(["文号：甲发〔2020〕1号", "成文日期：2020年1月2日", heading])  # quoted, or broken as a PDF's line
        assert quoted is not None and quoted.fields["title"] == heading
    # 二、乙关于…的通知 under a block is the next entry of a numbered directory, over labels of its own
    assert block(["文号：甲发〔2020〕1号", "成文日期：2020年1月2日", "二、乙市人民政府关于推进电子证照应用的通知"]) is None


def test_the_notices_of_a_page_each_under_its_block_with_or_without_a_heading():
    lines = ["发布机构：甲市人民政府", "文号：甲政发〔2020〕1号", "甲市人民政府关于推进电子证照应用的通知", "现通知如下。",
             "────", "发布机构：乙市人民政府办公室", "成文日期：", "文号：乙政办〔2019〕2号", "各县人民政府：",
             "现将《丙省电子印章办法》转发给你们。"]
    assert [(b.first, b.last, b.fields.get("title")) for b in blocks(lines)] == [
        (0, 2, "甲市人民政府关于推进电子证照应用的通知"), (5, 7, None)]
