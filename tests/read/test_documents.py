"""Web pages, MHTML, Word and PDF files read as their text: the article, not the page around it."""

from __future__ import annotations

import email.mime.multipart
import email.mime.text
import html
import io
import subprocess

import docx
import pypdf
import pytest

from graph.pipeline import DEFAULT_SOURCES, build
from graph.read.sources import read_source
from tests.read.pages import NOISE_TITLES, ROUNDUP_LINES, URL, disclosure_page, roundup_page


def _titles(result) -> set[str]:
    return {d["title"][0] for d in result.model.values() if d["type"] == "policy"}


@pytest.fixture(scope="module")
def bundled_titles() -> set[str]:
    return _titles(build([DEFAULT_SOURCES]))


def test_saved_page_gives_the_roundups_policies_and_none_of_the_page_around_it(tmp_path, bundled_titles):
    (tmp_path / "roundup.html").write_text(roundup_page(), encoding="utf-8")
    result = build([tmp_path])
    assert _titles(result) == bundled_titles
    assert not any(noise in title for title in _titles(result) for noise in NOISE_TITLES)
    [source] = [d for d in result.model.values() if d["type"] == "source"]
    assert source["title"] == ["2021年全国电子签名、电子签章推广政策全面盘点"]
    assert source["date"] == ["2021-12-31"] and source["source_name"] == [URL]


def test_page_in_its_declared_gb2312_charset(tmp_path):
    source = read_source("page.htm", roundup_page("gb2312").encode("gb18030"))
    assert source.encoding == "gb18030"
    assert len(source.items) > 40 and "分享到" not in source.text and "首页" not in source.text
    assert source.text.splitlines()[1] == ROUNDUP_LINES[0]


def test_mhtml_archive_is_read_as_its_page():
    archive = email.mime.multipart.MIMEMultipart("related")
    archive["Snapshot-Content-Location"] = URL
    archive.attach(email.mime.text.MIMEText(roundup_page(), "html", "utf-8"))
    source = read_source("saved.mhtml", archive.as_bytes())
    assert source.url == URL and source.problems == [] and len(source.items) > 40


def test_disclosure_page_is_one_policy_with_its_header_fields(tmp_path):
    (tmp_path / "a.html").write_text(disclosure_page(
        "关于推进电子劳动合同的指导意见", "人力资源社会保障部 国家发展改革委", "2021年07月01日", "人社部发〔2021〕54号",
        "2021-07-12", ["各省、自治区、直辖市人力资源社会保障厅（局）：",
                       "为贯彻落实《中华人民共和国电子签名法》，依据《电子劳动合同订立指引》，现提出以下意见。",
                       "电子劳动合同与纸质劳动合同具有同等法律效力。"]), encoding="utf-8")
    (tmp_path / "b.html").write_text(disclosure_page(
        "广东省电子印章管理办法", "广东省人民政府", "2019年11月5日", "粤府令第264号", "2019年11月20日",
        ["第一条 为了规范电子印章的使用，根据《中华人民共和国电子签名法》，制定本办法。"]), encoding="utf-8")
    source = read_source("a.html", (tmp_path / "a.html").read_bytes())
    [item] = source.items
    assert item.document and item.date == "2021-07-01"
    assert {k: item.fields[k] for k in ("title", "agency", "number", "published")} == {
        "title": "关于推进电子劳动合同的指导意见", "agency": "人力资源社会保障部、国家发展改革委",
        "number": "人社部发〔2021〕54号", "published": "2021-07-12"}
    result = build([tmp_path])  # a folder of disclosure pages: one policy each, the documents they cite are no new items
    items = {d["title"][0]: d for d in result.model.values() if d["type"] == "policy" and "derived_from" in d}
    assert set(items) == {"关于推进电子劳动合同的指导意见", "广东省电子印章管理办法"}
    policies = {d["title"][0]: iri for iri, d in result.model.items() if d["type"] == "policy"}
    guideline = items["关于推进电子劳动合同的指导意见"]
    assert guideline["cites"] == [policies["电子劳动合同订立指引"]]  # 依据《B》: its basis
    assert guideline["ensures_implementation_of"] == [policies["中华人民共和国电子签名法"]]  # 为贯彻落实《A》
    assert items["广东省电子印章管理办法"]["cites"] == [policies["中华人民共和国电子签名法"]]
    assert guideline["date_document"] == ["2021-07-01"] and guideline["document_number"] == ["人社部发〔2021〕54号"]
    assert guideline["date_publication"] == ["2021-07-12"]  # 发布日期 apart from the 成文日期
    issuers = [result.model[a]["pref_zh"][0] for a in guideline["passed_by"]]
    assert issuers == ["人力资源和社会保障部", "国家发展和改革委员会"]
    assert items["广东省电子印章管理办法"]["date_document"] == ["2019-11-05"]
    assert "https://w3id.org/policykg/id/concept/legal-equivalence" in guideline["is_about"]


def test_word_document_paragraphs_and_table(tmp_path):
    document = docx.Document()
    document.add_paragraph("2022年电子签章政策汇编")
    document.add_paragraph("3月1日")
    document.add_paragraph("安徽省人民政府印发《安徽省电子证照应用管理办法》，推进电子证照互认。")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("日期", "发文机关", "文件名称"), ("2022-04-02", "江苏省人社厅", "江苏省电子劳动合同管理办法"),
                                       ("2022年5月6日", "浙江省市场监管局", "浙江省电子营业执照应用指引")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    (tmp_path / "policies.docx").write_bytes(buffer.getvalue())
    source = read_source("policies.docx", buffer.getvalue())
    assert source.encoding == "docx" and source.title == "2022年电子签章政策汇编"
    assert [(i.date, i.fields.get("title")) for i in source.items] == [
        ("2022-03-01", None), ("2022-04-02", "江苏省电子劳动合同管理办法"), ("2022-05-06", "浙江省电子营业执照应用指引")]
    assert _titles(build([tmp_path])) == {"安徽省电子证照应用管理办法", "江苏省电子劳动合同管理办法", "浙江省电子营业执照应用指引"}


def test_word_table_with_merged_section_rows_two_line_cells_and_same_as_above():
    document = docx.Document()
    document.add_paragraph("电子证照政策文件汇总表")
    rows = [("序号", "文件名称", "发文单位", "文号", "发布时间"), ("一、省级层面",),
            ("1", "甲省电子证照管理办法\n甲政办〔2018〕52号", "甲省人民政府办公厅", "", "2018年8月31日"),
            ("2", "甲省电子印章实施方案", "同上", "", "—"), ("二、市级层面",),
            ("3", "乙市电子证照管理办法", "乙市人民政府办公室", "乙政办〔2021〕13号", "")]
    table = document.add_table(rows=0, cols=5)
    for texts in rows:
        cells = table.add_row().cells
        if len(texts) == 1:
            cells[0].merge(cells[-1]).text = texts[0]
            continue
        for cell, text in zip(cells, texts):
            cell.text = text
    document.add_paragraph("说明：发布时间空缺的，以正式文本为准。")
    buffer = io.BytesIO()
    document.save(buffer)
    source = read_source("table.docx", buffer.getvalue())
    assert [(i.fields.get("title"), i.fields.get("agency"), i.fields.get("number"), i.date, i.section) for i in source.items] == [
        ("甲省电子证照管理办法", "甲省人民政府办公厅", "甲政办〔2018〕52号", "2018-08-31", "省级层面"),
        ("甲省电子印章实施方案", "甲省人民政府办公厅", None, None, "省级层面"),
        ("乙市电子证照管理办法", "乙市人民政府办公室", "乙政办〔2021〕13号", None, "市级层面")]


@pytest.fixture(scope="module")
def printed_pdf(tmp_path_factory) -> bytes:
    """The roundup printed to PDF by Debian's Chromium, whose text layer has Kangxi radicals and wrapped lines."""
    folder = tmp_path_factory.mktemp("pdf")
    page = folder / "roundup.html"
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in ROUNDUP_LINES)
    page.write_text(f'<html><head><meta charset="utf-8"><style>body{{font: 15pt "Noto Serif CJK SC"; width: 15cm}}</style>'
                    f"</head><body>{paragraphs}</body></html>", encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={folder / 'roundup.pdf'}", page.as_uri()], check=True, capture_output=True, timeout=120)
    return (folder / "roundup.pdf").read_bytes()


def test_pdf_text_layer_is_normalized_and_rejoined(printed_pdf, tmp_path, bundled_titles):
    raw = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(printed_pdf)).pages)
    assert "⼦" in raw or "⽉" in raw  # the text layer really has radicals
    source = read_source("roundup.pdf", printed_pdf)
    assert source.encoding == "pdf" and not any(0x2E80 <= ord(c) <= 0x2FDF for c in source.text)
    assert ROUNDUP_LINES[2] in source.text.splitlines()  # a paragraph wrapped over several printed lines, whole again
    (tmp_path / "roundup.pdf").write_bytes(printed_pdf)
    assert _titles(build([tmp_path])) == bundled_titles


def test_scanned_pdf_without_text_is_a_reject(tmp_path):
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    (tmp_path / "scan.pdf").write_bytes(buffer.getvalue())
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    result = build([tmp_path])
    reasons = {(p.file.rsplit("/", 1)[-1], p.reason) for p in result.problems}
    assert ("scan.pdf", "scanned PDF without a text layer (1 page(s)): nothing read; run OCR on it first") in reasons
    assert any(name == "broken.docx" and reason.startswith("not a readable Word document") for name, reason in reasons)


def test_a_table_in_a_page_is_read_by_its_header_like_records():
    page = """<html><head><meta charset="utf-8"><title>政策一览</title></head><body><nav><a href="/">首页</a></nav>
<article><h1>2022年电子印章政策一览</h1><p>以下为今年各地出台的电子印章政策，供参考。各地政策持续推进电子印章的应用。</p>
<table><tr><th>日期</th><th>发文机关</th><th>文件名称</th></tr>
<tr><td>2022-04-02</td><td>江苏省人社厅</td><td>江苏省电子劳动合同管理办法</td></tr>
<tr><td>2022年5月6日</td><td>浙江省市场监管局</td><td>浙江省电子营业执照应用指引</td></tr></table></article></body></html>"""
    source = read_source("list.html", page.encode("utf-8"))
    assert [(i.date, i.fields["agency"], i.fields["title"]) for i in source.items] == [
        ("2022-04-02", "江苏省人社厅", "江苏省电子劳动合同管理办法"), ("2022-05-06", "浙江省市场监管局", "浙江省电子营业执照应用指引")]


def test_a_list_page_gives_one_item_an_entry_with_the_date_beside_its_link():
    """<li><a>…</a><span>date</span></li>: trafilatura would keep only the breadcrumb of such a page."""
    entries = [("甲省人民政府办公厅印发《甲省电子证照管理暂行办法》", "2022-03-18"),
               ("甲省数据局发布《甲省电子印章管理规范》", "2022-03-10"),
               ("甲省召开电子证照应用推进会", "2022-01-20"), ("乙市人社局推行电子劳动合同", "2022-01-05")]
    items = "".join(f'<li><a href="/c/{i}.html">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(entries))
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>政策动态</title></head><body>'
            f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zw">政务公开</a> &gt; 政策动态</div>'
            f'<div class="rightcon"><h3>政策动态</h3><ul>{items}</ul><div>共4条 首页 上一页 1 下一页 尾页</div></div>'
            f'<div class="footer">版权所有</div></body></html>')
    source = read_source("list.html", page.encode("utf-8"))
    assert [(i.date, i.text.lstrip("- ")) for i in source.items] == [(d, t + d) for t, d in entries]


def test_a_government_portals_list_page_places_the_bodies_it_names_without_their_region(tmp_path):
    entries = [("省政府办公厅印发《电子印章管理暂行办法》", "2022-04-25"), ("国务院办公厅印发《电子证照意见》", "2022-02-22"),
               ("（受权发布）国务院关于在线政务服务的若干规定", "2019-04-30")]
    items = "".join(f'<li><a href="/c/{i}.html">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(entries))
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>政策动态 - 广东省人民政府门户网站</title></head>'
            f'<body><div class="rightcon"><h3>政策动态</h3><ul>{items}</ul></div></body></html>')
    (tmp_path / "list.html").write_text(page, encoding="utf-8")
    model = build([tmp_path / "list.html"]).model
    assert sorted((d["title"][0], *[model[a]["pref_zh"][0] for a in d["passed_by"]], d["jurisdiction"][0].rsplit("/", 1)[1])
                  for d in model.values() if d["type"] == "policy") == [
        ("国务院关于在线政务服务的若干规定", "国务院", "CN"), ("电子印章管理暂行办法", "广东省人民政府办公厅", "440000"),
        ("电子证照意见", "国务院办公厅", "CN")]
    assert read_source("other.html", page.replace("广东省人民政府门户网站", "某电子签名服务商").encode("utf-8")).site == "某电子签名服务商"


def _workbook(path):
    import datetime as dt

    import openpyxl
    book = openpyxl.Workbook()
    national = book.active
    national.title = "国家"
    national.append(["甲类政策清单（截至2023年6月）"])
    national.merge_cells("A1:F1")
    national.append(["序号", "政策名称", "发布机构", "文号", "发布时间", "备注"])
    national.append([1, "甲部关于推进电子证照的意见", "甲部", "甲发〔2021〕1号", dt.datetime(2021, 6, 16), "推进电子证照应用"])
    national.append([2, "乙规定", "国务院", "国务院令第716号", "2019年4月", None])
    national.append([])
    national.append(["注：以上按发布时间排列"])
    local = book.create_sheet("地方")
    local.append(["序号", "政策名称", "发布机构", "文号", "发布时间", "备注"])
    local.append([1.0, "丙省电子印章管理办法", "丙省人民政府办公厅", None, "2021.5.14", "电子印章与实物印章具有同等法律效力"])
    book.save(path)


def test_an_excel_list_is_read_sheet_by_sheet_as_tables_under_their_headers(tmp_path):
    _workbook(tmp_path / "list.xlsx")
    source = read_source("清单.bin", (tmp_path / "list.xlsx").read_bytes())  # told by its bytes, not its name
    assert source.encoding == "xlsx" and source.problems == []
    assert source.text.splitlines()[:3] == ["国家", "| 甲类政策清单（截至2023年6月） |", "| 序号 | 政策名称 | 发布机构 | 文号 | 发布时间 | 备注 |"]
    assert [(i.date, i.fields["title"], i.fields["agency"], i.fields.get("number")) for i in source.items] == [
        ("2021-06-16", "甲部关于推进电子证照的意见", "甲部", "甲发〔2021〕1号"),  # a date cell
        ("2019-04", "乙规定", "国务院", "国务院令第716号"),  # a month written as text
        ("2021-05-14", "丙省电子印章管理办法", "丙省人民政府办公厅", None)]


def test_a_broken_excel_file_is_one_problem(tmp_path):
    source = read_source("list.xlsx", b"PK\x03\x04 not really a workbook")
    assert source.items == [] and source.problems[0][1].startswith("not a readable Excel workbook")
