"""Writes policy-table.docx: a Word table of policies (序号/文件名称/发文单位/文号/发布时间/主要内容) with merged
level rows (一、国家层面 / 二、省级层面 / 三、市级层面), cells holding two lines (a title and its number), a 同上 body,
between paragraphs (run with /work/main/.venv/bin/python policy-table_make.py)."""

from pathlib import Path

import docx

TITLE = "电子签名、电子印章与电子证照相关政策文件汇总表"
BEFORE = [
    TITLE,
    "（政务服务窗口业务学习参考资料  2022年9月整理）",
    "为便于窗口工作人员准确把握电子签名、电子印章和电子证照应用的政策依据，现将国家和省、市层面主要政策文件汇总如下，供学习参考。",
]
HEADER = ["序号", "文件名称", "发文单位", "文号", "发布时间", "主要内容"]
SECTIONS = [
    ("一、国家层面", [
        ["1", "中华人民共和国电子签名法", "全国人大常委会", "主席令第18号", "2004年8月28日",
         "可靠的电子签名与手写签名或者盖章具有同等的法律效力；自2005年4月1日起施行"],
        ["2", "关于修改《中华人民共和国建筑法》等八部法律的决定", "全国人大常委会", "", "2019年4月23日",
         "对电子签名法作第二次修正"],
        ["3", "国务院关于在线政务服务的若干规定\n（国令第716号）", "国务院", "", "2019年4月26日",
         "第九条：电子印章与实物印章具有同等法律效力，加盖电子印章的电子材料合法有效。\n第十条：电子证照与纸质证照具有同等法律效力。"],
        ["4", "全国一体化在线政务服务平台电子印章管理办法(试行)\n国办电政函〔2019〕252号", "—", "", "—", ""],
    ]),
    ("二、省级层面", [
        ["5", "河南省电子证照管理暂行办法\n豫政办〔2018〕52号", "河南省人民政府办公厅", "", "2018年8月31日",
         "按照安全规范要求生成并包含电子印章的电子证照与纸质证照具有同等法律效力，可作为办事依据和归档材料"],
        ["6", "河南省加快推进电子证照等“四电”扩大应用和互通互认实施方案", "同上", "", "",
         "贯彻落实《国务院办公厅关于加快推进电子证照扩大应用领域和全国互通互认的意见》（国办发〔2022〕3号），加快推进电子证照、电子印章、电子签名、电子材料扩大应用和互通互认"],
    ]),
    ("三、市级层面", [
        ["7", "许昌市电子证照管理暂行办法", "许昌市政府办公室", "许政办〔2021〕13号", "",
         "规范全市电子证照信息采集、制证颁发、共享使用、监督管理，促进电子证照应用"],
    ]),
]
AFTER = [
    "说明：1.发布时间空缺的，以发文单位公开的正式文本为准；2.文件名称栏内已列明文号的，文号栏不再重复填写。",
    "附件：相关文件全文（另发）",
]


def main() -> None:
    document = docx.Document()
    document.core_properties.title = TITLE
    for line in BEFORE:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, HEADER):
        cell.text = name
    for heading, rows in SECTIONS:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        merged.text = heading
        for row in rows:
            for cell, value in zip(table.add_row().cells, row):
                cell.text = value
    for line in AFTER:
        document.add_paragraph(line)
    document.save(str(Path(__file__).with_name("policy-table.docx")))


if __name__ == "__main__":
    main()
