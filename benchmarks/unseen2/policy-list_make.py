"""Write policy-list.xlsx: an agency's 政策清单 as an Excel workbook (two sheets, 国家 and 地方).

Run from anywhere with the project's venv (openpyxl):
    /work/main/.venv/bin/python policy-list_make.py            # writes policy-list.xlsx beside this script
    /work/main/.venv/bin/python policy-list_make.py --render   # prints the text a reader would make of it

Each sheet: a merged title row, a header row, the rows, an empty row, a note row (merged).
Some dates are real Excel dates (number format yyyy-mm-dd or yyyy"年"m"月"d"日"), others text
('2019年4月', '2021年2月', '2021.5.14'), some cells empty. The --render text is what the gold's anchors
are placed in: sheet by sheet, the sheet name on its own line, then each non-empty row as
`| cell | cell |` (a date cell as YYYY-MM-DD, an empty cell as nothing, a merged cell once).
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
OUT = HERE / "policy-list.xlsx"

TITLE = "电子证照与电子印章政策清单（截至2023年6月）"
HEADER = ["序号", "政策名称", "发布机构", "文号", "发布时间", "适用范围", "备注"]

NATIONAL = [
    [1, "中华人民共和国电子签名法（2019年修正）", "全国人大常委会", "", "2019年4月", "全国",
     "第二次修正：删去不动产权益转让不适用电子文书的规定"],
    [2, "国务院关于在线政务服务的若干规定", "国务院", "国务院令第716号", date(2019, 4, 26), "全国",
     "电子印章与实物印章具有同等法律效力，加盖电子印章的电子材料合法有效；电子证照与纸质证照具有同等法律效力"],
    [3, "全国一体化在线政务服务平台电子印章管理办法（试行）", "国务院办公厅", "国办电政函〔2019〕252号", None, "全国",
     "各省电子印章管理办法多以此为依据"],
    [4, "国务院办公厅关于加快推进电子证照扩大应用领域和全国互通互认的意见", "国务院办公厅", "国办发〔2022〕3号",
     date(2022, 1, 20), "全国", "2022年2月22日公开发布"],
]

LOCAL = [
    [1, "河南省电子证照管理暂行办法", "河南省人民政府办公厅", "豫政办〔2018〕52号", date(2018, 8, 31), "河南省",
     "按照安全规范要求生成并包含电子印章的电子证照与纸质证照具有同等法律效力"],
    [2, "芜湖市电子签章管理办法", "芜湖市数据资源管理局", "", "2021年2月", "芜湖市",
     "与《芜湖市“互联网+政务服务”电子文件管理办法》同文印发；可靠的电子签章与盖章有同等法律效力"],
    [3, "海南省电子印章应用管理办法（试行）", "中共海南省委办公厅、海南省人民政府办公厅", "琼办发〔2021〕19号",
     "2021.5.14", "海南省", "电子印章和实物印章具有同等的法律效力，加盖电子印章的电子材料合法有效"],
    [4, "陕西省人民政府办公厅关于印发政务电子印章管理办法(试行)和政务电子证照管理办法(试行)的通知",
     "陕西省人民政府办公厅", "陕政办函〔2021〕152号", date(2021, 12, 16), "陕西省",
     "一文印发两个办法"],
    [5, "福建省加快推进电子证照扩大应用领域和跨区域互通互认实施方案", "福建省人民政府办公厅", "闽政办〔2022〕33号",
     date(2022, 5, 30), "福建省",
     "为贯彻落实《国务院办公厅关于加快电子证照扩大应用领域和全国互通互认的意见》（国办发〔2022〕3号）制定"],
    [6, "关于做好电子营业执照和电子印章推广应用工作的通知", "周口市市场监督管理局", "", None, "周口市",
     "落实国办发〔2022〕3号、国市监注发〔2021〕24号有关要求；同步发放与实物印章“同章同模”的电子印章"],
]

NOTES = {
    "国家": "注：发布时间为成文日期；未填写的为公开文本未载明。",
    "地方": "注：本清单根据各地政府网站公开信息整理，仅供参考，以正式文件为准。",
}

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_sheet(ws, rows, note: str) -> None:
    width = len(HEADER)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(1, 1, TITLE).font = Font(bold=True, size=14)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.row_dimensions[1].height = 28
    for c, name in enumerate(HEADER, 1):
        cell = ws.cell(2, c, name)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center")
    for r, row in enumerate(rows, 3):
        for c, value in enumerate(row, 1):
            cell = ws.cell(r, c, value)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(value, date):
                # two display formats, as such lists mix them
                cell.number_format = "yyyy-mm-dd" if r % 2 else 'yyyy"年"m"月"d"日"'
    empty = 3 + len(rows)  # an empty row, then the note
    ws.merge_cells(start_row=empty + 1, start_column=1, end_row=empty + 1, end_column=width)
    ws.cell(empty + 1, 1, note).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", (6, 48, 26, 24, 14, 10, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A3"


def build() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "国家"
    write_sheet(ws, NATIONAL, NOTES["国家"])
    write_sheet(wb.create_sheet("地方"), LOCAL, NOTES["地方"])
    wb.properties.creator = "政务服务数据管理局"
    wb.properties.created = datetime(2023, 6, 30, 9, 0, 0)
    wb.properties.modified = datetime(2023, 6, 30, 9, 0, 0)
    wb.save(OUT)


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def render(path: Path = OUT) -> str:
    """The text the gold's anchors are placed in (see the module docstring)."""
    wb = load_workbook(path)
    lines = []
    for ws in wb.worksheets:
        lines.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [cell_text(v) for v in row]
            while cells and not cells[-1]:
                cells.pop()
            if not cells:
                continue
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    if "--render" in sys.argv:
        print(render())
    else:
        build()
        print(f"wrote {OUT}")
