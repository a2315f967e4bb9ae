"""Writes traditional-table.docx, a held-out Word document: a compilation's table of documents in
Traditional characters, between a heading and notes (run from the repository root:
python benchmarks/heldout/traditional_table_docx.py)."""

from pathlib import Path

import docx

TITLE = "電子證照與電子印章政策文件一覽表"
BEFORE = [
    TITLE,
    "（繁體版，按成文日期排列；發文字號不詳者以—表示）",
]
HEADER = ["序號", "文件名稱", "發文機關", "發文字號", "成文日期", "備註"]
ROWS = [
    ["1", "電子認證服務管理辦法", "信息產業部", "信息產業部令第35號", "2005年2月8日", "已廢止"],
    ["2", "河南省電子證照管理暫行辦法", "河南省人民政府辦公廳", "豫政辦〔2018〕52號", "2018年8月31日",
     "第二條：電子證照與紙質證照具有同等法律效力"],
    ["3", "福州市用人單位訂立電子勞動合同工作指引", "福州市人力資源和社會保障局", "—", "2020年7月16日",
     "確保電子勞動合同與紙質勞動合同具有同等法律效力"],
    ["4", "關於推進電子勞動合同相關工作的實施意見(試行)", "閔行區人力資源和社會保障局 閔行區行政服務中心", "—",
     "2021年3月29日", "形成電子簽章、網上簽約、區塊鏈存證的管理新模式"],
    ["5", "國務院辦公廳關於加快推進電子證照擴大應用領域和全國互通互認的意見", "國務院辦公廳", "國辦發〔2022〕3號",
     "2022年01月20日", "發佈日期：2022年02月22日"],
    ["6", "廣東省電子印章管理暫行辦法", "廣東省人民政府辦公廳", "粵辦函〔2022〕49號", "2022年4月19日",
     "第三條：加蓋電子印章的電子材料合法有效"],
    ["7", "青海省加快推進電子證照擴大應用領域和全國互通互認工作方案", "青海省人民政府辦公廳", "", "2022年7月25日", ""],
    ["8", "電子印章管理辦法", "國務院辦公廳", "國辦發〔2025〕33號", "2025年9月27日",
     "第五條：符合本辦法規定的電子印章與實物印章具有同等法律效力"],
]
AFTER = ["註：本表僅供查閱，文件內容以發文機關公佈的正式文本為準。"]


def main() -> None:
    document = docx.Document()
    document.core_properties.title = TITLE
    for line in BEFORE:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=len(HEADER))
    for cell, name in zip(table.rows[0].cells, HEADER):
        cell.text = name
    for row in ROWS:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    for line in AFTER:
        document.add_paragraph(line)
    document.save(str(Path(__file__).with_name("traditional-table.docx")))


if __name__ == "__main__":
    main()
