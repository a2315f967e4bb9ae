from graph.extract.titles import TitleSpan, bare_title, doc_form, find_titles, pieces, title_key
from graph.gazetteer.schemes import doctypes
from graph.text import normalize


def form(title):
    return doc_form(normalize(title), doctypes())


def test_nested_brackets_are_kept_in_the_outer_title():
    text = "司法部印发《关于修改〈律师执业管理办法〉的决定》和《公证程序规则》"
    spans, unclosed = find_titles(text)
    assert [text[s.start:s.end] for s in spans] == ["关于修改〈律师执业管理办法〉的决定", "公证程序规则"]
    assert unclosed == []


def test_nested_double_angle_brackets():
    text = "《关于印发《数据安全管理办法》的通知》"
    spans, _ = find_titles(text)
    assert [text[s.start:s.end] for s in spans] == ["关于印发《数据安全管理办法》的通知"]


def test_unclosed_bracket_is_reported():
    assert find_titles("发布《电子合同管理办法")[1] == [2]


def _titles(text):
    norm = normalize(text)
    spans, unclosed = find_titles(norm)
    return [norm[s.start:s.end] for s in spans], unclosed


def test_a_title_never_closed_ends_with_its_clause():
    assert _titles("甲省印发《甲省电子合同管理办法，推广电子合同") == (["甲省电子合同管理办法"], [4])
    assert _titles("根据《乙通知（乙发〔2023〕7号）要求，印发《丙办法》") == (["乙通知", "丙办法"], [2])
    assert _titles("印发《甲办法。乙市印发《乙规定》。") == (["甲办法", "乙规定"], [2])
    # it ends with the last document form of its clause, its own (试行) kept
    assert _titles("某院公布《甲规则已于2021年5月18日由某院会议通过") == (["甲规则"], [4])
    assert _titles("《乙实施办法(试行)公布。") == (["乙实施办法(试行)"], [0])


def test_a_title_closed_with_the_other_mark_is_one_title():
    assert _titles("印发《甲办法〉，推广") == (["甲办法"], [])
    assert _titles("印发〈乙规定》和〈丙办法〉") == (["乙规定", "丙办法"], [])
    assert _titles("印发《关于转发〈丁办法〉的通知》") == (["关于转发〈丁办法〉的通知"], [])
    assert _titles("《戊〈己》") == (["戊〈己"], [])  # a 〈 left open inside a title closes with it


def test_wrapper_notice_gives_both_forms():
    f = form("关于印发杭州市电子印章管理办法（试行）的通知")
    assert f.form.pref_zh == "办法"
    assert f.wrapper.pref_zh == "通知"
    assert f.wrapped == "杭州市电子印章管理办法"


def test_plain_notice_has_no_wrapper():
    f = form("关于推进电子证照应用的通知")
    assert f.form.pref_zh == "通知" and f.wrapper is None and f.wrapped is None


def test_bare_wrapper_without_guanyu():
    f = form("成都市数字政府建设行动计划(2022-2024年)的通知")
    assert f.form.pref_zh == "行动计划"
    assert f.wrapper.pref_zh == "通知"


def test_longest_form_suffix_wins():
    assert form("关于加快电子印章推广的指导意见").form.pref_zh == "指导意见"
    assert form("电子签名法").form.pref_zh == "法"
    assert form("中华人民共和国民法典").form.pref_zh == "法"  # a code (法典) is a statute


def test_title_key_ignores_quotes_and_spaces():
    assert title_key("“十四五” 数字政府规划") == title_key("十四五数字政府规划")


def test_a_nested_title_that_is_the_whole_published_document_is_unwrapped():
    assert form("关于印发〈全国一体化政务服务平台建设方案〉的通知").wrapped == "全国一体化政务服务平台建设方案"
    assert form("关于印发《数据安全管理办法》的通知").form.pref_zh == "办法"


def test_a_forwarding_notice_names_what_it_forwards_and_publishes_nothing():
    f = form("关于转发〈浙江省电子印章管理办法〉的通知")
    assert (f.forwards, f.wrapped, f.wrapper.pref_zh) == ("浙江省电子印章管理办法", None, "通知")
    assert form("关于转发省财政厅关于电子票据的通知的通知").forwards == "省财政厅关于电子票据的通知"


def test_a_forwarded_title_after_its_issuers_is_split_from_them():
    f = form("关于转发国家发展改革委等部门〈推进“互联网+政务服务”开展信息惠民试点实施方案〉的通知")
    assert (f.forwards_by, f.forwards) == ("国家发展改革委等部门", "推进“互联网+政务服务”开展信息惠民试点实施方案")


def test_an_entry_that_is_only_a_title_without_brackets():
    norm = normalize("2021年5月18日 甲省人民政府办公厅关于印发甲省电子证照管理办法的通知（甲政办〔2021〕20号）")
    span = bare_title(norm, 11, doctypes())
    assert norm[span.start:span.end] == "甲省人民政府办公厅关于印发甲省电子证照管理办法的通知"
    assert bare_title(normalize("关于推进电子印章应用的实施意见"), 0, doctypes()) == TitleSpan(0, 15)


def test_a_sentence_is_not_a_bare_title():
    for text in ("甲省人民政府办公厅关于电子印章的工作取得进展", "甲局召开会议，研究关于推进电子印章的意见",
                 "关于我们"):
        assert bare_title(normalize(text), 0, doctypes()) is None


def test_a_forwarded_notice_publishing_several_titles_stays_whole():
    f = form("关于转发《某省人民政府办公厅关于印发〈甲办法〉〈乙办法〉和〈丙办法〉的通知》的通知")
    assert f.forwards == "某省人民政府办公厅关于印发〈甲办法〉〈乙办法〉和〈丙办法〉的通知"


def test_a_body_forwarding_a_list_of_titles_forwards_the_first_and_publishes_nothing():
    f = form("某县人民政府办公室转发《某省厅关于甲办法》《乙办法》和《丙办法》的通知")
    assert (f.forwards, f.wrapped, f.wrapper.pref_zh) == ("某省厅关于甲办法", None, "通知")


def test_the_titles_nested_at_the_top_of_a_title_in_any_brackets():
    assert pieces("关于印发〈甲〉<乙>和《丙〈丁〉》的通知") == ["甲", "乙", "丙〈丁〉"]
    assert pieces("某市电子印章管理办法") == []


def test_a_forwarding_title_listing_several_forwards_the_first():
    assert form("关于转发《甲省办法》和《乙省规范》的通知").forwards == "甲省办法"
    f = form("关于转发省数据局〈甲办法〉〈乙规范〉的通知")
    assert (f.forwards_by, f.forwards) == ("省数据局", "甲办法")


def test_a_bare_title_keeps_its_own_brackets_and_leaves_its_remark():
    for text, title in (("甲市电子印章管理办法(试行)（甲市人民政府办公厅，2022年8月23日）", "甲市电子印章管理办法(试行)"),
                        ("乙省数字政府规划(2021-2025年)", "乙省数字政府规划(2021-2025年)"),
                        ("丙部电子文件管理暂行办法（丙发〔2016〕11号）", "丙部电子文件管理暂行办法")):
        norm = normalize(text)
        span = bare_title(norm, 0, doctypes())
        assert norm[span.start:span.end] == normalize(title)
