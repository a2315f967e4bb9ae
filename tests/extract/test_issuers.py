from graph.extract.issuers import parse_issuers
from graph.text import normalize


def names(clause):
    return [m.agency.name for m in clause.issuers]


def test_central_short_form_is_normalized(regions):
    c = parse_issuers("人社部发布", regions)
    assert names(c) == ["人力资源和社会保障部"]
    assert c.issuers[0].surface == "人社部"
    assert c.issuers[0].agency.id == "mohrss"


def test_joint_issuance_with_unnamed_count(regions):
    c = parse_issuers("工信部、公安部等5部门联合印发", regions)
    assert names(c) == ["工业和信息化部", "公安部"]
    assert c.unnamed == 3


def test_chinese_numeral_count(regions):
    c = parse_issuers("浙江省市场监管局等八部门", regions)
    assert names(c) == ["浙江省市场监督管理局"]
    assert c.unnamed == 7


def test_hui_tong_joins_issuers(regions):
    c = parse_issuers("财政部会同国家税务总局", regions)
    assert names(c) == ["财政部", "国家税务总局"]


def test_local_body_composed_from_region_stem_and_level_suffix(regions):
    c = parse_issuers("杭州市人社局印发", regions)
    agency = c.issuers[0].agency
    assert agency.name == "杭州市人力资源和社会保障局"
    assert agency.id == "330100-hrss"
    assert agency.level == "municipal"
    assert agency.parent == "330100-gov"


def test_a_stem_shared_by_two_bodies_follows_the_written_suffix(regions):
    bodies = {text: parse_issuers(text + "印发", regions).issuers[0].agency for text in ("吉林省大数据局", "吉林省大数据中心")}
    assert {text: (a.id, a.name) for text, a in bodies.items()} == {
        "吉林省大数据局": ("220000-bigdata", "吉林省大数据局"),
        "吉林省大数据中心": ("220000-bigdata-centre", "吉林省大数据中心"),
    }


def test_provincial_ting_and_municipality_ju(regions):
    assert names(parse_issuers("广东省人社厅", regions)) == ["广东省人力资源和社会保障厅"]
    c = parse_issuers("重庆市人社厅", regions)
    assert names(c) == ["重庆市人力资源和社会保障局"]
    assert "does not fit" in c.problems[0]


def test_typo_doubled_suffix_is_read_and_reported(regions):
    c = parse_issuers("成都市住建局局发布", regions)
    assert names(c) == ["成都市住房和城乡建设局"]
    assert any("typo" in p for p in c.problems)


def test_general_office_of_a_ministry_is_a_sub_organization(regions):
    a = parse_issuers("财政部办公厅印发", regions).issuers[0].agency
    assert (a.name, a.parent, a.id) == ("财政部办公厅", "mof", "mof-office")


def test_internal_bureau_of_a_ministry(regions):
    a = parse_issuers("工信部信息通信管理局副局长", regions).issuers[0].agency
    assert a.name == "工业和信息化部信息通信管理局"
    assert a.parent == "miit"


def test_region_alone_means_its_government_inferred(regions):
    m = parse_issuers("江苏省发布", regions).issuers[0]
    assert m.agency.name == "江苏省人民政府"
    assert m.inferred


def test_forwarding_separates_the_forwarded_issuer(regions):
    c = parse_issuers("湖南省人社厅转发人力资源社会保障部办公厅", regions)
    assert names(c) == ["湖南省人力资源和社会保障厅"]
    assert [m.agency.name for m in c.forwarded] == ["人力资源和社会保障部办公厅"]


def test_region_then_forwarding_verb(regions):
    c = parse_issuers("云南省转发国务院办公厅", regions)
    assert names(c) == ["云南省人民政府"]
    assert [m.agency.name for m in c.forwarded] == ["国务院办公厅"]


def test_unknown_local_body_is_kept_and_reported(regions):
    c = parse_issuers("苏州市数字化转型推进领导小组办公室印发", regions)
    assert names(c) == ["苏州市数字化转型推进领导小组办公室"]
    assert not c.issuers[0].agency.known
    assert "unknown agency" in c.problems[0]


def test_traditional_characters(regions):
    c = parse_issuers(normalize("廣東省人民政府辦公廳印發"), regions)
    assert names(c) == ["广东省人民政府办公厅"]


def test_district_under_city(regions):
    a = parse_issuers("深圳市南山区人民政府", regions).issuers[0].agency
    assert (a.region, a.level) == ("440305", "county")


def test_stops_at_non_agency_words(regions):
    assert parse_issuers("近期多地出台政策", regions).issuers == []


def test_wei_hui_typo_but_not_hui_tong(regions):
    typo = parse_issuers("国家发展改革委会等6部门", regions)
    assert names(typo) == ["国家发展和改革委员会"] and typo.unnamed == 5
    joint = parse_issuers("国家发展改革委会同财政部", regions)
    assert names(joint) == ["国家发展和改革委员会", "财政部"]
    assert joint.problems == []


def test_district_bodies_are_named_with_their_city(regions):
    assert names(parse_issuers("深圳市南山区人民政府办公室印发", regions)) == ["深圳市南山区人民政府办公室"]
    assert names(parse_issuers("上海市闵行区召开", regions)) == ["上海市闵行区人民政府"]


def test_unknown_courts_and_zone_committees_are_bodies_not_governments(regions):
    assert names(parse_issuers("杭州互联网法院发布", regions)) == ["杭州市互联网法院"]
    assert names(parse_issuers("苏州工业园区管委会印发", regions)) == ["苏州市工业园区管委会"]


def test_special_administrative_region_government(regions):
    assert names(parse_issuers("香港特别行政区政府发布", regions)) == ["香港特别行政区政府"]
    assert names(parse_issuers("澳门特别行政区发布", regions)) == ["澳门特别行政区政府"]
