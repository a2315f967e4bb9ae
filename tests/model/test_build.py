"""The model's identity and linking rules, on small roundups written for each rule."""

import pytest

from graph.pipeline import build


def policies(result):
    return {d["title"]: n for n, d in result.graph.nodes(data=True) if d["type"] == "policy"}


def out(result, node, relation):
    return sorted(o for _, o, k in result.graph.out_edges(node, keys=True) if k == relation)


@pytest.fixture
def roundup(tmp_path):
    def write(name: str, text: str):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def test_same_title_from_two_sources_is_one_node(roundup):
    a = roundup("a.txt", "2022年盘点\n\n2022年3月1日，国务院办公厅印发《关于加快推进电子证照扩大应用领域的意见》。\n")
    b = roundup("b.txt", "2022年盘点\n\n2022年3月1日，国办印发《关于加快推进“电子证照”扩大应用领域的意见》，推动电子证照互认。\n")
    result = build([a, b])
    p = policies(result)
    assert len(p) == 1
    node = next(iter(p.values()))
    assert len(out(result, node, "derived_from")) == 2
    agency = out(result, node, "passed_by")
    assert agency == ["https://w3id.org/policykg/id/agency/state-council-office"]
    assert result.graph.nodes[agency[0]]["alt_zh"] == "国办"


def test_same_title_different_jurisdictions_stays_two(roundup):
    path = roundup("c.txt", "2021年盘点\n\n7月9日\n\n人社部发布《电子劳动合同订立指引》。\n\n9月14日\n\n贵州省人社厅发布《电子劳动合同订立指引》。\n")
    result = build([path])
    assert len([n for n, d in result.graph.nodes(data=True) if d["type"] == "policy"]) == 2


def test_forwarding_links_local_notice_to_the_reused_national_policy(roundup):
    path = roundup("d.txt", "2021年盘点\n\n"
                   "7月1日\n\n人社部办公厅印发《关于发布电子劳动合同订立指引的通知》。\n\n"
                   "7月2日\n\n人社部发布《电子劳动合同订立指引》。\n\n"
                   "8月1日\n\n湖南省人社厅转发人力资源社会保障部办公厅《关于发布电子劳动合同订立指引的通知》。\n\n"
                   "8月5日\n\n湖北省转发国家人力资源和社会保障部办公厅《关于发布电子劳动合同订立指引的通知》。\n")
    result = build([path])
    p = policies(result)
    national = p["关于发布电子劳动合同订立指引的通知"]
    assert result.graph.nodes[national]["date_document"] == "2021-07-01"
    locals_ = [n for n, d in result.graph.nodes(data=True) if d.get("title", "").startswith("关于转发")]
    assert len(locals_) == 2
    for node in locals_:
        assert out(result, node, "ensures_implementation_of") == [national]
        assert result.graph.nodes[node]["title_derived"] is True
    assert out(result, national, "publishes") == [p["电子劳动合同订立指引"]]


def test_meeting_yields_activity_and_approved_plan(roundup):
    path = roundup("e.txt", "2021年\n\n11月17日\n\n国务院总理主持召开国务院常务会议，审议通过《“十四五”数字政府规划》。\n")
    result = build([path])
    meeting = [n for n, d in result.graph.nodes(data=True) if d["type"] == "activity"]
    assert len(meeting) == 1
    assert "https://w3id.org/policykg/ontology#Meeting" in result.graph.nodes[meeting[0]]["classes"]
    plan = policies(result)["“十四五”数字政府规划"]
    assert out(result, meeting[0], "approves") == [plan]
    assert out(result, plan, "issuer_inferred") == ["https://w3id.org/policykg/id/agency/state-council"]


def test_a_guess_is_a_presumed_issuer_until_a_source_names_one(roundup):
    guess = roundup("g.txt", "2022年\n\n3月1日，《江西省电子证照管理办法》公布，推进电子证照应用。\n")
    result = build([guess])
    policy = policies(result)["江西省电子证照管理办法"]
    assert out(result, policy, "passed_by") == []
    assert out(result, policy, "presumed_issuer") == ["https://w3id.org/policykg/id/agency/360000-gov"]
    assert result.graph.nodes[policy]["issuer_unknown"] is True
    named = roundup("n.txt", "2022年\n\n3月1日，江西省人民政府办公厅印发《江西省电子证照管理办法》。\n")
    result = build([guess, named])
    policy = policies(result)["江西省电子证照管理办法"]
    assert out(result, policy, "passed_by") == ["https://w3id.org/policykg/id/agency/360000-gov-office"]
    assert out(result, policy, "presumed_issuer") == []
    assert "issuer_unknown" not in result.graph.nodes[policy]


def test_a_later_document_takes_its_own_issuers_region(roundup):
    path = roundup("o.txt", "2021年\n\n5月6日，海南省财政厅印发《电子票据管理办法》；海关总署12日发布《电子报关单规范》。\n")
    result = build([path])
    p = policies(result)
    assert out(result, p["电子报关单规范"], "passed_by") == ["https://w3id.org/policykg/id/agency/gacc"]
    assert out(result, p["电子报关单规范"], "jurisdiction") == ["https://w3id.org/policykg/id/region/CN"]
    assert out(result, p["电子票据管理办法"], "jurisdiction") == ["https://w3id.org/policykg/id/region/460000"]


def test_a_defunct_body_keeps_its_name_and_links_to_its_successor(roundup):
    path = roundup("d.txt", "2006年\n\n3月1日，信息产业部印发《电子认证服务管理办法》。\n")
    result = build([path])
    mii = "https://w3id.org/policykg/id/agency/mii"
    assert out(result, policies(result)["电子认证服务管理办法"], "passed_by") == [mii]
    assert result.graph.nodes[mii]["pref_zh"] == "信息产业部"
    assert out(result, mii, "succeeded_by") == ["https://w3id.org/policykg/id/agency/miit"]
    assert result.graph.nodes["https://w3id.org/policykg/id/agency/miit"]["pref_zh"] == "工业和信息化部"


def test_equivalence_node_and_concept(roundup):
    path = roundup("f.txt", "2023年\n\n2023年5月6日，湖北省人民政府印发《湖北省电子印章管理办法》：电子印章与实物印章具有同等法律效力。\n")
    result = build([path])
    node = policies(result)["湖北省电子印章管理办法"]
    assert "https://w3id.org/policykg/id/concept/legal-equivalence" in out(result, node, "is_about")
    [eq] = out(result, node, "asserts")
    assert out(result, eq, "electronic_form") == ["https://w3id.org/policykg/id/concept/e-seal"]
    assert result.graph.nodes[eq]["statement"] == "电子印章与实物印章具有同等法律效力。"


def test_a_session_passing_a_law_leaves_the_equivalence_it_states_to_the_law(roundup):
    path = roundup("s.txt", "立法沿革\n\n2019年3月5日，全国人大常委会会议表决通过《某某电子签名法》，规定电子签名与手写签名具有同等法律效力。\n")
    result = build([path])
    law = policies(result)["某某电子签名法"]
    [session] = [n for n, d in result.graph.nodes(data=True) if d["type"] == "activity"]
    assert out(result, session, "approves") == [law]
    assert len(out(result, law, "asserts")) == 1 and out(result, session, "asserts") == []
    assert "https://w3id.org/policykg/id/concept/legal-equivalence" not in out(result, session, "subject")


def test_undated_item_is_kept_and_reported(roundup):
    path = roundup("g.txt", "政策盘点\n\n1. 江西省人民政府印发《江西省电子证照管理办法》。\n")
    result = build([path])
    node = policies(result)["江西省电子证照管理办法"]
    assert result.graph.nodes[node]["undated"] is True
    assert any(p.reason == "no date: kept undated" and p.line == 3 for p in result.problems)


def test_document_number_decides_the_legal_effect(roundup):
    path = roundup("h.txt", "2023年\n\n2023年4月27日，国务院公布《商用密码管理条例》（国务院令第760号），规范电子认证。\n")
    result = build([path])
    node = policies(result)["商用密码管理条例"]
    data = result.graph.nodes[node]
    assert data["document_number"] == "国务院令第760号"
    assert data["legal_effect_rule"] == "number:state-council-decree"
    assert out(result, node, "legal_effect") == ["https://w3id.org/policykg/id/effect/administrative-regulation"]


def test_news_item_references_the_document_it_names(roundup):
    path = roundup("i.txt", "2022年\n\n6月1日\n\n国家网信办副主任在答记者问时表示，《电子签名法》修订工作正在推进。\n")
    result = build([path])
    [activity] = [n for n, d in result.graph.nodes(data=True) if d["type"] == "activity"]
    assert out(result, activity, "references") == [policies(result)["电子签名法"]]


def test_a_body_written_under_two_names_keeps_one_preferred_label(roundup):
    first, second = "长春市人民政府办公室印发《长春市电子印章管理办法》。", "长春市政府办公厅印发《长春市电子证照应用规范》。"
    for name, (a, b) in (("a.txt", (first, second)), ("b.txt", (second, first))):
        result = build([roundup(name, f"2021年\n\n3月1日\n\n{a}\n\n3月2日\n\n{b}\n")])
        agency = result.model["https://w3id.org/policykg/id/agency/220100-gov-office"]
        assert (agency["pref_zh"], agency["alt_zh"]) == (["长春市人民政府办公厅"], ["长春市人民政府办公室", "长春市政府办公厅"])


def test_forwarding_links_go_to_the_forwarded_document(roundup):
    text = ("2023年\n\n3月1日\n\n杭州市人社局转发《省人力资源社会保障厅关于推进电子劳动合同的通知》。\n\n"
            "3月2日\n\n杭州市人民政府印发《关于转发〈浙江省电子印章管理办法〉的通知》。\n")
    result = build([roundup("f.txt", text)])
    by_title = {d["title"][0]: n for n, d in result.model.items() if d["type"] == "policy"}
    forwarding = by_title["关于转发《省人力资源社会保障厅关于推进电子劳动合同的通知》的通知"]
    higher = by_title["省人力资源社会保障厅关于推进电子劳动合同的通知"]
    assert result.model[forwarding]["ensures_implementation_of"] == [higher]
    assert higher.rsplit("/", 1)[1].startswith("330000-")
    notice = by_title["关于转发〈浙江省电子印章管理办法〉的通知"]
    assert result.model[notice]["ensures_implementation_of"] == [by_title["浙江省电子印章管理办法"]]
    assert "publishes" not in result.model[notice]


def test_a_cited_document_is_linked_by_eli_cites(roundup):
    text = "2023年\n\n3月1日\n\n某市人民政府印发《某市电子印章管理办法》，依据《中华人民共和国电子签名法》第十四条，推进电子印章应用。\n"
    result = build([roundup("c.txt", text)])
    by_title = {d["title"][0]: n for n, d in result.model.items() if d["type"] == "policy"}
    assert result.model[by_title["某市电子印章管理办法"]]["cites"] == [by_title["中华人民共和国电子签名法"]]


def test_a_document_cited_in_a_sentence_about_one_of_two_is_cited_by_that_one_alone(roundup):
    text = ("2023年\n\n3月1日\n\n某市人民政府印发《某市电子印章管理办法》和《某市电子证照管理办法》。"
            "其中电子印章办法根据《中华人民共和国电子签名法》制定。\n")
    result = build([roundup("d.txt", text)])
    by_title = {d["title"][0]: n for n, d in result.model.items() if d["type"] == "policy"}
    assert result.model[by_title["某市电子印章管理办法"]]["cites"] == [by_title["中华人民共和国电子签名法"]]
    assert "cites" not in result.model[by_title["某市电子证照管理办法"]]
    assert "derived_from" not in result.model[by_title["中华人民共和国电子签名法"]]


def test_a_session_dates_what_it_approved_unless_a_document_states_its_own_date(roundup):
    page = roundup("g.txt", "某某规则\n\n制定机关\n最高人民法院\n公布日期\n2021.07.02\n文号\n法释〔2021〕9号\n\n"
                   "《某某规则》已于2021年6月1日由最高人民法院审判委员会第1000次会议通过，现予公布。\n")
    history = roundup("h.txt", "立法沿革\n\n2019年3月5日，全国人大常委会会议审议通过《某某条例》。\n")
    result = build([page, history])
    p = policies(result)
    assert result.graph.nodes[p["某某规则"]]["date_document"] == "2021-07-02"  # its 公布日期, not its adoption
    assert result.graph.nodes[p["某某条例"]]["date_document"] == "2019-03-05"  # nothing else dates it
    [session] = [n for n, d in result.graph.nodes(data=True) if d["type"] == "activity" and out(result, n, "approves") == [p["某某规则"]]]
    assert result.graph.nodes[session]["date"] == "2021-06-01"


def test_a_document_named_without_brackets_is_a_policy_whose_title_is_marked_derived(roundup):
    path = roundup("n.txt", "2016年盘点\n\n2016年9月1日，浙江省人民政府办公厅出台推进电子证照共享工作的通知，要求建设电子证照库。\n")
    result = build([path])
    node = policies(result)["推进电子证照共享工作的通知"]
    assert result.graph.nodes[node]["title_derived"] is True


def test_a_provinces_session_approving_a_citys_regulation_neither_issues_it_nor_moves_it(roundup):
    path = roundup("m.md", "# 清单\n\n"
                   "* 2021-12-31 [杭州市电子证照条例](http://example.org/a.html) — 杭州市第十四届人民代表大会常务委员会第五次会议通过\n"
                   "  - 2022-03-29 经浙江省第十三届人民代表大会常务委员会第四次会议批准。\n")
    result = build([path])
    p = policies(result)
    assert list(p) == ["杭州市电子证照条例"]
    regulation = p["杭州市电子证照条例"]
    meetings = [n for n, d in result.graph.nodes(data=True) if d["type"] == "activity"]
    assert len(meetings) == 2 and all(out(result, m, "approves") == [regulation] for m in meetings)
    assert [result.graph.nodes[a]["pref_zh"] for a in out(result, regulation, "passed_by")] == ["杭州市人民代表大会常务委员会"]
    assert not any("330000" in a for a in out(result, regulation, "issuer_inferred"))


def test_an_untitled_forwarding_notice_takes_the_number_its_header_gives(roundup):
    page = roundup("n.txt", "发布机构：甲市人民政府办公室\n成文日期：2020-03-02\n文号：甲政办发〔2020〕4号\n\n甲市人民政府办公室关于推进电子证照应用的通知\n"
                   "现通知如下。\n────\n发布机构：丙市人民政府办公室\n文号：丙政办〔2019〕7号\n\n各县人民政府：\n"
                   "现将《乙省人民政府办公厅转发某部关于电子印章的通知》（乙政办〔2019〕3号）转发给你们，请一并贯彻执行。\n")
    result = build([page])
    p = policies(result)
    notice = p["关于转发《乙省人民政府办公厅转发某部关于电子印章的通知》的通知"]
    assert result.graph.nodes[notice]["document_number"] == "丙政办〔2019〕7号"
    assert out(result, notice, "ensures_implementation_of") == [p["乙省人民政府办公厅转发某部关于电子印章的通知"]]  # one title, a chain in it
    assert result.graph.nodes[p["甲市人民政府办公室关于推进电子证照应用的通知"]]["document_number"] == "甲政办发〔2020〕4号"
