"""The rules that make a PDF's text layer readable, one by one on short examples."""

from graph.read.layout import close_gaps, radicals, readable, rejoin


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
