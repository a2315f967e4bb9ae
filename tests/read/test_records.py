"""CSV/TSV/JSON/JSONL records: columns found by English or Chinese names, each problem with its line."""

from __future__ import annotations

import json

from graph.pipeline import build
from graph.read.sources import read_source


def read(name: str, text: str):
    return read_source(name, text.encode("utf-8"))


def test_csv_with_english_headers_reads_like_a_roundup_line():
    s = read("p.csv", "date,title,agency,region,text\n"
                      "2020-06-03,上海市电子证照管理暂行办法,上海市大数据中心,上海市,推进电子证照互认。\n"
                      "2020/7/1,《上海市电子票据管理办法》,上海市财政局,,\n")
    assert [(i.line, i.date) for i in s.items] == [(2, "2020-06-03"), (3, "2020-07-01")]
    assert s.items[0].text == "上海市大数据中心发布《上海市电子证照管理暂行办法》推进电子证照互认。"
    assert s.items[0].fields == {"date": "2020-06-03", "title": "上海市电子证照管理暂行办法",
                                 "agency": "上海市大数据中心", "region": "上海市", "text": "推进电子证照互认。"}
    assert s.items[1].text == "上海市财政局发布《上海市电子票据管理办法》"
    assert s.problems == []


def test_tsv_with_chinese_headers_and_a_bom():
    data = "\ufeff发布日期\t文件名称\t发文机关\t摘要\n2019年11月5日\t重庆市电子印章管理办法\t重庆市人民政府\t规范电子印章。\n"
    s = read_source("p.tsv", data.encode("utf-8"))
    assert s.encoding == "utf-8-sig"
    assert [(i.line, i.date) for i in s.items] == [(2, "2019-11-05")]
    assert s.items[0].text == "重庆市人民政府发布《重庆市电子印章管理办法》规范电子印章。"


def test_a_cell_that_says_same_as_above_takes_the_record_above():
    s = read("p.csv", "日期,标题,发文机关\n2021-03-05,甲办法,甲市数据局\n同上,乙办法,同上\n")
    assert [(i.date, i.fields.get("agency")) for i in s.items] == [("2021-03-05", "甲市数据局")] * 2
    assert s.items[1].text == "甲市数据局发布《乙办法》"
    assert s.problems == []


def test_bad_date_and_empty_row_are_reported_with_their_lines():
    s = read("p.csv", "日期,标题\n2021年13月1日,天津市电子合同指引\n,\n下月,河北省电子签名办法\n")
    assert [(i.line, i.date) for i in s.items] == [(2, None), (4, None)]
    assert [line for line, _ in s.problems] == [2, 3, 4]


def test_json_array_and_wrapped_list_give_each_record_its_line():
    rows = [{"date": "2024-08-02", "title": "三亚市电子合同管理办法", "agency": "三亚市人民政府"},
            {"日期": "2024-09-10", "标题": "海口市电子证照办法", "发文机关": ["海口市人民政府", "海口市大数据局"]}]
    s = read("p.json", json.dumps(rows, ensure_ascii=False, indent=2))
    assert [(i.line, i.date) for i in s.items] == [(2, "2024-08-02"), (7, "2024-09-10")]
    assert s.items[1].fields["agency"] == "海口市人民政府、海口市大数据局"
    wrapped = read("p.json", json.dumps({"count": 2, "items": rows}, ensure_ascii=False))
    assert [(i.line, i.date) for i in wrapped.items] == [(1, "2024-08-02"), (1, "2024-09-10")]


def test_jsonl_keeps_good_lines_and_reports_bad_ones():
    s = read("p.jsonl", '{"date": "2023-01-09", "title": "青岛市电子劳动合同办法"}\n\nnot json\n[1, 2]\n'
                        '{"date": "2023-02-14", "text": "山东省推广电子签名。"}\n')
    assert [(i.line, i.date, i.text) for i in s.items] == [(1, "2023-01-09", "《青岛市电子劳动合同办法》"),
                                                           (5, "2023-02-14", "山东省推广电子签名。")]
    assert [line for line, _ in s.problems] == [3, 4]


def test_invalid_json_is_reported_with_its_line():
    s = read("p.json", '[\n  {"title": "甘肃省电子印章办法"},\n  {"title": \n]')
    assert s.items == []
    assert [line for line, _ in s.problems] == [4]


def test_pathological_files_are_reported_not_raised():
    deep = read("p.json", "[" * 100000)
    assert (deep.items, [line for line, _ in deep.problems]) == ([], [1])
    huge = read("p.csv", 'title,text\n"' + "长" * 200000)
    assert huge.items == []
    assert huge.problems[0][1].startswith("not readable as a table")
    assert read("p.csv", "title,date\n").problems == [(1, "no records")]


def test_each_record_has_its_own_span():
    from graph.read.sources import read_source

    text = 'date,title,agency\n2021-01-01,甲办法,财政部\n2021-01-02,"乙\n办法",商务部\n2021-01-03,丙办法,公安部\n'
    source = read_source("r.csv", text.encode())
    assert [(i.line, source.text[i.start:i.end].split(",")[1]) for i in source.items] == [
        (2, "甲办法"), (3, '"乙\n办法"'), (5, "丙办法")]
    data = '[{"title": "甲"},\n {"title": "乙"}]'
    spans = [(i.start, i.end) for i in read_source("r.json", data.encode()).items]
    assert [data[s:e] for s, e in spans] == ['{"title": "甲"}', '{"title": "乙"}']


def _export(records: list[dict]) -> str:
    """A policy API's answer: its records two levels down, beside the page counts and the query."""
    envelope = {"resultCode": "200", "timestamp": 1700000000000,
                "data": {"pageNum": 1, "total": len(records), "queryParams": {"keyword": "电子证照"}, "list": records}}
    return json.dumps(envelope, ensure_ascii=False, indent=2)


def test_the_records_of_an_envelope_are_found_however_deep():
    s = read("p.json", _export([{"wjmc": "甲省电子证照管理办法"}, {"wjmc": "乙市电子印章管理办法"}]))
    assert [i.fields["title"] for i in s.items] == ["甲省电子证照管理办法", "乙市电子印章管理办法"]
    assert [i.line for i in s.items] == [11, 14]
    assert s.problems == []


def test_an_object_with_a_list_of_names_is_one_record():
    s = read("p.json", json.dumps({"标题": "丙市电子合同办法", "发文机关": ["丙市人民政府", "丙市数据局"]}, ensure_ascii=False))
    assert [(i.fields["title"], i.fields["agency"]) for i in s.items] == [("丙市电子合同办法", "丙市人民政府、丙市数据局")]


def test_pinyin_keys_epoch_dates_html_and_bodies_apart_by_semicolons():
    record = {"uuid": "x1", "wjmc": "甲省电子印章管理办法", "fbjg": "甲省数据局;甲省公安厅", "fwzh": "甲数发〔2022〕3号",
              "cwrq": "2022-04-19 00:00:00", "fbrq": 1650851148000, "sxrq": 1656604800000, "yxx": "有效", "xzqh": "甲省",
              "zy": "<p>电子印章与实物印章<strong>具有同等法律效力</strong>。</p>", "ztfl": "综合政务", "lyly": "本网", "ljdz": None}
    s = read("p.json", _export([record]))
    assert s.items[0].date == "2022-04-19"
    assert s.items[0].fields == {"title": "甲省电子印章管理办法", "agency": "甲省数据局、甲省公安厅", "number": "甲数发〔2022〕3号",
                                 "date": "2022-04-19 00:00:00", "published": "2022-04-25", "in_force": "2022-07-01",
                                 "status": "有效", "region": "甲省", "text": "电子印章与实物印章具有同等法律效力。", "topic": "综合政务"}


def test_a_record_dated_by_its_publication_alone_in_epoch_milliseconds():
    s = read("p.json", _export([{"wjmc": "乙市电子证照办法(征求意见稿)", "fbrq": 1740499200000, "cwrq": None, "fwzh": ""}]))
    assert (s.items[0].date, s.items[0].fields.get("number")) == ("2025-02-26", None)


def test_a_number_on_the_title_cell_is_the_number():
    s = read("p.csv", "文件名称,发文单位\n甲省电子证照管理办法（甲政办〔2018〕52号）,甲省人民政府办公厅\n乙市电子印章办法 乙政〔2020〕1号,乙市人民政府\n")
    assert [(i.fields["title"], i.fields["number"]) for i in s.items] == [
        ("甲省电子证照管理办法", "甲政办〔2018〕52号"), ("乙市电子印章办法", "乙政〔2020〕1号")]


def test_a_record_whose_text_does_not_name_it_is_one_whole_document(tmp_path):
    record = {"wjmc": "甲省人民政府关于印发甲省电子证照管理办法的通知", "fbjg": "甲省人民政府", "cwrq": "2021-03-01",
              "zy": "现将《甲省电子证照管理办法》印发给你们。根据《乙规范》，国家正式发布的《丙标准》等有关规定，制定本办法。"}
    s = read("p.json", _export([record]))
    assert s.items[0].document
    (tmp_path / "p.json").write_text(_export([record]), encoding="utf-8")
    model = build([tmp_path]).model
    read_here = [d for d in model.values() if d["type"] == "policy" and "derived_from" in d]
    assert [d["title"] for d in read_here] == [["甲省人民政府关于印发甲省电子证照管理办法的通知"]]
    assert {model[c]["title"][0] for c in read_here[0]["cites"]} == {"乙规范", "丙标准"}  # cited, not issued here
    assert not read("p.json", _export([{"text": "甲省印发《甲省电子证照管理办法》。", "title": "甲省电子证照管理办法"}])).items[0].document


def test_an_object_with_a_title_is_one_record_whatever_lists_it_holds():
    s = read("p.json", json.dumps({"标题": "丁省电子档案办法", "附件": [{"名称": "附件一"}]}, ensure_ascii=False))
    assert [i.fields["title"] for i in s.items] == ["丁省电子档案办法"]


def test_an_office_register_export_with_serial_dates_crlf_a_quoted_break_and_a_footer():
    data = ("序号,公文标题,来文单位,签发日期,公文编号,密级,备注\r\n"
            "1,甲省乙办法,甲省人民政府,44098,甲政〔2020〕1号,公开,\r\n"
            '2,甲省丙方案,甲省财政厅,2020/12/3,,内部,"根据《甲省乙办法》要求，\r\n完善平台,优化服务"\r\n'
            "合计,2件,,,,,\r\n"
            "导出时间：2024/1/2 9:30,导出人：管理员,,,,,\r\n")
    s = read("p.csv", data)
    assert [(i.line, i.date, i.fields.get("title"), i.fields.get("agency"), i.fields.get("number")) for i in s.items] == [
        (2, "2020-09-24", "甲省乙办法", "甲省人民政府", "甲政〔2020〕1号"), (3, "2020-12-03", "甲省丙方案", "甲省财政厅", None)]
    assert s.items[1].fields["text"] == "根据《甲省乙办法》要求，\n完善平台,优化服务"
    assert "access" not in s.items[0].fields
    assert s.problems == []
    assert [d.split(",")[0] for d in s.description] == ["合计", "导出时间：2024/1/2 9:30"]
