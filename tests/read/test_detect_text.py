"""Title, issuing-body, section and noise anchors, each on short lines written for the rule."""

from __future__ import annotations

from graph.read.detect import actions, noise, notices, qa, repeats, sections, titles, writer
from graph.read.detect import dates as dating
from graph.text import normalize


def test_title_alone_and_title_headings():
    assert titles.alone("《关于加快推进电子证照应用的意见》")
    assert titles.alone("1.《甲办法》(国办发[2022]3号)")
    assert not titles.alone("《甲办法》提出推进电子证照")
    assert titles.heading("《电子签名法》修正草案")
    assert titles.heading("某部关于修改《甲规定》的决定")
    assert not titles.heading("国务院印发《甲办法》")
    assert not titles.heading("《甲办法》")


def test_a_line_that_goes_on_what_the_line_before_left_open():
    assert titles.awaited("1. 《甲省关于推进") == "》" and titles.awaited("《甲》和《乙》") == ""
    assert titles.goes_on("1. 《甲省关于推进", "证照应用的意见》(号)") and not titles.goes_on("《甲》。", "《乙》。")
    assert titles.goes_on("《甲办法》(甲发[2019", "]8号)") and titles.goes_on("2021年6", "月16日，乙局印发")
    assert not titles.goes_on("印发《甲办法", "3月2日，乙市印发《乙规定》。") and not titles.goes_on("第1", "2. 《乙》")


def test_short_names_refer_back():
    assert titles.aliases("印发《甲办法》(以下简称“办法”)，《乙方案》(简称《方案》)") == ["办法", "方案"]
    assert titles.aliases("印发《甲办法》，推进电子证照") == []
    assert titles.all_known("《通知》指出", ["关于推进电子证照的通知"])
    assert not titles.all_known("《乙办法》指出", ["关于推进电子证照的通知"])


def test_issuer_leads_and_actions():
    assert actions.issuer_lead("商务部办公厅《关于推动电子商务的通知》") == "商务部办公厅"
    assert actions.issuer_lead("《甲》提出") == ""
    assert actions.issuer_lead("依据《甲》，推进") is None
    assert actions.acts("国务院常务会议审议通过。随后") and not actions.acts("推进电子证照。国务院印发")
    assert actions.actor("深圳市人社局联合印发") == "深圳市人社局"
    assert actions.issuer_lead("人社部门印发《甲指南》") == "人社部门印发" and actions.issuer_lead("有关单位发布《甲》") == "有关单位发布"
    assert actions.issuer_lead("甲省数据局(2019)印发《甲》") == "甲省数据局(2019)印发" and actions.actor("甲省数据局(2019)印发") == "甲省数据局"
    assert actions.issuer_lead("甲省数据局(第3版)印发《甲》") is None  # only a year stands in the brackets
    assert actions.issuer_lead("乙省(2020)出台的《乙办法》") == "乙省(2020)出台的" and actions.actor("乙省(2020)出台的") == "乙省"
    assert actions.issuer_lead("乙省出台的《乙办法》") is None and actions.issuer_lead("甲局出台的《甲办法》") is None  # 的: only a cited one


def test_activities_a_clause_states():
    assert actions.does("甲市被乙厅确认为首批试点城市。") and actions.does("甲平台正式启动上线，")
    assert actions.does("甲局对外披露，两地已实现互认") and not actions.does("全市试点企业共520家。启动")


def test_the_actor_an_untitled_sentence_opens_with_and_one_that_names_none():
    assert actions.doer("原甲省工商行政管理局便开始推进") == "原甲省工商行政管理局"
    assert actions.doer("甲市人社局着手开展平台建设") == "甲市人社局" and actions.doer("乙市经信委在自贸区率先启动") == "乙市经信委"
    assert actions.doer("新办、延续的许可证启用电子证书") is None  # 新办 is no body: a name is longer
    assert actions.doer("甲市被乙厅确认为试点") is None and actions.doer("部署各地全面推进") is None
    assert actions.subjectless("部署各地全面推进。") and actions.subjectless("平台正式启动上线，")
    assert not actions.subjectless("甲市被乙厅确认为试点。") and not actions.subjectless("甲市数据局启动平台。")
    assert not actions.subjectless("各地全面推进。")  # no activity stated


    assert actions.issuer_lead("甲市数据局2019年4月2日印发《甲》") == "甲市数据局2019年4月2日印发"
    assert actions.actor("甲市数据局2019年4月2日印发") == "甲市数据局" == actions.actor("甲市数据局于4月2日联合印发")


def test_a_basis_or_a_purpose_before_the_issuer_is_cut_off():
    assert actions.after_basis("依据《甲办法》等文件，结合实际，该局制定了《乙规范》") == "该局制定了《乙规范》"
    assert actions.after_basis("为优化营商环境，经市政府同意，甲市数据局印发了《乙规范》") == "甲市数据局印发了《乙规范》"
    assert actions.after_basis("甲市数据局印发了《乙规范》，为优化营商环境") == "甲市数据局印发了《乙规范》，为优化营商环境"


def test_when_a_sentence_is_set_opening_it_is_cut_off_before_its_issuer():
    assert actions.after_basis("立法过程中，乙省司法厅曾公布《乙条例（送审稿）》") == "乙省司法厅曾公布《乙条例（送审稿）》"
    assert actions.after_basis("此前，甲局印发《甲办法》") == "甲局印发《甲办法》"
    assert actions.issuer_lead("乙省司法厅曾公布《乙条例》") == "乙省司法厅曾公布"
    assert actions.after_basis("过程中的问题较多，甲局印发《甲办法》") == "过程中的问题较多，甲局印发《甲办法》"


def test_an_issuer_may_write_its_year_a_relative_time_or_its_instrument_before_its_action():
    assert actions.issuer_lead("甲市数据局2020年发布《甲》") == "甲市数据局2020年发布"
    assert dating.issued("甲市数据局2020年发布《甲》") == dating.DateMark(5, 10, 2020, 0, None)
    assert dating.issued("甲部二〇一九年三月印发《甲》").month == 3
    assert actions.issuer_lead("甲部2009年2月以甲部令第1号公布《甲办法》") == "甲部2009年2月以甲部令第1号公布"
    assert actions.issuer_lead("甲部去年9月又公布《甲》") == "甲部去年9月又公布" and dating.issued("甲部去年9月又公布《甲》") is None
    assert actions.issuer_lead("国务院办公厅亦已印发《甲》") == "国务院办公厅亦已印发"
    assert actions.after_basis("更早之前，乙厅印发《乙》") == "乙厅印发《乙》" == actions.after_basis("以劳动用工为例，乙厅印发《乙》")
    assert actions.issuer_lead("甲部以为例公布《甲》") is None and actions.issuer_lead("甲部2020年度工作中《甲》") is None
    assert dating.leading("同年6月23日，甲会议通过") == dating.DateMark(0, 8, None, 6, 23)  # its lead, comma included
    assert dating.leading("同年，甲局发布") == dating.DateMark(0, 3, same="year")
    assert dating.trailing("甲厅根据《乙》，于2021年10月22日制定印发《丙》").day == 22
    assert dating.trailing("甲办于5月20日发布公告，将《丙》公布").month == 5


def test_a_headings_printed_lines_join_when_they_are_one_title_with_guanyu():
    assert titles.broken_heading(["甲省人民政府办公厅", "关于印发乙方案的通知"])
    assert titles.broken_heading(["甲省人民政府办公厅关于印发", "甲省电子证照管理暂行办法的通知"])
    assert not titles.broken_heading(["甲省电子证照管理暂行办法", "甲省人民政府办公厅"])  # a whole title, then its body
    assert not titles.broken_heading(["二、甲省", "关于印发乙方案的通知"]) and not titles.broken_heading(["关于我们", "联系我们"])
    assert not titles.broken_heading(["甲局印发乙方案，", "推进电子证照的通知"])
    assert titles.wrapped("甲厅关于印发乙办法的通知") == ["乙办法"] and titles.wrapped("甲厅关于推进电子证照的通知") == []


def test_an_action_on_a_document_by_its_form_refers_to_the_last_title_of_that_form():
    assert titles.referred("最高法正式发布该规则，明确", ["甲办法", "乙规则", "丙意见"]) == "乙规则"
    assert titles.referred("甲局印发了上述办法。", ["甲办法(试行)"]) == "甲办法(试行)"
    assert titles.referred("该规则自8月1日起施行", ["乙规则"]) is None  # no issuing action
    assert titles.referred("甲局发布该规则", ["丙意见"]) is None and titles.referred("发布该规则《丁规则》", ["乙规则"]) is None


def test_a_bracketed_headline_is_short_and_no_sentence():
    assert noise.bracketed_headline(normalize("【甲省：电子证照与纸质证照同等有效】"))
    assert noise.bracketed_headline("[乙区推出《乙指引》]")
    assert not noise.bracketed_headline(normalize("【编者按】甲省印发了办法。")) and not noise.bracketed_headline(normalize("【甲省印发办法。乙市跟进。】"))


def test_questions_and_answers():
    assert qa.question("问：甲省出台了什么文件？") and qa.question("[问]有哪些安排?") and qa.question("问2:为何推广？")
    assert not qa.question("问题导向，推进改革") and not qa.question("答：近日，甲局印发《乙》")
    assert qa.answer("答：近日，甲局印发《乙》") == 2 and qa.answer("[答] 近日") == 4
    assert qa.answer("答复意见") is None and qa.answer("问：何时施行？") is None


def test_an_interview_asks_by_the_reporters_label_and_an_official_answers_only_after_a_question():
    assert qa.question("记者：甲办法出台的背景是什么？") and not qa.question("记者节活动举行")
    assert qa.answer("乙部有关负责人：近日，乙部印发《丙》", asked=True) == 8
    assert qa.answer("新闻发言人：一是推广电子印章", asked=True) == 6
    assert qa.answer("负责人：张三", asked=False) is None and qa.answer("联系电话：12345", asked=True) is None


def test_an_answer_is_about_a_document_its_question_or_its_opening_names():
    known = ["甲省电子印章管理办法(试行)"]
    assert qa.about("问：《办法》明确了什么？", "一是推广电子印章。", known)
    assert not qa.about("问：《乙方案》明确了什么？", "《办法》明确，推广电子印章。", known)
    assert qa.about("问：还有哪些规定？", "《办法》明确，推广电子印章。", known)
    assert not qa.about("问：下一步有何安排？", "下一步，将推广电子合同。", known)
    assert not qa.about("", "《乙方案》提出，推广电子合同。", known)


def test_carried_actors():
    assert actions.carried("该局又发布", "深圳市人力资源和社会保障局印发") == "深圳市人力资源和社会保障局"
    assert actions.carried("市人社局发布", "深圳市市场监督管理局印发") == "深圳市人社局"
    assert actions.carried("省财政厅发布", "广东省人民政府印发") == "广东省财政厅"
    assert actions.carried("省财政厅发布", "深圳市人民政府印发") is None
    assert actions.carried("市场监管总局发布", "深圳市人民政府印发") is None
    assert actions.carried("该局发布", None) is None


def test_section_headers():
    assert sections.header("一、国家层面：") == "国家层面"
    assert sections.header("（一）电子劳动合同".replace("（", "(").replace("）", ")")) == "电子劳动合同"
    assert sections.header("国务院印发方案") is None
    assert sections.header("(部分节选)") is None
    assert sections.header("……") is None
    assert sections.plain("## **国家层面**") == "国家层面"


def test_a_bilingual_header_is_read_without_its_translation_and_a_translations_lines_are_foreign():
    assert sections.header("二、电子劳动合同 | II. Electronic Labour Contracts") == "电子劳动合同"
    assert sections.header("国家层面 | 甲省层面") == "国家层面 | 甲省层面"  # both Chinese: no translation to drop
    assert noise.foreign("On 20 May 2021, the General Office published the draft for comment.")
    assert noise.foreign("the “One-Network” reform (2018–2022)") and not noise.foreign("2021-05-20") and not noise.foreign("OK")
    assert not noise.foreign("On 20 May 2021, 甲局 published the draft.")


def test_headers_numbered_with_numerals_may_name_a_place_and_be_longer():
    assert sections.header("二、甲市：搭建平台、免费使用") == "甲市：搭建平台、免费使用"
    assert sections.header("三、电子证照与电子签章的跨地区互认和共享应用") == "电子证照与电子签章的跨地区互认和共享应用"
    assert sections.place("淄博：搭建平台、免费使用") == "淄博" and sections.place("浙江省") == "浙江省"
    assert sections.place("国家层面") is None and sections.place("起草背景") is None  # no region's name
    assert sections.header("2. 甲市人社局推进电子劳动合同全面应用工作") is None  # a list entry, not a header
    assert sections.header("二、甲市：推进电子合同，免费使用") is None  # a sentence
    assert sections.header("二、甲市：乙局印发方案") is None
    assert sections.header("来源：甲市人社局网站") is None


def test_a_numbered_header_standing_alone_may_hold_a_comma():
    assert sections.header("二、推进平台建设，电子合同应用取得突破", alone=True) == "推进平台建设，电子合同应用取得突破"
    assert sections.header("二、推进平台建设，电子合同应用取得突破") is None  # in a paragraph: a sentence
    assert sections.header("二、推进平台建设。电子合同应用取得突破", alone=True) is None
    assert sections.header("二、甲局印发方案，推进应用", alone=True) is None  # an action: an entry


def test_an_outlines_numbered_markdown_heading_is_a_header_its_year_aside_not_counted():
    assert sections.header("### 2.1 甲省") == "甲省"
    assert sections.header("#### 1.2.3 电子证照互认与共享应用专题(2019年)") == "电子证照互认与共享应用专题"
    assert sections.header("## 3. 工作建议") == "工作建议"
    assert sections.header("#### 1.2.3 甲局印发方案(2019年)") is None  # an action: an entry
    assert sections.header("(2019年)") is None


def test_a_region_and_a_colon_opening_a_line_label_its_entry():
    assert sections.place_label("福建：5月6日起，省某局启动应用。") == ("福建", 3)
    assert sections.place_label(normalize("▶ 厦门市：2019年3月，市某局上线平台。")) == ("厦门市", 6)
    assert sections.place_label("答：近日，某局印发《甲》") is None  # no region's name
    assert sections.place_label("要点：推进应用") is None and sections.place_label("福建：") is None
    assert sections.place(normalize("【福建】")) == "福建"  # a bracketed label names the place of its entries


def test_a_report_heading_names_its_writer_and_its_region():
    assert writer.writer("厦门市数据管理局2020年工作总结") == ("厦门市数据管理局", "厦门市")
    assert writer.writer("福建省某某厅上半年工作报告") == ("福建省某某厅", "福建省")
    assert writer.writer("厦门市数据管理局工作要点") == ("厦门市数据管理局", "厦门市")
    assert writer.writer("关于印发厦门市电子证照办法的通知") is None
    assert writer.writer("厦门市2020年工作总结") is None  # a place, no body
    assert writer.writer("某某局2020年工作总结") is None  # a body of no region named
    assert writer.by_writer("我局即着手开展") and writer.by_writer("本厅正式上线")
    assert not writer.by_writer("我市被省某厅确认为") and not writer.by_writer("该局上线")


def test_a_government_portal_names_its_region():
    assert writer.portal_place("甲省人民政府门户网站") is None  # no region of that name
    assert writer.portal_place("广东省人民政府门户网站") == "广东省" and writer.portal_place("深圳市人民政府") == "深圳市"
    assert writer.portal_place("厦门市政府网") == "厦门市"
    assert writer.portal_place("中国政府网") is None and writer.portal_place("某电子签名服务商官网") is None
    assert writer.portal_place("广东省人力资源和社会保障厅") is None  # a department's site: its own bodies name it


def test_a_label_in_brackets_that_names_a_body_or_a_place():
    assert sections.label(normalize("【南京市】")) and sections.label(normalize("【國家檔案局】"))
    assert sections.label(normalize("【杭州市数据资源管理局】"))
    assert not sections.label(normalize("【编者按】")) and not sections.label(normalize("【打印本页】"))
    assert not sections.label(normalize("【政务服务局】"))  # a body's ending with no region or central name
    assert not sections.label(normalize("南京市")) and not sections.label(normalize("【南京市】发布"))


def test_noise_lines():
    assert noise.footer("编者按：本文整理全年政策。") and noise.footer("来源：新华社")
    assert noise.footer("写在最后：电子签约正在成为标配。") and noise.footer("结语：政策红利持续释放")
    assert not noise.footer("最后，甲局发布《甲办法》。") and not noise.footer("结语部分")
    assert noise.chrome("首页 > 政策 > 正文") and noise.chrome(normalize("首页 ＞ 政务公开 ＞ 正文")) and noise.chrome("扫码关注公众号，免费试用电子签章")
    assert noise.chrome("上一篇：电子印章怎么续费") and noise.chrome("联系电话：0731-1234")
    assert noise.chrome("本邮件由系统自动发送，请勿直接回复。") and noise.chrome("© 甲刊编辑部")
    assert noise.chrome("共5条 首页 上一页 1 下一页 尾页") and noise.chrome("上一页 2 3 下一页")
    assert not noise.chrome("国务院印发《甲》，扫码即可办理")
    assert noise.tail("热文推荐") and noise.tail("**相关阅读**：") and not noise.tail("相关推荐政策如下，请阅读全文以了解")
    assert noise.tail("│延伸阅读") and noise.tail("┃ 相关阅读 ┃")  # a box drawn with rules
    assert noise.chrome("· 41 ·") and noise.chrome("- 12 -") and noise.chrome("第3页 共10页")
    assert noise.chrome("甲省政策文件选编            · 42 ·")  # a running header over its page number
    assert not noise.chrome("3") and not noise.chrome("甲省出台办法 - 3 -") and not noise.chrome("2021年 · 42")


def test_a_table_of_contents_heading_and_its_entries_led_by_dots_to_a_page_number():
    assert noise.contents("目 录") and noise.contents("目录") and noise.contents(normalize("1. 甲省电子印章管理办法 ………… 3"))
    assert noise.contents("二、乙市电子证照办法 ··· 12") and noise.contents("丙办法........7")
    assert not noise.contents("第十二条 ……符合档案管理要求的电子档案与纸质档案具有同等法律效力。")
    assert not noise.contents("……") and not noise.contents("目录管理办法") and not noise.contents("共计 3")


def test_a_notice_speaks_to_its_recipients_after_its_salutation():
    assert notices.salutation("各区人民政府，市政府各委、办、局：")
    assert notices.salutation("各乡镇人民政府、街道办事处,县政府有关部门:")
    assert not notices.salutation("国家层面：")
    assert not notices.salutation("各地推进电子证照应用。")
    assert notices.addresses("现将《某省办法》转发给你们，请认真贯彻执行。") == "forwards"
    assert notices.addresses("现印发给你们，请结合实际执行。") == "publishes"
    assert notices.addresses("某市转发《某省办法》，推进电子印章应用。") is None


def test_a_notices_own_title_line_and_its_issuer():
    assert notices.title_line("某市数据局关于印发《某市电子印章指引》的通知")
    assert notices.title_line("某县人民政府办公室转发《甲办法》《乙办法》和《丙办法》的通知")
    assert not notices.title_line("某市数据局印发《某市电子印章指引》，推进应用。")
    assert not notices.title_line("《某市电子印章指引》")
    assert notices.issuer("某市数据局关于印发《某市电子印章指引》的通知") == "某市数据局"


def test_a_title_broken_by_a_line_or_spaces_is_still_known():
    assert titles.all_known("印发《甲省电子\n证照办法》", ["甲省电子证照办法"])
    assert titles.all_known("印发《甲省电子证照办法》", ["甲省 电子证照办法"])
    assert not titles.all_known("印发《乙市办法》", ["甲省电子证照办法"])


def test_a_line_that_is_a_documents_own_title_is_a_list_entry():
    assert titles.listed(normalize("甲市人民政府办公室关于印发《甲市电子证照管理暂行办法》的通知"))
    assert titles.listed(normalize("乙省人民政府办公厅关于印发政务电子印章管理办法(试行)和政务电子证照管理办法(试行)的通知"))
    assert titles.listed(normalize("丙省电子印章管理办法(试行)"))
    assert not titles.listed(normalize("丙省出台电子印章管理办法"))  # a headline: a body issued it
    assert not titles.listed(normalize("丙省印发《电子印章管理办法》"))  # ends with no document form
    assert not titles.listed(normalize("丁市推进电子证照应用，发布管理办法"))  # a sentence


def test_a_list_entry_of_a_title_and_its_date_run_together():
    norm = normalize("- 关于在全市推广应用电子劳动合同的通知2023-10-27")
    start, end, date = titles.dated_entry(norm)
    assert (norm[start:end], date.group("date")) == ("关于在全市推广应用电子劳动合同的通知", "2023-10-27")
    assert titles.dated_entry(normalize("甲省电子印章管理办法（2021年3月5日）"))[2].group("date") == "2021年3月5日"
    assert titles.dated_entry(normalize("甲省出台电子印章管理办法2021-03-05")) is None  # a headline
    assert titles.dated_entry(normalize("《甲省电子印章管理办法》2021-03-05")) is None  # a 《》 title: the segmenter's


def test_a_remark_or_a_cell_that_says_same_as_above():
    assert repeats.same_remark("6 乙市电子证照办法(试行)(同上)") and repeats.same_remark("《乙办法》(同上，2022年9月1日)")
    assert not repeats.same_remark("乙市电子证照办法(试行)") and not repeats.same_remark("同上述规定执行。")
    assert repeats.remark_bodies("5 甲市电子印章办法(试行)(甲市人民政府办公厅，2022年8月23日)") == "甲市人民政府办公厅"
    assert repeats.remark_bodies("甲部 乙局令第5号") is None  # no remark in brackets
    assert [repeats.remark_bodies(t) for t in ("甲办法(试行)", "甲办法(甲档发[2016]11号)", "甲办法(2022年8月23日)")] == [None] * 3
    above = {"title": "甲办法", "agency": "甲市数据局", "date": "2021-03-05"}
    assert repeats.repeated({"title": "乙办法", "agency": "同上", "date": " 同上 "}, above) == {
        "title": "乙办法", "agency": "甲市数据局", "date": "2021-03-05"}
    assert repeats.repeated({"title": "乙办法", "agency": "同上"}, None) == {"title": "乙办法"}
    assert repeats.repeated({"title": "同上"}, above) == {"title": "同上"}  # a title is never repeated


def test_a_numbered_line_that_is_a_documents_own_title_is_a_directory_entry():
    assert titles.numbered_title(normalize("一、甲省人民政府关于印发《甲省电子证照办法》的通知")) == 2
    assert titles.numbered_title(normalize("3. 乙市人民政府印发《乙市政务诚信实施意见》的通知")) == 3  # no 关于: a notice's title
    assert titles.numbered_title(normalize("甲省人民政府关于印发《甲省电子证照办法》的通知")) is None  # not numbered
    assert titles.numbered_title(normalize("二、乙市出台电子印章管理办法")) is None  # a headline
    assert titles.numbered_title(normalize("三、推进电子证照应用，扩大互认范围")) is None  # a sentence


def test_a_year_alone_on_its_line_is_no_date_broken_over_two():
    from graph.read.detect.titles import goes_on

    assert goes_on("甲局于2021年6", "月16日印发《甲办法》")
    assert not goes_on("2021年", "6月16日 甲局印发《甲办法》")


def test_a_related_reading_heading_with_its_articles_on_its_line_is_the_tail():
    from graph.read.detect.noise import tail

    assert tail("相关阅读：往期合集 | 甲市案例专题")
    assert tail("相关阅读")
    assert not tail("相关阅读：甲局印发《乙办法》，明确效力。")


def test_a_compilers_remark_naming_no_issuance_is_noise():
    assert noise.remark("- 编写组意见：该办法为后续工作提供依据。") and noise.remark("点评：值得借鉴。")
    assert not noise.remark("- 意见：甲局印发《乙办法》。")  # an issuance
    assert not noise.remark("- 2021年3月，甲省印发《实施意见》：明确效力。")


def test_a_laws_article_quoted_after_its_title_is_noise():
    assert noise.quoted_article("《甲法》第十四条：可靠的签名与手写签名具有同等效力。")
    assert noise.quoted_article("《乙法》第四百六十九条第三款：数据电文视为书面形式。")
    assert not noise.quoted_article("《甲法》第十四条规定，可靠的签名具有同等效力。")  # said in passing
    assert not noise.quoted_article("《甲法》：2004年8月28日通过。")


def test_a_memos_closing_advice_heading_is_the_tail():
    assert noise.tail("## 4. 下一步建议") and noise.tail("五、工作建议：") and noise.tail("下一步工作")
    assert not noise.tail("二、往期回顾") and not noise.tail("甲局提出下一步建议")


def test_a_clause_publishing_as_an_order_names_the_document_named_before():
    assert titles.by_order("30日以市政府令第9号公布，自11月1日起施行") == (4, 11)
    assert titles.referred("30日以市政府令第9号公布，自11月1日起施行", ["甲办法", "乙规定"]) == "乙规定"
    assert titles.referred("以市政府令第9号公布", []) is None
    assert titles.by_order("《甲办法》以市政府令第9号公布") is None  # it names its own document
    assert titles.by_order("按市政府令第9号要求") is None


def test_a_heading_that_opens_with_one_region_is_the_place_of_the_page():
    assert sections.heading_place("浙江“最多跑一次”改革大事记") == "浙江"
    assert sections.heading_place("杭州市“最多跑一次”改革大事记") == "杭州市"
    assert sections.heading_place("大连理工大学电子证照研究") is None  # a city's short name opening an institution's
    assert sections.heading_place("浙江省电子证照政策汇编（2019—2021）") == "浙江省"
    assert sections.heading_place("杭州、宁波电子证照政策一览") is None  # several places
    assert sections.heading_place("中国电子签名立法大事记") is None  # the country: its bodies need no region
    assert sections.heading_place("2021年电子证照政策回顾") is None


def test_a_header_numbered_as_one_read_before_is_its_sibling():
    assert sections.outline_style("二、乙类规则") == sections.outline_style("十一、丙") == "一、"
    assert sections.outline_style("(三)丁") == "一()" and sections.outline_style("4. 戊") == "1."
    assert sections.outline_style("甲省电子证照办法") is None


def test_a_reports_own_plans_and_problems_are_outlook_sections():
    assert sections.outlook("2030年工作计划") and sections.outlook("存在的主要问题") and sections.outlook("下一步工作打算")
    assert not sections.outlook("地方政策") and not sections.outlook("乙市工作要点汇编")


def test_a_header_naming_press_conferences_is_no_issuing():
    assert sections.header("三、座谈会与发布会") == "座谈会与发布会"
    assert sections.header("三、发布规则") is None


def test_an_announcement_and_its_signer():
    assert notices.announces("《甲规定》已由甲院会议通过，现予公布，自公布之日起施行。")
    assert not notices.announces("甲院公布《甲规定》。")
    assert notices.signer("甲省人民政府") and not notices.signer("2030年3月5日") and not notices.signer("甲院印发《乙》。")
