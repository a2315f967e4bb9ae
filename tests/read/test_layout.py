"""The rules that make a PDF's text layer readable, one by one on short examples."""

from graph.read.layout import close_gaps, hard_wrapped, radicals, readable, rejoin, unwrapped


def test_kangxi_and_supplement_radicals_become_the_characters_they_stand_for():
    assert radicals("⼦⽉⼈⺠⻅⻓⻔") == "子月人民见长门"
    assert radicals("〈公安机关〉") == "〈公安机关〉"  # U+2329/U+232A are the same brackets


def test_a_radical_takes_the_form_of_the_text_around_it():
    assert radicals("银⾏账⼾管理") == "银行账户管理"
    assert radicals("銀⾏帳⼾與電⼦證照") == "銀行帳戶與電子證照"


def test_spaces_between_characters_and_digits_go_but_not_between_words():
    assert close_gaps("1 月 5 日 ，人民 政府 发布 《 办法 》") == "1月5日，人民政府发布《办法》"
    assert close_gaps("ISO 9001 认证 与 GB/T 2260") == "ISO 9001认证与 GB/T 2260"  # Latin words keep their spaces


def test_a_wrapped_line_is_joined_to_the_next_but_a_short_or_finished_one_is_not():
    lines = ["1月5日", "深圳市人民政府发布《关于加快智慧城市和数", "字政府建设的若干意见》推进电子签名互认。",
             "深圳市市场监督管理局发布了一份办法文件。", "1月8日", "“十四五”规划明确提出推进电子签章的“", "互认”。"]
    assert rejoin(lines) == ["1月5日", "深圳市人民政府发布《关于加快智慧城市和数字政府建设的若干意见》推进电子签名互认。",
                             "深圳市市场监督管理局发布了一份办法文件。", "1月8日", "“十四五”规划明确提出推进电子签章的“互认”。"]


def test_readable_applies_all_three():
    assert readable("1 ⽉ 5 ⽇\n⼈⺠政府发布《电⼦印章管理办法》，明确电\n⼦印章的效⼒。") == "1月5日\n人民政府发布《电子印章管理办法》，明确电子印章的效力。"


def test_a_line_opening_with_a_closing_mark_or_after_an_unfinished_one_goes_on():
    long = "甲省人民政府办公厅关于进一步加快推进全省电子证照电子印章电子签名扩大应用和互通互认工作的实施意见全文如下。"
    lines = [long, "甲省人民政府办公厅印发", "《甲省电子印章管理办法》", "。乙市电子证照管理办法", "丙市电子合同指引"]
    assert rejoin(lines) == [long, "甲省人民政府办公厅印发《甲省电子印章管理办法》。乙市电子证照管理办法", "丙市电子合同指引"]


def test_a_full_line_does_not_run_into_a_list_entry_or_a_label():
    lines = ["1.甲省人民政府办公厅关于印发甲省电子印章管理办法的通", "2.乙市电子证照管理办法",
             "标题：丙市人民政府办公室关于推进电子证照应用的通知书", "发文字号：丙政办〔2022〕3号"]
    assert rejoin(lines) == lines


PARAGRAPH = ("2021年3月5日，甲省人民政府办公厅印发《甲省电子印章管理办法》，明确加盖电子印章的电子材料与纸质材料具有"
             "同等法律效力，并要求各地各部门在政务服务中推广使用电子印章，逐步实现政务服务事项全程网上办理，"
             "减少纸质材料的提交和群众办事跑动次数。")


def wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_text_broken_at_one_width_is_hard_wrapped_and_rejoined_with_its_file_lines():
    lines = ["甲省电子印章政策", "", *wrap(PARAGRAPH, 30), "", *wrap(PARAGRAPH.replace("甲省", "乙省"), 30)]
    assert hard_wrapped(lines)
    text, file_lines = unwrapped("\n".join(lines))
    assert text.split("\n") == ["甲省电子印章政策", "", PARAGRAPH, "", PARAGRAPH.replace("甲省", "乙省")]
    assert file_lines == [1, 2, 3, 7, 8]


def test_paragraphs_entries_and_rows_one_a_line_are_not_hard_wrapped():
    assert not hard_wrapped([PARAGRAPH, PARAGRAPH.replace("甲省", "乙省"), "一、国家层面", PARAGRAPH[:40] + "。"])
    directory = [f"{n}.《甲省关于推进第{n}批电子证照应用的实施意见》" for n in range(1, 9)]
    assert not hard_wrapped(directory)  # entries end with their title's 》
    rows = [f"{n} | 甲省关于推进第{n}批电子证照应用的实施意见 | 甲省人民政府办公厅 | 2021-03-0{n}" for n in range(1, 9)]
    assert not hard_wrapped(rows)
    assert unwrapped("\n".join(rows)) is None
