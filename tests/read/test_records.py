"""CSV/TSV/JSON/JSONL records: columns found by English or Chinese names, each problem with its line."""

from __future__ import annotations

import json

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
