"""Writes directory.docx, the corpus's Word document: a compilation's numbered directory as Word
paragraphs (run from the repository root: python benchmarks/corpus/directory_docx.py)."""

from pathlib import Path

import docx

LINES = [
    "政务服务与电子证照政策文件汇编",
    "目　录",
    "一、国家层面",
    "1　国家网络身份认证公共服务管理办法（公安部 国家互联网信息办公室 民政部 文化和旅游部 国家卫生健康委员会 国家广播电视总局令第173号，2025年5月19日）",
    "2　建设项目电子文件归档和电子档案管理暂行办法（档发〔2016〕11号）",
    "3　“十四五”全国档案事业发展规划",
    "4　保障农民工工资支付条例",
    "二、地方层面",
    "5　西安市政务电子印章管理办法(试行)（西安市人民政府办公厅，2022年8月23日）",
    "6　西安市政务电子证照管理办法(试行)（同上）",
    "7　闵行区用人单位与劳动者订立电子劳动合同操作指引（闵行区人社局）",
    "（以上文件全文见正文各篇）",
]


def main() -> None:
    document = docx.Document()
    document.core_properties.title = LINES[0]
    for line in LINES:
        document.add_paragraph(line)
    document.save(str(Path(__file__).with_name("directory.docx")))


if __name__ == "__main__":
    main()
