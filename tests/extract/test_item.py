import pytest

from graph.text import normalize
from graph.extract.item import extract
from graph.read.items import ABOUT, AMENDS, RawItem


def test_document_with_issuer_title_concepts_region(item_of):
    x = item_of("2023年3月15日，浙江省人民政府办公厅印发《浙江省电子证照应用管理办法》，推进电子证照、电子印章互认。")
    assert x.kind == "document"
    assert [m.agency.name for m in x.issuers] == ["浙江省人民政府办公厅"]
    assert [t.verbatim for t in x.titles] == ["浙江省电子证照应用管理办法"]
    assert x.region == "330000"
    assert [c.pref_zh for c in x.concepts] == ["电子证照", "电子印章", "互认"]


def test_a_region_in_the_title_gives_a_presumed_issuer_not_an_issuer(item_of):
    x = item_of("《广西壮族自治区数字政府建设实施方案》提出推广电子签名。")
    assert x.issuers == []
    assert [m.agency.name for m in x.presumed] == ["广西壮族自治区人民政府"]
    assert x.region == "450000"


def test_issuer_written_in_the_title(item_of):
    x = item_of("《福建省人民政府关于推进电子证照应用的意见》")
    assert [(m.agency.name, m.inferred) for m in x.issuers] == [("福建省人民政府", False)]
    assert x.presumed == []
    y = item_of("《关于印发某某市交通运输局关于电子运单的办法的通知》")
    assert [m.agency.name for m in y.issuers] == []


def test_a_region_opening_the_title_before_guanyu_is_no_named_issuer(item_of):
    x = item_of("《湖南省关于推进电子证照应用的意见》发布。")
    assert x.issuers == [] and [m.agency.name for m in x.presumed] == ["湖南省人民政府"]


def test_a_named_issuer_leaves_nothing_presumed(item_of):
    x = item_of("2022年1月5日，财政部印发《会计凭证电子化办法》（国办发〔2022〕3号）。")
    assert [m.agency.name for m in x.issuers] == ["财政部"] and x.presumed == []


def test_no_issuer_and_no_region(item_of):
    x = item_of("《电子合同订立流程规范》发布。")
    assert x.issuers == [] and x.region is None


def test_what_is_nationwide_without_a_body_or_place_is_the_countrys(item_of):
    assert item_of("全国统一的电子证照查询系统正式上线。").region == "100000"
    assert item_of("电子证照查询系统正式上线。").region is None


def test_news_without_title(item_of):
    x = item_of("上海市大数据中心发布消息：电子营业执照已覆盖全市。")
    assert x.kind == "news"
    assert "no 《title》" in x.problems[0]


def test_event(item_of):
    assert item_of("成都市武侯区召开电子劳动合同推广会，倡导企业使用电子劳动合同。").kind == "event"


def test_statement(item_of):
    x = item_of("国家网信办副主任在答记者问时表示：将推动电子签名互认。")
    assert x.kind == "statement"
    assert x.issuers[0].agency.name == "国家互联网信息办公室"


def test_meeting_approves_a_plan(item_of):
    x = item_of("国务院总理主持召开国务院常务会议，审议通过《数字政府建设规划》。")
    assert x.kind == "meeting"
    assert [t.role for t in x.titles] == ["approved"]
    assert x.issuers[0].agency.name == "国务院"


def test_a_party_bodys_session_approving_a_plan_cites_it_without_issuing_it(item_of):
    x = item_of("2030年3月1日，中央全面深化改革委员会第九次会议审议通过《关于设立甲法院的方案》。")
    assert x.kind == "meeting" and [t.role for t in x.titles] == ["cited"]
    assert x.issuers[0].agency.name == "中央全面深化改革委员会"


def test_forwarding_and_implementation_roles(item_of):
    x = item_of("湖南省人社厅转发人力资源社会保障部《电子劳动合同订立指引》。")
    assert [t.role for t in x.titles] == ["forwarded"]
    y = item_of("为贯彻落实《国务院关于加快推进政务服务标准化的指导意见》，江苏省人民政府印发《江苏省实施方案》。")
    assert [t.role for t in y.titles] == ["implemented", "main"]


def test_traditional_text_matches_and_keeps_verbatim(item_of):
    x = item_of("2022年5月1日，臺灣地區以外的廣東省人民政府發布《廣東省電子印章管理辦法》，電子印章與實物印章具有同等法律效力。")
    assert x.titles[0].verbatim == "廣東省電子印章管理辦法"
    assert x.titles[0].norm == normalize("廣東省電子印章管理辦法")
    assert len(x.equivalences) == 1


def test_document_number_after_the_title(item_of):
    x = item_of("国务院办公厅印发《关于加快推进电子证照扩大应用领域和全国互通互认的意见》（国办发〔2022〕3号），推动电子证照互认。")
    assert x.titles[0].number == "国办发〔2022〕3号"
    y = item_of("国务院公布《商用密码管理条例》（国务院令第760号）。")
    assert y.titles[0].number == "国务院令第760号"
    z = item_of("某省人民政府印发《甲办法》。另见《乙办法》（某政发〔2020〕1号）。")
    assert [t.number for t in z.titles] == [None, "某政发〔2020〕1号"]
    basis = item_of("某区人社局印发《甲意见》按照某部函〔2020〕33号推进电子劳动合同工作。")
    assert basis.titles[0].number is None  # the number of the document it acts on, not its own


def test_a_number_closing_a_long_remark_after_the_title_is_the_titles(item_of):
    x = item_of("1 甲省电子证照管理办法（甲省公安厅 甲省数据局 甲省民政厅 甲省文化和旅游厅 甲省卫生健康委员会 甲省广播电视局 "
                "甲公通字〔2021〕5号，2021年5月19日）")
    assert x.titles[0].number == "甲公通字〔2021〕5号"
    y = item_of("某省人民政府印发《甲办法》，要求各地加快推进电子证照、电子印章、电子档案在政务服务中的应用，另见某政发〔2020〕1号。")
    assert y.titles[0].number is None  # far from the title, in no remark of it


def test_an_order_several_bodies_sign_is_numbered_without_the_last_ones_name(item_of):
    x = item_of("1 甲管理办法（公安部 民政部 国家广播电视总局令第9号，2025年5月19日）")
    assert [m.agency.name for m in x.issuers] == ["公安部", "民政部", "国家广播电视总局"]
    assert x.titles[0].number == "令第9号"
    y = item_of("1 乙管理办法（国家广播电视总局令第9号，2025年5月19日）")
    assert y.titles[0].number == "国家广播电视总局令第9号"


def test_issuer_after_an_implemented_reference(item_of):
    x = item_of("为贯彻落实《国务院关于加快推进政务服务标准化的指导意见》，河南省政府印发《河南省一网通办实施方案》。")
    assert [(m.agency.name, m.inferred, m.surface) for m in x.issuers] == [("河南省人民政府", False, "河南省政府")]


def test_the_document_number_gives_a_presumed_issuer(item_of):
    x = item_of("1、《关于加快推进电子证照扩大应用领域的意见》（国办发〔2022〕3号），推动电子证照互认。")
    assert x.issuers == []
    assert [m.agency.name for m in x.presumed] == ["国务院办公厅"]
    assert x.region == "100000"


def test_a_number_outweighs_the_region_of_the_title_as_a_guess(item_of):
    x = item_of("《浙江省试点城市电子印章管理办法》（工信部发〔2021〕5号）。")
    assert [m.agency.name for m in x.presumed] == ["工业和信息化部"]
    y = item_of("《浙江省电子印章管理办法》（浙政办发〔2021〕5号）。")
    assert [(m.agency.name, m.surface) for m in y.presumed] == [("浙江省人民政府", "浙江省人民政府")]


def test_issuer_written_after_the_title(item_of):
    x = item_of("3月18日，《杭州市电子档案管理办法》由杭州市人民政府印发，推进电子档案归档。")
    assert [(m.agency.name, m.inferred) for m in x.issuers] == [("杭州市人民政府", False)]


def forwarded(x):
    return [(t.role, t.norm) for t in x.titles], [m.agency.name for m in x.forwarded_issuers]


def test_forwarded_title_with_its_issuer_inside_is_read_in_the_forwarding_region(item_of):
    x = item_of("杭州市人社局转发《省人力资源社会保障厅关于推进电子劳动合同的通知》。")
    assert forwarded(x) == ([("forwarded", "省人力资源社会保障厅关于推进电子劳动合同的通知")], ["浙江省人力资源和社会保障厅"])
    y = item_of("浙江省人民政府办公厅转发《国务院办公厅关于印发〈全国一体化政务服务平台建设方案〉的通知》。")
    assert forwarded(y)[1] == ["国务院办公厅"]
    assert y.titles[0].form.wrapped == "全国一体化政务服务平台建设方案"


def test_forwarded_issuer_without_its_region_before_the_title(item_of):
    x = item_of("杭州市财政局转发省财政厅《关于推进电子票据的通知》。")
    assert forwarded(x) == ([("forwarded", "关于推进电子票据的通知")], ["浙江省财政厅"])
    assert [m.agency.name for m in x.issuers] == ["杭州市财政局"]


def test_a_title_that_says_it_forwards_names_the_forwarded_document(item_of):
    x = item_of("杭州市人民政府印发《关于转发〈浙江省电子印章管理办法〉的通知》。")
    [main] = x.titles
    assert (main.role, main.inner.verbatim, main.inner.role) == ("main", "浙江省电子印章管理办法", "forwarded")


def test_a_word_beginning_with_zhuan_is_not_forwarding(item_of):
    x = item_of("浙江省转变政府职能领导小组办公室印发《某方案》。")
    assert [t.role for t in x.titles] == ["main"]


def test_the_issuers_a_forwarding_title_names_issue_the_forwarded_document(item_of):
    x = item_of("國務院辦公廳印發《國務院辦公廳關於轉發國家發展改革委等部門〈推進“互聯網+政務服務”開展信息惠民試點實施方案〉的通知》。")
    [main] = x.titles
    assert main.inner.verbatim == "推進“互聯網+政務服務”開展信息惠民試點實施方案"
    assert [m.agency.name for m in x.forwarded_issuers] == ["国家发展和改革委员会"]


def roles(x):
    return [(t.role, t.norm) for t in x.titles]


def test_a_document_cited_in_an_item_is_no_new_policy(item_of):
    x = item_of("某市人民政府印发《某市电子印章管理办法》，依据《中华人民共和国电子签名法》，电子印章与实物印章具有同等法律效力。")
    assert roles(x) == [("main", "某市电子印章管理办法"), ("cited", "中华人民共和国电子签名法")]
    y = item_of("某市人民政府印发《某市电子印章管理办法》，明确可靠的电子签名符合《电子签名法》第十四条的规定。")
    assert roles(y)[1] == ("cited", "电子签名法")
    z = item_of("某市人民政府印发《某市办法》，其中《电子签名法》第十四条规定了电子签名的效力。")
    assert roles(z)[1] == ("cited", "电子签名法")
    w = item_of("某市人民政府办公室印发《某市2030年工作要点》，围绕《某市数字政府规划》，聚焦政务服务。")
    assert roles(w)[1] == ("cited", "某市数字政府规划")


def test_a_cited_document_after_its_issuer(item_of):
    x = item_of("合肥市人社局根据省人社厅《关于在全省推广应用电子劳动合同的通知》，印发《关于在全市推广应用电子劳动合同的通知》。")
    assert roles(x) == [("cited", "关于在全省推广应用电子劳动合同的通知"), ("main", "关于在全市推广应用电子劳动合同的通知")]
    assert [m.agency.name for m in x.issuers] == ["合肥市人力资源和社会保障局"]


def test_a_basis_named_with_its_issuer_and_its_issuance_is_cited(item_of):
    x = item_of("2021年1月28日，某省某局根据省政府办公厅印发的《某省规划管理规定》，编制《某省数字政府规划》。")
    assert roles(x) == [("cited", "某省规划管理规定"), ("main", "某省数字政府规划")]


def test_the_standard_something_is_built_to_is_cited_not_its_document(item_of):
    x = item_of("日前，某平台正式上线。平台按照某部《某合同订立指引》的标准建设。")
    assert x.kind != "document" and roles(x) == [("cited", "某合同订立指引")]


def test_the_body_approving_before_the_issuer_does_not_issue(item_of):
    x = item_of("近日，经报请省政府同意，省发展改革委印发了《福建省电子证照管理办法》。")
    assert [m.agency.name for m in x.issuers] == ["福建省发展和改革委员会"]
    y = item_of("经市政府批准，厦门市财政局印发《厦门市电子票据办法》。")
    assert [m.agency.name for m in y.issuers] == ["厦门市财政局"]


def test_an_articles_headline_in_title_marks_is_no_document(item_of):
    x = item_of("8月16日，乙市某委在网站刊发《甲市全面推行电子合同》一文，介绍了做法。")
    assert x.kind == "news" and x.titles == []
    y = item_of("乙市日报刊登《电子证照让办事更便捷》，报道了应用情况。")
    assert y.kind == "news" and y.titles == []


def test_a_sentence_about_one_of_two_documents_is_that_ones_own(item_of):
    x = item_of("甲市人民政府办公厅印发《甲市电子印章管理办法》和《甲市电子证照管理办法》。"
                "其中电子印章办法根据《中华人民共和国电子签名法》制定，数字证书由电子认证服务机构提供。")
    assert [(t.role, t.norm, t.cited_by) for t in x.titles if t.role == "cited"] == [
        ("cited", "中华人民共和国电子签名法", "甲市电子印章管理办法")]
    concepts = {t.norm: {c.pref_zh for c in t.concepts or ()} for t in x.titles if t.role == "main"}
    assert "数字证书" in concepts["甲市电子印章管理办法"] and "数字证书" not in concepts["甲市电子证照管理办法"]


def test_a_short_name_and_its_mentions_stand_for_the_full_title(item_of):
    x = item_of("国务院办公厅印发《关于加快推进政务服务标准化的指导意见》(以下简称《意见》)。《意见》提出，推进电子证照应用。")
    assert roles(x) == [("main", "关于加快推进政务服务标准化的指导意见")]


def test_an_item_that_only_cites_is_not_a_policy(item_of):
    x = item_of("依据《中华人民共和国电子签名法》，电子签名具有法律效力。")
    assert x.kind == "news" and roles(x) == [("cited", "中华人民共和国电子签名法")]


@pytest.mark.parametrize("text", [
    "十三届全国人大常委会第二十九次会议表决通过《中华人民共和国数据安全法》。",
    "全國人大常委會表決通過《中華人民共和國個人信息保護法》。",
    "全国人民代表大会常务委员会修订《中华人民共和国电子签名法》。",
    "第十三届全国人民代表大会常务委员会第十次会议修正《中华人民共和国电子签名法》。",
])
def test_laws_are_policies_of_the_congress(item_of, text):
    x = item_of(text)
    assert [m.agency.id for m in x.issuers] == ["npcsc"]
    assert [t.role for t in x.titles] in (["main"], ["approved"]) and x.region == "100000"


def test_a_decision_amending_laws_names_the_first_law_it_amends(item_of):
    x = item_of("全国人大常委会表决通过《关于修改〈中华人民共和国电子签名法〉等八部法律的决定》。")
    [t] = x.titles
    assert (t.role, t.changes[0], t.changes[1].verbatim) == ("main", "amends", "中华人民共和国电子签名法")


def test_legal_life_of_a_document(item_of):
    x = item_of("某省人民政府印发《某省电子证照管理办法》，自2022年1月1日起施行，《某省电子证照暂行办法》同时废止。",
                date="2021-12-15")
    assert x.in_force == "2022-01-01"
    assert [t.role for t in x.titles] == ["main", "repealed"]
    draft = item_of("六安市公安局发布《六安市电子印章管理暂行办法(征求意见稿)》，公开征求意见。")
    assert draft.titles[0].status == "draft-for-comment" and draft.kind == "document"


def test_a_disclosure_page_gives_publication_date_and_number(regions):
    from graph.extract.item import extract
    from graph.read.items import RawItem
    text = "广东省人民政府印发《广东省电子印章管理暂行办法》。"
    item = RawItem(file="t.html", line=1, start=0, end=len(text), text=text, date="1996-05-01",
                   fields={"published": "2018-03-02", "number": "粤府〔1996〕12号"})
    x = extract(item, regions)
    assert (x.published, x.titles[0].number) == ("2018-03-02", "粤府〔1996〕12号")


def test_carrying_out_a_documents_requirements_is_implementing_it(item_of):
    x = item_of("闵行区人社局按照《人力资源社会保障部办公厅关于订立电子劳动合同有关问题的函》要求，印发《实施意见》。")
    assert roles(x) == [("implemented", "人力资源社会保障部办公厅关于订立电子劳动合同有关问题的函"), ("main", "实施意见")]


def test_an_item_about_an_article_of_a_law_is_about_that_law(item_of):
    x = item_of("新修订《中华人民共和国档案法》第三十七条规定电子档案与传统载体档案具有同等效力。")
    assert roles(x) == [("main", "中华人民共和国档案法")]


def test_requirements_after_the_documents_number(item_of):
    x = item_of("某区人社局按照《某部关于电子劳动合同的函》(人社厅函〔2020〕33号)要求，印发《实施意见》。")
    assert roles(x)[0] == ("implemented", "某部关于电子劳动合同的函")


def test_an_actor_carried_by_the_reader_is_an_inferred_issuer(regions):
    from graph.read.items import INFERRED_AGENCY, RawItem
    from graph.extract.item import extract

    text = "该局还印发《电子劳动合同订立规范》。"
    carried = RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, date="2021-03-01",
                      fields={"agency": "深圳市人力资源和社会保障局", INFERRED_AGENCY: "carried"})
    written = RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, date="2021-03-01",
                      fields={"agency": "深圳市人力资源和社会保障局"})
    assert [(m.agency.name, m.inferred) for m in extract(carried, regions).issuers] == [("深圳市人力资源和社会保障局", True)]
    assert [m.inferred for m in extract(written, regions).issuers] == [False]


def test_the_place_of_the_section_places_bodies_without_their_region_and_items_naming_none(regions):
    from graph.read.items import PLACE, RawItem
    from graph.extract.item import extract

    def under(place: str, text: str):
        return extract(RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, fields={PLACE: place}), regions)

    x = under("青岛", "2021年3月，市人社局启动电子劳动合同平台建设。")
    assert [m.agency.name for m in x.issuers] == ["青岛市人力资源和社会保障局"] and x.region == "370200"
    assert [m.agency.name for m in under("青岛", "省人社厅启动电子劳动合同试点。").issuers] == ["山东省人力资源和社会保障厅"]
    assert under("义乌", "该平台于2021年3月上线。").region == "330782"
    assert under("义乌", "杭州市人社局启动试点。").region == "330100"  # the body's own region first
    assert under("电子证照", "该平台于2021年3月上线。").region is None
    assert [m.agency.name for m in under("宁夏", "记者从自治区人社厅获悉，全区推行电子合同。").issuers] == ["宁夏回族自治区人力资源和社会保障厅"]


def test_a_records_region_cell_places_its_issuer_written_without_its_city(regions):
    from graph.read.items import RawItem
    from graph.extract.item import extract

    def record(region: str | None):
        text = "鼓楼区数据局发布《关于推进电子证照应用的实施意见》"
        fields = {"title": "关于推进电子证照应用的实施意见", "agency": "鼓楼区数据局", **({"region": region} if region else {})}
        return extract(RawItem(file="t.json", line=1, start=0, end=len(text), text=text, fields=fields), regions)

    placed = record("福建省福州市鼓楼区")
    assert [m.agency.name for m in placed.issuers] == ["福州市鼓楼区数据局"] and placed.region == "350102"
    assert [m.agency.region for m in record(None).issuers] == [None]  # four cities have a 鼓楼区
    assert [m.agency.region for m in record("全国").issuers] == [None]


def test_a_records_status_cell_is_its_own_documents_status(regions):
    from graph.read.items import RawItem
    from graph.extract.item import extract

    text = "5月1日起施行的《甲省电子政务管理办法》明确电子证照的法律效力，《乙规定》同时废止。"
    fields = {"title": "甲省电子政务管理办法", "status": "已失效"}
    x = extract(RawItem(file="t.json", line=1, start=0, end=len(text), text=text, fields=fields), regions)
    assert [(t.norm, t.status) for t in x.titles if t.role == "main"] == [("甲省电子政务管理办法", "expired")]
    assert all(t.status != "expired" for t in x.titles if t.role != "main")


def test_in_a_passive_designation_the_body_after_bei_acts_about_the_place_before_it(item_of):
    x = item_of("2020年9月，青岛市被省人社厅确认为电子劳动合同首批试点城市。")
    assert [m.agency.name for m in x.issuers] == ["山东省人力资源和社会保障厅"] and x.region == "370200"
    assert x.kind == "event"


def test_an_activity_of_a_body_named_by_reference_is_an_event(regions):
    from graph.read.items import INFERRED_AGENCY, RawItem
    from graph.extract.item import extract

    def carried(text: str):
        return extract(RawItem(file="t.txt", line=1, start=0, end=len(text), text=text,
                               fields={"agency": "厦门市财政局", INFERRED_AGENCY: "carried"}), regions)

    assert carried("早在2019年5月，我局即着手开展平台建设。").kind == "event"
    assert carried("2020年3月，该局正式上线电子票据平台。").kind == "event"
    assert carried("2020年3月，我局积极推广电子票据，成效明显。").kind == "news"  # no activity of its own


def test_a_passive_designation_of_our_city_is_about_the_place_of_the_report(regions):
    from graph.read.items import PLACE, RawItem
    from graph.extract.item import extract

    text = "2019年3月，我市被省财政厅确定为电子票据试点地区。"
    x = extract(RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, fields={PLACE: "青岛市"}), regions)
    assert x.region == "370200" and [m.agency.region for m in x.issuers] == ["370000"]


def test_an_activity_of_bodies_of_two_provinces_has_no_single_region(item_of):
    x = item_of("2020年3月，杭州市人社局在西湖区、南京市人社局在两个区率先启动电子劳动合同试点。")
    assert len(x.issuers) == 2 and x.kind == "event" and x.region is None
    y = item_of("2020年3月，杭州市人社局、浙江省人社厅启动电子劳动合同试点。")  # one province: its bodies' region
    assert y.region == "330100"
    z = item_of("2020年3月，杭州市人社局、南京市人社局联合印发《电子劳动合同指引》。")  # a document keeps a jurisdiction
    assert z.kind == "document" and z.region == "330100"


def test_every_title_of_a_basis_list_is_cited_not_issued(item_of):
    x = item_of("某省人民政府办公厅根据《甲法》、《乙条例》和《丙办法》等文件精神，印发《某省电子证照管理办法》。")
    assert roles(x) == [("cited", "甲法"), ("cited", "乙条例"), ("cited", "丙办法"), ("main", "某省电子证照管理办法")]
    y = item_of("某市数据局依据《甲法》(主席令第1号)《乙条例》及《丙规定》等规定，发布《某市电子印章实施细则》。")
    assert [r for r, _ in roles(y)] == ["cited", "cited", "cited", "main"]


def test_every_title_a_clause_carries_out_is_implemented(item_of):
    x = item_of("某部办公厅印发《某指南》，贯彻落实《甲条例》(令第9号)和《乙通知》等有关要求。")
    assert roles(x) == [("main", "某指南"), ("implemented", "甲条例"), ("implemented", "乙通知")]


def test_a_plan_made_on_documents_strategy_or_policy_spirit_implements_them(item_of):
    x = item_of("《甲市行动方案》根据《乙规划》及《丙规划》战略部署制定。")
    assert roles(x) == [("main", "甲市行动方案"), ("implemented", "乙规划"), ("implemented", "丙规划")]
    y = item_of("某省人民政府印发《某规划》，根据《甲规定》(令第7号)《乙意见》等政策精神制定。")
    assert roles(y) == [("main", "某规划"), ("implemented", "甲规定"), ("implemented", "乙意见")]


def test_a_whole_notice_whose_heading_is_broken_over_lines_cites_no_part_of_it(regions):
    title = "河北省某协调小组办公室关于印发《河北省某操作规程》的通知"
    text = "河北省某协调小组办公室\n关于印发《河北省某操作规程》的通知\n\n各市人民政府：\n　　《河北省某操作规程》已经同意，现印发给你们。"
    x = extract(RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, document=True, fields={"title": title}), regions)
    assert roles(x) == [("main", title)]


def test_a_short_name_of_the_document_a_page_interprets_is_that_document(regions):
    text = "2020年11月2日，某省政府常务会议审议通过《规划》。"
    x = extract(RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, date="2020-11-02",
                        fields={ABOUT: "某省数字政府建设规划（2020—2022年）"}), regions)
    assert roles(x) == [("approved", "某省数字政府建设规划(2020-2022年)")]


def test_a_basis_clause_ends_at_its_comma(item_of):
    x = item_of("某市人民政府根据《甲法》，《某市电子合同管理办法》正式印发。")
    assert roles(x) == [("cited", "甲法"), ("main", "某市电子合同管理办法")]


def test_an_entry_that_is_a_title_without_brackets_is_that_policy(item_of):
    x = item_of("2021年5月18日 甲省人民政府办公厅关于印发甲省电子印章管理办法的通知（甲政办〔2021〕20号）")
    assert x.kind == "document"
    assert [(t.verbatim, t.number) for t in x.titles] == [("甲省人民政府办公厅关于印发甲省电子印章管理办法的通知", "甲政办〔2021〕20号")]


def test_a_title_broken_over_two_lines_is_one_title(item_of):
    x = item_of("2021年1月5日，甲省人民政府印发《甲省电子\n证照管理办法》，推广电子证照。")
    assert [(t.verbatim, t.norm) for t in x.titles] == [("甲省电子证照管理办法", "甲省电子证照管理办法")]


def test_a_title_in_single_angles_is_a_title(item_of):
    x = item_of("2021年1月5日，甲省人民政府印发<甲省电子证照管理办法>，推广电子证照。")
    assert [t.verbatim for t in x.titles] == ["甲省电子证照管理办法"]


def test_acting_on_a_document_implements_it_unless_it_is_a_law_or_its_provisions(item_of):
    x = item_of("某区人社局印发《某区电子合同工作实施意见》，按照《某部关于电子合同的函》(某函〔2020〕1号)推进工作。")
    assert roles(x) == [("main", "某区电子合同工作实施意见"), ("implemented", "某部关于电子合同的函")]
    y = item_of("某市数据局按照《中华人民共和国电子签名法》，印发《某市电子签名应用办法》。")
    assert roles(y)[0] == ("cited", "中华人民共和国电子签名法")
    z = item_of("某市数据局遵照《某省电子印章办法》等有关规定，印发《某市电子印章细则》。")
    assert roles(z)[0] == ("cited", "某省电子印章办法")


def test_requirements_after_a_whole_basis_list_make_it_implemented(item_of):
    x = item_of("某省人社厅根据《甲通知》和《乙意见》等有关要求，印发《某省电子劳动合同办法》。")
    assert roles(x) == [("implemented", "甲通知"), ("implemented", "乙意见"), ("main", "某省电子劳动合同办法")]


def test_the_spirit_of_a_document_weighed_alongside_is_cited_not_carried_out(item_of):
    x = item_of("某市人民政府贯彻落实《甲通知》精神，结合《某市电子政务规划》精神，印发《某市电子政务实施方案》。")
    assert roles(x) == [("implemented", "甲通知"), ("cited", "某市电子政务规划"), ("main", "某市电子政务实施方案")]
    y = item_of("某市人民政府参照《乙意见》精神，印发《某市电子证照办法》。")
    assert roles(y) == [("cited", "乙意见"), ("main", "某市电子证照办法")]


def test_requirements_a_document_says_to_conform_to_are_cited_not_implemented(item_of):
    x = item_of("某省档案局印发《某省电子档案办法》，电子档案的归档应符合《甲办法》（某部令第79号）等要求。")
    assert roles(x) == [("main", "某省电子档案办法"), ("cited", "甲办法")]


def test_a_document_one_works_alongside_is_cited(item_of):
    x = item_of("为配合行业标准《甲规范》和某部 3 号令《乙办法》的实施，某省档案局印发《某省电子文件办法》。")
    assert roles(x) == [("cited", "甲规范"), ("cited", "乙办法"), ("main", "某省电子文件办法")]


def test_a_document_named_among_others_is_cited(item_of):
    x = item_of("国务院常务会议召开，会议通过了包括《甲法》在内的一批法律修正案草案。")
    assert roles(x) == [("cited", "甲法")]


def test_a_forwarding_notice_titled_on_its_line_forwards_the_document_its_body_names_whole(item_of):
    x = item_of("某县人民政府办公室转发《某省人民政府办公厅关于印发甲办法》《乙办法》和《丙办法》的通知\n\n"
                "各乡镇人民政府：\n现将《某省人民政府办公厅关于印发<甲办法><乙办法>和<丙办法>的通知》(某政办发〔2020〕5号)"
                "转发给你们，请认真贯彻执行。\n某省人民政府办公厅\n印发《甲办法》\n《乙办法》和《丙办法》的通知\n"
                "《甲办法》《乙办法》和《丙办法》已经省政府同意，现印发给你们。", None)
    assert roles(x) == [("main", "某县人民政府办公室转发《某省人民政府办公厅关于印发甲办法》《乙办法》和《丙办法》的通知")]
    assert (x.titles[0].inner.verbatim, x.titles[0].inner.number) == (
        "某省人民政府办公厅关于印发<甲办法><乙办法>和<丙办法>的通知", "某政办发〔2020〕5号")


def test_a_forwarding_title_line_without_a_body_forwards_every_listed_title(item_of):
    x = item_of("关于转发《甲省办法》和《乙省规范》的通知\n", None)
    assert roles(x) == [("main", "关于转发《甲省办法》和《乙省规范》的通知"), ("implemented", "乙省规范")]
    assert x.titles[0].inner.norm == "甲省办法"


def test_forwarding_in_a_sentence_is_no_title_of_its_own(item_of):
    x = item_of("某市人社局转发《某省人社厅关于电子劳动合同的通知》的通知，要求各区落实。")
    assert roles(x) == [("forwarded", "某省人社厅关于电子劳动合同的通知")]


def test_a_notice_addressed_to_its_recipients_forwards_the_title_it_hands_on(item_of):
    x = item_of("各区人民政府：现将《某省数据局关于电子证照的通知》转发给你们，请遵照执行。", None)
    assert roles(x) == [("forwarded", "某省数据局关于电子证照的通知")]


def test_a_title_nested_in_the_items_own_title_is_no_new_document(item_of):
    x = item_of("某市人民政府印发《关于印发〈某市电子印章办法〉的通知》。《某市电子印章办法》明确电子印章的使用范围。")
    assert roles(x) == [("main", "关于印发〈某市电子印章办法〉的通知")]


def test_a_disclosure_page_of_a_forwarding_notice_forwards_what_its_body_hands_on(regions):
    from graph.extract.item import extract
    from graph.read.items import RawItem
    title = "某县人民政府办公室转发《某省人民政府办公厅关于印发甲办法》和《乙办法》的通知"
    text = (f"{title}\n标  题 {title}\n各乡镇人民政府：\n现将《某省人民政府办公厅关于印发〈甲办法〉和〈乙办法〉的通知》"
            "转发给你们，请认真贯彻执行。\n《甲办法》和《乙办法》已经省政府同意。")
    item = RawItem(file="t.html", line=1, start=0, end=len(text), text=text, date="2020-03-02",
                   fields={"title": title}, document=True)
    x = extract(item, regions)
    assert roles(x) == [("main", title)]
    assert x.titles[0].inner.norm == "某省人民政府办公厅关于印发〈甲办法〉和〈乙办法〉的通知"


def test_a_whole_documents_body_implements_what_it_carries_out_and_cites_its_basis(regions):
    from graph.extract.item import extract
    from graph.read.items import RawItem

    def document(title, body):
        text = f"{title}\n文号：甲政办〔2019〕2号\n摘录：{body}"
        item = RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, date="2019-06-17",
                       fields={"title": title}, document=True)
        return roles(extract(item, regions))

    own = "甲县人民政府办公室关于推进全县数据共享工作的通知"
    assert document(own, "为贯彻落实《乙省人民政府办公厅关于数据共享的通知》（乙政办〔2018〕2号）《丙市人民政府办公厅"
                         "关于数据共享的通知》（丙政办〔2018〕24号）文件精神，依据《乙省数据条例》，现通知如下。") == [
        ("main", own), ("implemented", "乙省人民政府办公厅关于数据共享的通知"),
        ("implemented", "丙市人民政府办公厅关于数据共享的通知"), ("cited", "乙省数据条例")]
    assert document(own, "按照《甲市电子政务工程实施方案》（甲政办〔2009〕60号）要求，现通知如下。") == [
        ("main", own), ("implemented", "甲市电子政务工程实施方案")]
    assert document(own, "根据《中华人民共和国电子签名法》，现通知如下。") == [("main", own), ("cited", "中华人民共和国电子签名法")]


def test_a_short_name_without_its_alias_clause_is_the_title_it_ends(item_of):
    x = item_of("某部印发《电子印章管理办法》，自印发之日起施行。某局负责人就《办法》相关问题回答了记者提问。")
    assert roles(x) == [("main", "电子印章管理办法")]
    y = item_of("某局印发《实施意见》。")
    assert roles(y) == [("main", "实施意见")]


def test_a_notice_titled_on_its_line_publishing_a_document_is_the_item(item_of):
    x = item_of("南京市人力资源和社会保障局关于印发《电子劳动合同指引》的通知\n各区人社局：\n"
                "现将《南京市电子劳动合同指引》印发给你们。", None)
    assert roles(x) == [("main", "南京市人力资源和社会保障局关于印发《电子劳动合同指引》的通知"), ("main", "南京市电子劳动合同指引")]
    assert x.titles[0].form.wrapped == "电子劳动合同指引"
    assert [m.agency.name for m in x.issuers] == ["南京市人力资源和社会保障局"]


def test_a_later_document_after_its_own_issuer_is_that_bodys(item_of):
    x = item_of("2021年5月6日，海南省财政厅印发《电子票据管理办法》；海关总署12日发布《电子报关单规范》，推行电子签名。")
    assert [m.agency.name for m in x.issuers] == ["海南省财政厅"]
    by_title = {t.verbatim: t.issuers and [m.agency.name for m in t.issuers] for t in x.titles}
    assert by_title == {"电子票据管理办法": None, "电子报关单规范": ["海关总署"]}


def test_a_later_document_without_its_own_issuer_keeps_the_items(item_of):
    x = item_of("2021年5月6日，浙江省财政厅印发《电子票据管理办法》和《电子票据操作规程》，并同步发布《电子票据样式》。")
    assert [t.issuers for t in x.titles] == [None, None, None]


def test_a_later_documents_issuer_without_region_is_read_in_the_items(item_of):
    x = item_of("2022年3月1日，宁波市人社局印发《电子劳动合同指引》，市大数据局最近组织编写了《电子印章规范》。")
    assert [m.agency.name for m in x.titles[1].issuers] == ["宁波市大数据局"]


def test_an_issuer_in_a_note_under_the_title(item_of):
    x = item_of("《某省电子文件归档办法》（2003年12月17日江西省档案局印发）要求电子文件归档。")
    assert [m.agency.name for m in x.issuers] == ["江西省档案局"] and x.region == "360000"
    y = item_of("《电子文件归档办法》（国办发〔2003〕17号）要求电子文件归档。")
    assert y.issuers == []


def test_bodies_written_with_a_level_word_only_are_of_the_titles_region(item_of):
    x = item_of("2022年3月1日，省人社厅、省财政厅联合印发《浙江省电子劳动合同推广方案》。")
    assert [m.agency.name for m in x.issuers] == ["浙江省人力资源和社会保障厅", "浙江省财政厅"]
    y = item_of("2022年3月1日，市大数据局印发《杭州市电子印章管理办法》。")
    assert [m.agency.name for m in y.issuers] == ["杭州市大数据局"]
    z = item_of("2022年3月1日，省人社厅印发《电子劳动合同推广方案》。")
    assert [(m.agency.name, m.agency.region) for m in z.issuers] == [("省人社厅", None)]


def test_a_meeting_with_no_body_at_its_head_is_that_of_the_body_meeting(item_of):
    x = item_of("某某主持召开国务院常务会议，审议通过《数字乡村建设规划》。")
    assert x.kind == "meeting" and [m.agency.name for m in x.issuers] == ["国务院"]
    y = item_of("某某主持召开宁波市政府第十二次常务会议，审议通过《宁波市电子证照办法》。")
    assert [m.agency.name for m in y.issuers] == ["宁波市人民政府"] and y.region == "330200"
    z = item_of("2030年4月3日召开的国务院常务会议通过了《数据法修正草案》。")
    assert z.kind == "meeting" and [m.agency.name for m in z.issuers] == ["国务院"]


def test_joint_issuers_in_the_titles_head_are_all_issuers(item_of):
    x = item_of("《工业和信息化部 国家标准化管理委员会关于印发电子签名标准体系的通知》发布。")
    assert [m.agency.name for m in x.issuers] == ["工业和信息化部", "国家标准化管理委员会"]


def test_an_issuer_hard_wrapped_over_two_lines_is_read_whole(item_of):
    x = item_of("2021年3月29日，宁波市鄞州区人力资源和社\n会保障局会同宁波市鄞州区行\n政服务中心印发《电子劳动合同实施意见》")
    assert [m.agency.name for m in x.issuers] == ["宁波市鄞州区人力资源和社会保障局", "宁波市鄞州区行政服务中心"]
    y = item_of("2021年5月6日，海南省财政厅印发《电子票据管理办法》；海关\n总署12日发布《电子报关单规范》。")
    assert [m.agency.name for m in y.titles[1].issuers] == ["海关总署"]


def test_a_district_several_cities_have_is_the_one_in_the_titles_city(item_of):
    x = item_of("2021年3月5日，朝阳区人社局印发《北京市朝阳区电子劳动合同实施意见》。")
    assert [(m.agency.name, m.agency.region) for m in x.issuers] == [("北京市朝阳区人力资源和社会保障局", "110105")]
    assert not any("ambiguous" in p for p in x.problems)
    y = item_of("2021年3月5日，朝阳区人社局印发《电子劳动合同实施意见》。")
    assert y.issuers[0].agency.region is None and any("ambiguous region 朝阳区" in p for p in y.problems)


def test_forwarding_written_after_the_items_own_words_and_a_forwarded_list(item_of):
    x = item_of("某省人社厅印发通知，转发《某部办公厅关于发布〈电子劳动合同订立指引〉的通知》。")
    assert roles(x) == [("forwarded", "某部办公厅关于发布〈电子劳动合同订立指引〉的通知")]
    y = item_of("某市人社局转发《某省人社厅关于电子劳动合同的通知》和《某省电子劳动合同细则》。")
    assert roles(y) == [("forwarded", "某省人社厅关于电子劳动合同的通知"), ("implemented", "某省电子劳动合同细则")]


def test_a_disclosure_page_of_a_notice_forwarding_one_document_cites_nothing_more(regions):
    from graph.extract.item import extract
    from graph.read.items import RawItem
    text = "各区人民政府：\n现将《某省数据局关于电子证照的通知》转发给你们，请遵照执行。"
    item = RawItem(file="t.html", line=1, start=0, end=len(text), text=text, date="2020-03-02",
                   fields={"title": "关于转发《某省数据局关于电子证照的通知》的通知"}, document=True)
    x = extract(item, regions)
    assert [(t.role, t.norm, t.inner.norm if t.inner else None) for t in x.titles] == [
        ("main", "关于转发《某省数据局关于电子证照的通知》的通知", "某省数据局关于电子证照的通知")]


def test_a_listed_notice_title_forwarding_a_bodys_document_forwards_it(regions):
    from graph.extract.item import extract
    from graph.read.items import RawItem
    title = "甲市人民政府办公室关于转发市数据局《甲市电子证照建设方案》的通知"
    item = RawItem(file="t.txt", line=1, start=0, end=len(title), text=title, date="2015-05-20",
                   fields={"title": title}, document=True)
    x = extract(item, regions)
    assert [(t.role, t.inner.norm if t.inner else None) for t in x.titles] == [("main", "甲市电子证照建设方案")]


def test_a_doubled_closing_mark_does_not_hide_what_follows_a_title(item_of):
    x = item_of("某县人民政府办公室转发《甲办法》和《乙办法》》的通知\n", None)
    assert roles(x)[0] == ("main", "某县人民政府办公室转发《甲办法》和《乙办法》》的通知")
    y = item_of("某市人社局根据《某省人社厅关于电子合同的通知》》要求，印发《某市电子合同办法》。")
    assert roles(y)[0] == ("implemented", "某省人社厅关于电子合同的通知")


def test_what_another_document_says_is_cited_and_a_title_named_again_is_one(item_of):
    x = item_of("某市人民政府印发《某市电子印章办法》。《甲法》规定电子签名与手写签名具有同等效力。")
    assert roles(x) == [("main", "某市电子印章办法"), ("cited", "甲法")]
    y = item_of("某市人民政府印发《某市电子印章办法》。《某市电子印章办法》规定电子印章与实物印章具有同等效力。")
    assert roles(y) == [("main", "某市电子印章办法")]
    z = item_of("某市人民政府印发《某市电子印章办法》，例如《甲法》第十四条。")
    assert roles(z)[1] == ("cited", "甲法")


def test_forwarding_with_its_aspect_mark_and_acting_on_a_documents_requirements(item_of):
    x = item_of("某市人社局近日转发了《某省人社厅关于电子劳动合同的通知》。")
    assert roles(x) == [("forwarded", "某省人社厅关于电子劳动合同的通知")]
    y = item_of("某市人社局结合《某省电子劳动合同办法》要求，印发《某市电子劳动合同方案》。")
    assert roles(y) == [("implemented", "某省电子劳动合同办法"), ("main", "某市电子劳动合同方案")]


def test_documents_an_item_names_around_its_own_are_cited_and_a_paper_is_none(item_of):
    x = item_of("《某院在线运行规则》是继《某院在线诉讼规则》《某院在线调解规则》之后出台的又一份文件。")
    assert roles(x) == [("main", "某院在线运行规则"), ("cited", "某院在线诉讼规则"), ("cited", "某院在线调解规则")]
    y = item_of("某市推行电子证照，办事更便捷。（据《某某日报》）")
    assert roles(y) == []


def test_a_short_name_of_a_trial_title_is_that_title(item_of):
    x = item_of("某市数据局印发《某市电子印章推广应用行动方案（试行）》（以下简称“行动方案”）。《行动方案》明确了时间节点。")
    assert [t for _, t in roles(x)] == ["某市电子印章推广应用行动方案(试行)"]


def test_a_document_a_kind_of_body_issues_in_a_later_sentence_has_no_issuer(item_of):
    x = item_of("6月5日，记者从某省人社厅获悉，全省推广电子劳动合同。人社部门印发《劳动关系服务指南》，优化流程。")
    assert [(t.verbatim, t.issuers) for t in x.titles] == [("劳动关系服务指南", ())]
    y = item_of("6月5日，记者从海南省人社厅获悉，全省推广电子劳动合同。")
    assert [m.agency.name for m in y.issuers] == ["海南省人力资源和社会保障厅"]


def test_the_body_a_reporter_hears_from_acts_and_a_name_plate_in_parentheses_is_the_same_body(item_of):
    x = item_of("新华社北京8月18日电（记者某某）记者18日从公安部新闻发布会上获悉，电子驾驶证已推广。")
    assert [m.agency.name for m in x.issuers] == ["公安部"]
    w = item_of("记者近日从宁波市市场监督管理局了解到，电子营业执照已推广。")
    assert [m.agency.name for m in w.issuers] == ["宁波市市场监督管理局"]
    y = item_of("2018年12月20日，国家市场监督管理总局、国家电子文件管理部际联席会议办公室（国家密码管理局）联合发布《电子证照》标准。")
    assert [m.agency.name for m in y.issuers] == ["国家市场监督管理总局", "国家电子文件管理部际联席会议办公室"]
    z = item_of("近期，舟山市普陀区档案局确定试点单位。2020年5月，原国家工商行政管理总局开始研究。")
    assert [m.agency.name for m in z.issuers] == ["舟山市普陀区档案局"]


def test_a_body_written_with_a_level_word_in_an_item_without_title_is_of_the_region_it_names(item_of):
    x = item_of("2020年5月，市人社局着手建设电子劳动合同平台。2020年9月，淄博市被确认为试点城市。")
    assert [m.agency.name for m in x.issuers] == ["淄博市人力资源和社会保障局"]


def test_the_bodies_of_a_remark_after_a_title_issue_it(item_of):
    x = item_of("1　甲部电子印章管理办法（公安部 民政部令第1号，2025年5月19日）")
    assert [m.agency.name for m in x.issuers] == ["公安部", "民政部"]
    assert [m.agency.name for m in item_of("《甲办法》（浙江省人民政府办公厅，2022年8月23日）").issuers] == ["浙江省人民政府办公厅"]
    assert item_of("《甲办法》（国办发〔2022〕3号）").issuers == []  # a number names no issuer


def test_a_headline_title_named_again_after_its_issuers_is_theirs(item_of):
    x = item_of("《电子发票》三项国家标准下月实施\n\n发布时间：2019-01-02\n\n  国家税务总局、国家标准化管理委员会联合发布《电子发票》3项国家标准。")
    assert [(t.verbatim, [m.agency.name for m in t.issuers or ()]) for t in x.titles][0] == (
        "电子发票", ["国家税务总局", "国家标准化管理委员会"])


def test_a_bare_title_opening_the_text_is_no_issuer(regions):
    from graph.read.items import RawItem
    from graph.extract.item import extract

    text = "江西省电子印章管理暂行办法"
    x = extract(RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, date="2022-04-19",
                        fields={}), regions)
    assert x.issuers == []


def test_a_header_blocks_fields_and_what_the_document_publishes(regions):
    from graph.extract.item import extract
    from graph.read.items import RawItem
    text = "某省人民政府办公厅关于印发某省电子证照管理办法的通知\n现将《某省电子证照管理办法》印发给你们。依据《某省数据条例》制定。"
    item = RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, date="2022-01-05", document=True,
                   fields={"title": "某省人民政府办公厅关于印发某省电子证照管理办法的通知", "in_force": "2022-03-01",
                           "status": "现行有效", "agency": "某省人民政府办公厅"})
    x = extract(item, regions)
    assert [(t.verbatim, t.role) for t in x.titles] == [
        ("某省人民政府办公厅关于印发某省电子证照管理办法的通知", "main"), ("某省数据条例", "cited")]  # what it publishes is no citation
    assert (x.in_force, x.titles[0].status) == ("2022-03-01", "in-force")


def test_a_session_cut_from_its_item_is_the_body_whose_session_passed_the_title(regions):
    from graph.extract.item import extract
    from graph.read.items import RawItem
    text = "规则已于2020年2月10日由最高人民法院审判委员会第900次会议通过"
    item = RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, date="2020-02-10",
                   fields={"title": "某某在线规则"})
    x = extract(item, regions)
    assert x.kind == "meeting" and [m.agency.name for m in x.issuers] == ["最高人民法院"]
    assert [(t.verbatim, t.role) for t in x.titles] == [("某某在线规则", "approved")]


def test_an_order_that_tells_the_session_passing_its_document_is_that_document(item_of):
    x = item_of("中华人民共和国商务部令第3号：《某某数据办法》已经2003年9月1日商务部第5次部务会议审议通过，现予发布。")
    assert x.kind == "document" and [m.agency.name for m in x.issuers] == ["商务部"]
    assert [(t.verbatim, t.role, t.number) for t in x.titles] == [("某某数据办法", "main", "中华人民共和国商务部令第3号")]
    y = item_of("《某某数据办法》已经2003年9月1日商务部第5次部务会议审议通过")
    assert y.kind == "meeting" and [m.agency.name for m in y.issuers] == ["商务部"]


def test_what_a_reporter_learned_from_a_body_is_news_citing_the_titles_it_names(item_of):
    x = item_of("记者近日从杭州市市场监督管理局了解到，该局正推进电子印章应用。据介绍，《某某市数字政府规划》已将电子印章列为重点。", None)
    assert x.kind == "news" and [m.agency.name for m in x.issuers] == ["杭州市市场监督管理局"]
    assert [(t.verbatim, t.role) for t in x.titles] == [("某某市数字政府规划", "cited")]
    y = item_of("记者从某某市数据局获悉，该局近日印发《某某市电子印章办法》。", None)
    assert y.kind == "document" and [(t.verbatim, t.role) for t in y.titles] == [("某某市电子印章办法", "main")]


def test_the_body_a_session_of_which_adopted_a_title(item_of):
    x = item_of("《某某规定》已于2020年3月1日由最高人民法院审判委员会第900次会议通过，现予公布。")
    assert x.kind == "meeting" and [m.agency.name for m in x.issuers] == ["最高人民法院"]
    assert [t.role for t in x.titles] == ["approved"]


def test_a_document_publishing_others_does_not_cite_them(regions):
    from graph.extract.item import extract
    from graph.read.items import RawItem
    text = "文件：某市关于印发《甲细则》等两个文件的通知\n要点：印发《甲细则》《乙细则》，依据《丙条例》。"
    item = RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, document=True,
                   fields={"title": "某市关于印发《甲细则》等两个文件的通知"})
    assert [(t.verbatim, t.role) for t in extract(item, regions).titles] == [
        ("某市关于印发《甲细则》等两个文件的通知", "main"), ("丙条例", "cited")]


@pytest.mark.parametrize("text, title", [
    ("2004年8月，全国人大常委会通过电子签名法。", "电子签名法"),
    ("十届全国人大常委会第十一次会议表决通过关于加强某某保护的决定；", "关于加强某某保护的决定"),
    ("全國人大常委會審議通過數據安全法。", "數據安全法"),
])
def test_a_law_passed_by_the_congress_without_brackets_is_its_policy(item_of, text, title):
    x = item_of(text)
    assert [t.verbatim for t in x.titles] == [title] and [m.agency.id for m in x.issuers] == ["npcsc"]
    assert x.region == "100000"


def test_a_name_after_passing_words_is_no_law_unless_a_legislature_passes_it(item_of):
    assert "合作办法" not in [t.verbatim for t in item_of("某某公司董事会通过合作办法。").titles]
    assert "相关决定" not in [t.verbatim for t in item_of("某某市政府常务会议通过相关决定。").titles]


def test_an_issuer_after_jing_and_a_number_before_the_title(item_of):
    x = item_of("经第十三届全国人大常委会表决通过的《中华人民共和国甲法》自2019年1月1日起施行。")
    assert [m.agency.id for m in x.issuers] == ["npcsc"]
    y = item_of("国家档案局第9号令《某某档案管理办法》发布。")
    assert [(t.verbatim, t.number) for t in y.titles] == [("某某档案管理办法", "国家档案局第9号令")]


def test_a_document_forwards_what_its_text_says_it_forwards_and_its_titles_inner_parts_are_no_citations(regions):
    from graph.extract.item import extract
    from graph.read.items import RawItem
    title = "甲县人民政府办公室转发《乙省人民政府办公厅关于印发乙省电子证照办法的通知》的通知"
    text = f"名称 {title}\n现将《乙省人民政府办公厅关于印发乙省电子证照办法的通知》乙政办发〔2019〕2号转发你们。依据《丙法》执行。"
    item = RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, document=True, fields={"title": title})
    x = extract(item, regions)
    assert [(t.verbatim, t.role) for t in x.titles] == [(title, "main"), ("丙法", "cited")]  # what it forwards is no citation
    assert x.titles[0].inner is not None and x.titles[0].inner.verbatim == "乙省人民政府办公厅关于印发乙省电子证照办法的通知"


def test_a_document_forwards_a_title_its_own_title_does_not_name(regions):
    from graph.extract.item import extract
    from graph.read.items import RawItem
    text = "名称 甲县人民政府办公室关于做好电子证照工作的通知\n现将《乙省电子证照办法》(乙政发〔2019〕1号)转发你们。"
    item = RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, document=True,
                   fields={"title": "甲县人民政府办公室关于做好电子证照工作的通知"})
    x = extract(item, regions)
    assert len(x.titles) == 1 and x.titles[0].inner is not None and x.titles[0].inner.verbatim == "乙省电子证照办法"


@pytest.mark.parametrize("text, issuer", [
    ("为加强电子营业执照管理，国家市场监督管理总局近日印发了《电子营业执照管理办法》。", "国家市场监督管理总局"),
    ("据新华社电(记者 张三) 为推进在线诉讼，最高人民法院17日发布《人民法院在线诉讼规则》。", "最高人民法院"),
])
def test_a_purpose_leading_the_sentence_is_not_its_issuer(item_of, text, issuer):
    assert [m.agency.name for m in item_of(text).issuers] == [issuer]



def test_a_document_issued_with_its_number_and_no_title_is_a_document(item_of):
    x = item_of("2022年9月27日，甲省住房和城乡建设厅印发通知（甲建函〔2022〕28号），按照《乙部关于电子证照的通知》要求，启用电子证书。")
    assert x.kind == "document"
    assert [(t.role, t.norm, t.number, t.derived) for t in x.titles] == [
        ("main", "通知（甲建函〔2022〕28号）", "甲建函〔2022〕28号", True), ("implemented", "乙部关于电子证照的通知", None, False)]
    assert item_of("甲省人社厅印发通知，要求推广电子劳动合同。").kind == "news"  # no number: nothing names the document


def test_a_number_after_a_linked_title_beyond_its_blanked_address(item_of):
    x = item_of("* 2021-01-05 [甲省电子印章管理办法](http://example.org/a/long/address/of/the/page/2021/01/05/index.html) "
                "甲政发〔2021〕1号 — 首个规范电子印章的文件")
    assert [(t.verbatim, t.number) for t in x.titles] == [("甲省电子印章管理办法", "甲政发〔2021〕1号")]


def test_a_session_told_apart_from_the_title_it_approves_is_about_that_title(regions):
    from graph.read.items import RawItem
    from graph.extract.item import extract

    text = "2019年4月23日，浙江省人大常委会第十次会议修正"
    session = RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, date="2019-04-23",
                      fields={"title": "浙江省电子签名条例"})
    x = extract(session, regions)
    assert x.kind == "meeting" and [c.pref_zh for c in x.concepts] == ["电子签名"]
    assert [(t.verbatim, t.role) for t in x.titles] == [("浙江省电子签名条例", "approved")]


def test_a_body_written_without_its_region_after_a_setting_is_of_the_region_its_title_names(item_of):
    x = item_of("立法过程中，省司法厅曾公布《浙江省数字经济条例（送审稿）》向社会征集意见。", None)
    assert [m.agency.name for m in x.issuers] == ["浙江省司法厅"]


def test_an_order_number_written_before_the_title_it_issues_is_the_titles(item_of):
    x = item_of("2015年4月，工业和信息化部以工业和信息化部令第29号公布《工业和信息化部关于修改部分规章的决定》。")
    assert [(t.key, t.number) for t in x.titles] == [("工业和信息化部关于修改部分规章的决定", "工业和信息化部令第29号")]
    assert item_of("依据甲部令第3号，乙局印发《乙办法》。").titles[0].number is None  # a basis, not the order it is issued by


def test_a_gathering_held_is_an_event_whoever_holds_it(item_of):
    assert item_of("2021（第十六届）中国电子政务论坛在广州举行").kind == "event"
    assert item_of("甲市电子签名论坛文集出版").kind == "news"


def test_an_amending_document_the_reader_found_amends_the_title_it_was_found_under(regions):
    text = "根据2015年4月29日《丙部关于修改部分规章的决定》（丙部令第29号）修订"
    item = RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, date="2015-04-29", document=True,
                   fields={"title": "丙部关于修改部分规章的决定", AMENDS: "丙办法", "number": "丙部令第29号"})
    [own] = extract(item, regions).titles
    assert (own.key, own.number, own.changes[0], own.changes[1].key) == ("丙部关于修改部分规章的决定", "丙部令第29号", "amends", "丙办法")
    law = RawItem(file="t.txt", line=1, start=0, end=40, text="2004年8月28日会议通过，根据2015年4月24日《乙决定》第一次修正",
                  document=True, fields={"title": "甲法"})
    assert [t.key for t in extract(law, regions).titles] == ["甲法"]  # the decision that amended it is no citation


def test_a_law_in_a_list_acted_on_is_its_legal_basis_the_others_carried_out(regions):
    from graph.extract.item import extract
    from graph.read.items import RawItem

    def document(body):
        title = "甲市人民政府办公室关于印发甲市电子公文管理办法的通知"
        text = f"{title}\n{body}"
        item = RawItem(file="t.txt", line=1, start=0, end=len(text), text=text, date="2010-04-01",
                       fields={"title": title}, document=True)
        return roles(extract(item, regions))[1:]

    assert document("第一条 根据《中华人民共和国电子签名法》、《乙公文处理办法》（乙发〔2000〕1号）和《丙电子公文办法》"
                    "等公文管理相关要求，制定本办法。") == [
        ("cited", "中华人民共和国电子签名法"), ("implemented", "乙公文处理办法"), ("implemented", "丙电子公文办法")]
    assert document("按照《乙省电子政务方案》和《丙市数据共享方案》等文件要求，现通知如下。") == [
        ("implemented", "乙省电子政务方案"), ("implemented", "丙市数据共享方案")]
    assert document("依据《中华人民共和国电子签名法》和《乙公文处理办法》等有关规定，制定本办法。") == [
        ("cited", "中华人民共和国电子签名法"), ("cited", "乙公文处理办法")]  # provisions relied on: all cited
    assert document("依据《乙公文处理办法》制定相关要求。") == [("cited", "乙公文处理办法")]  # 相关要求 of its own making


def test_a_document_published_as_an_order_is_the_ordering_bodys(item_of):
    x = item_of("《浙江省公共数据开放办法》以省政府令第5号公布，自3月1日起施行。")
    assert [m.agency.name for m in x.issuers] == ["浙江省人民政府"]
    assert [t.number for t in x.titles] == ["省政府令第5号"]  # 以 is how it was published, no part of the number
    y = item_of("《浙江省公共数据开放办法》以省政府令第5号公布。", date=None)
    assert y.region == "330000"
    assert item_of("《公共数据开放办法》发布（第5号）。").issuers == []


def test_a_white_paper_released_at_a_press_conference_is_cited_by_the_event(item_of):
    x = item_of("2030年5月6日，国家数据局在乙市举行新闻发布会，发布《甲行业发展》白皮书。")
    assert x.kind == "event" and [t.role for t in x.titles] == ["cited"]
    assert [t.role for t in item_of("2030年5月6日，国家数据局举行新闻发布会，发布《甲规则》。").titles] == ["main"]
