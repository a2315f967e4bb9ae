import pytest

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


def test_a_peoples_congress_standing_committees_general_office(regions):
    assert [m.agency.name for m in parse_issuers("上海市人大常委会办公厅发布公告", regions).issuers] == ["上海市人民代表大会常务委员会办公厅"]
    assert [m.agency.name for m in parse_issuers("上海市人大常委会发布公告", regions).issuers] == ["上海市人民代表大会常务委员会"]


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
    later = parse_issuers("上海市于5月1日率先印发", regions).issuers[0]
    assert (later.agency.name, later.inferred) == ("上海市人民政府", True)


def test_a_region_that_opens_a_name_is_no_body(regions):
    assert parse_issuers("广东省电子印章管理暂行办法", regions).issuers == []
    assert parse_issuers("江苏省的电子证照。江苏省发布", regions).issuers == []
    assert parse_issuers("南山区电子证照目录", regions).issuers == []


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


def test_co_issuers_without_their_region_are_read_in_the_first_ones(regions):
    assert names(parse_issuers("杭州市公安局、市大数据局联合印发", regions)) == ["杭州市公安局", "杭州市大数据局"]
    assert names(parse_issuers("浙江省财政厅、省人社厅等3部门", regions)) == ["浙江省财政厅", "浙江省人力资源和社会保障厅"]
    assert names(parse_issuers("北京市经济和信息化局、市政务服务管理局", regions)) == ["北京市经济和信息化局", "北京市政务服务管理局"]
    assert names(parse_issuers("杭州市公安局和人社局印发", regions)) == ["杭州市公安局", "杭州市人力资源和社会保障局"]
    district = parse_issuers("深圳市南山区人社局、区财政局", regions)
    assert [m.agency.id for m in district.issuers] == ["440305-hrss", "440305-finance"]


def test_a_level_word_with_no_body_of_that_level_is_not_a_co_issuer(regions):
    assert names(parse_issuers("浙江省财政厅、区财政局", regions)) == ["浙江省财政厅"]


def test_a_central_co_issuer_is_not_read_as_local(regions):
    assert names(parse_issuers("杭州市人社局、市场监管总局", regions)) == ["杭州市人力资源和社会保障局", "国家市场监督管理总局"]


def test_general_office_of_a_government_is_not_the_government(regions):
    for text, name in [("杭州市人民政府办公厅印发", "杭州市人民政府办公厅"), ("杭州市人民政府办公室印发", "杭州市人民政府办公室"),
                       ("浙江省政府办公厅印发", "浙江省人民政府办公厅")]:
        a = parse_issuers(text, regions).issuers[0].agency
        assert (a.name, a.id.split("-", 1)[1]) == (name, "gov-office")


@pytest.mark.parametrize("text, name", [
    ("杭州市总工会印发", "杭州市总工会"),
    ("杭州市钱塘新区管理委员会印发", "杭州市钱塘新区管理委员会"),
    ("杭州市政务服务和大数据管理局印发", "杭州市政务服务和大数据管理局"),
    ("杭州市协调劳动关系三方委员会办公室印发", "杭州市协调劳动关系三方委员会办公室"),
    ("杭州市人民政府研究室印发", "杭州市人民政府研究室"),
    ("杭州市人社中心发布", "杭州市人社中心"),
])
def test_bodies_beyond_the_stems_keep_their_written_name_in_their_region(regions, text, name):
    c = parse_issuers(text, regions)
    a = c.issuers[0].agency
    assert (a.name, a.region, a.known) == (name, "330100", False)
    assert not c.issuers[0].inferred
    assert c.problems == [f"unknown agency {name}: kept as {name}"]


def test_known_stems_of_other_levels_still_resolve(regions):
    assert names(parse_issuers("杭州市发展和改革委员会印发", regions)) == ["杭州市发展和改革委员会"]
    assert names(parse_issuers("广东省公安厅印发", regions)) == ["广东省公安厅"]


def test_a_body_with_no_known_region_keeps_its_written_name(regions):
    c = parse_issuers("火星市数字办印发", regions)
    a = c.issuers[0].agency
    assert (a.name, a.region, a.level, a.known) == ("火星市数字办", None, "", False)
    assert c.problems == ["unknown agency 火星市数字办: kept as written, no region known"]
    national = parse_issuers("国家电子文件管理部际联席会议办公室、财政部印发", regions)
    assert [(m.agency.name, m.agency.region) for m in national.issuers] == [
        ("国家电子文件管理部际联席会议办公室", "100000"), ("财政部", "100000")]


@pytest.mark.parametrize("text", ["记者从市大数据局获悉", "各地人社局发布", "为推进数字政府建设局印发"])
def test_sentence_openings_are_not_bodies(regions, text):
    assert parse_issuers(text, regions).issuers == []


def test_an_ambiguous_district_keeps_its_issuer_without_a_region(regions):
    c = parse_issuers("南山区人社局印发", regions)
    a = c.issuers[0].agency
    assert (a.name, a.region, a.level) == ("南山区人社局", None, "county")
    assert "ambiguous region 南山区" in c.problems[0] and "440305" in c.problems[0]
    alone = parse_issuers("南山区印发", regions).issuers[0]
    assert (alone.agency.name, alone.inferred) == ("南山区人民政府", True)


def test_a_division_the_table_lacks_is_kept_and_reported(regions):
    c = parse_issuers("杭州市江干区人民政府印发", regions)
    assert (c.issuers[0].agency.name, c.issuers[0].agency.region) == ("杭州市江干区人民政府", "330100")
    assert c.problems[0].startswith("unknown division 江干区")


@pytest.mark.parametrize("text, name, successor", [
    ("信息产业部印发", "信息产业部", "工业和信息化部"),
    ("卫生部印发", "卫生部", "国家卫生和计划生育委员会"),
    ("国家卫生计生委印发", "国家卫生和计划生育委员会", "国家卫生健康委员会"),
    ("国家工商总局印发", "国家工商行政管理总局", "国家市场监督管理总局"),
    ("杭州市工商局印发", "杭州市工商行政管理局", "杭州市市场监督管理局"),
    ("浙江省环保厅印发", "浙江省环境保护厅", "浙江省生态环境厅"),
    ("深圳市市场监管委印发", "深圳市市场和质量监督管理委员会", "深圳市市场监督管理局"),
])
def test_defunct_bodies_keep_the_name_of_their_time(regions, text, name, successor):
    a = parse_issuers(text, regions).issuers[0].agency
    assert (a.name, a.successor.name) == (name, successor)


def test_the_market_regulation_bureau_is_not_the_commission_before_it(regions):
    a = parse_issuers("深圳市市场监管局印发", regions).issuers[0].agency
    assert (a.name, a.successor) == ("深圳市市场监督管理局", None)


def test_a_body_followed_by_a_citing_verb_is_not_a_longer_name(regions):
    c = parse_issuers("合肥市人社局根据省人社厅", regions)
    assert names(c) == ["合肥市人力资源和社会保障局"] and c.problems == []


@pytest.mark.parametrize("text", ["人民法院、当事人可以", "县级以上人民政府印发", "公安局和人社局联合", "有关部门办公室印发"])
def test_a_kind_of_body_is_not_an_unknown_body(regions, text):
    assert parse_issuers(text, regions).issuers == []


def test_a_region_opening_with_a_joining_word_is_read_as_a_name(regions):
    assert names(parse_issuers("和平县人民政府印发", regions)) == ["河源市和平县人民政府"]
    assert names(parse_issuers("同江市人民政府与同心县人民政府联合印发", regions)) == [
        "佳木斯市同江市人民政府", "吴忠市同心县人民政府"]
    assert names(parse_issuers("国家发展改革委和商务部印发", regions)) == ["国家发展和改革委员会", "商务部"]


def test_a_suffix_another_region_of_the_level_uses_is_accepted_as_written(regions):
    assert names(parse_issuers("上海市商务委印发", regions)) == ["上海市商务委员会"]
    assert names(parse_issuers("北京市商务局印发", regions)) == ["北京市商务局"]
    assert names(parse_issuers("天津市科学技术局印发", regions)) == ["天津市科学技术局"]
    assert parse_issuers("天津市科学技术局印发", regions).problems == []


def test_a_central_bodys_branch_in_a_region_serves_that_region(regions):
    [a] = [m.agency for m in parse_issuers("国家税务总局宁波市税务局发布", regions).issuers]
    assert (a.name, a.region, a.level, a.parent) == ("国家税务总局宁波市税务局", "330200", "municipal", "sta")
    [b] = [m.agency for m in parse_issuers("中国人民银行南京中心支行印发", regions).issuers]
    assert (b.name, b.region) == ("中国人民银行南京中心支行", "320100")
    [c] = [m.agency for m in parse_issuers("工信部信息通信管理局印发", regions).issuers]
    assert (c.name, c.region, c.level) == ("工业和信息化部信息通信管理局", "100000", "national")


def test_a_zones_management_committee_is_a_body_of_its_region(regions):
    [a] = [m.agency for m in parse_issuers("重庆两江新区管委会印发", regions).issuers]
    assert (a.name, a.region, a.known) == ("重庆市两江新区管委会", "500157", False)


def test_a_ministrys_short_name_before_men_is_a_kind_of_department(regions):
    assert parse_issuers("人社部门印发", regions).issuers == []
    assert names(parse_issuers("人社部印发", regions)) == ["人力资源和社会保障部"]


def test_a_former_body_keeps_the_name_of_its_time(regions):
    assert names(parse_issuers("原国家工商行政管理总局印发", regions)) == ["国家工商行政管理总局"]
    assert parse_issuers("原则上由各部门印发", regions).issuers == []


def test_a_bureaus_own_office_is_a_body_under_the_bureau(regions):
    c = parse_issuers("安徽省质监局办公室印发", regions)
    office = c.issuers[0].agency
    assert (office.name, office.part_of.name) == ("安徽省质量技术监督局办公室", "安徽省质量技术监督局")
    assert office.part_of.successor.name == "安徽省市场监督管理局"  # the bureau's successor, not the office's
    assert names(parse_issuers("安徽省人民政府办公厅印发", regions)) == ["安徽省人民政府办公厅"]


def test_bodies_each_acting_in_a_place_of_their_own_are_all_read(regions):
    c = parse_issuers("杭州市人社局在西湖区、宁波市人社局在两个县率先启动试点", regions)
    assert [m.agency.name for m in c.issuers] == ["杭州市人力资源和社会保障局", "宁波市人力资源和社会保障局"]
    assert c.issuers and "杭州市人社局在西湖区、宁波市人社局在两个县率先启动试点"[c.end:] == "在两个县率先启动试点"
    c = parse_issuers("杭州市人社局在西湖区、滨江区试点", regions)  # a list of places, not a second body
    assert [m.agency.name for m in c.issuers] == ["杭州市人力资源和社会保障局"]


def test_a_body_no_stem_names_ends_before_the_day_of_its_action(regions):
    assert names(parse_issuers("苏州市电子签约推进工作委员会办公室2021年5月6日印发《甲》", regions)) == ["苏州市电子签约推进工作委员会办公室"]
    assert names(parse_issuers("苏州市电子签约推进工作委员会办公室于5月6日发布《甲》", regions)) == ["苏州市电子签约推进工作委员会办公室"]
    assert names(parse_issuers("苏州市电子签约推进工作委员会2021年5月6日的会议", regions)) == []


def test_a_units_office_written_short_is_the_unit_in_full(regions):
    known = parse_issuers("国务院办公厅电子政务办在甲省启动试点", regions).issuers
    assert [(m.agency.name, m.surface) for m in known] == [("国务院办公厅电子政务办公室", "国务院办公厅电子政务办")]
    unit = parse_issuers("财政部会计办印发", regions).issuers[0].agency
    assert (unit.name, unit.parent) == ("财政部会计办公室", "mof")
    assert [m.agency.name for m in parse_issuers("财政部办理", regions).issuers] == ["财政部"]
    assert [m.agency.name for m in parse_issuers("国务院办公厅以国办发〔2020〕1号印发", regions).issuers] == ["国务院办公厅"]


def test_an_office_named_by_a_slogan_is_passed_over_and_its_region_read_on(regions):
    c = parse_issuers(normalize("杭州市“最多跑一次”办、市公安局起草"), regions)
    assert names(c) == ["杭州市公安局"] and c.unnamed == 1


def test_a_local_congress_of_its_term_is_its_standing_committee(regions):
    c = parse_issuers(normalize("杭州市第十四届人民代表大会常务委员会第五次会议通过"), regions)
    assert names(c) == ["杭州市人民代表大会常务委员会"]
    assert names(parse_issuers("浙江省第十三届人民代表大会常务委员会第三十三次会议通过", regions)) == ["浙江省人民代表大会常务委员会"]
    assert names(parse_issuers("浙江省十四届人大常委会", regions)) == ["浙江省人民代表大会常务委员会"]


def test_two_full_names_written_back_to_back_are_two_bodies(regions):
    c = parse_issuers("中共杭州市委办公室杭州市人民政府办公室印发", regions)
    assert names(c) == ["中共杭州市委办公室", "杭州市人民政府办公室"]
    assert names(parse_issuers("杭州市委办公室杭州市人民政府办公室印发", regions)) == ["中共杭州市委办公室", "杭州市人民政府办公室"]
    assert names(parse_issuers("中共某省委办公厅国务院办公厅印发", regions)) == ["中共某省委办公厅", "国务院办公厅"]
    # a short name after a party committee goes on its name: 网信办 of 中共杭州市委网信办 is its office, no second body
    assert names(parse_issuers("中共杭州市委网信办印发", regions)) == ["杭州市网络安全和信息化委员会办公室"]
    assert names(parse_issuers("苏州市数字化转型推进领导小组办公室印发", regions)) == ["苏州市数字化转型推进领导小组办公室"]


def test_a_governments_legal_office_is_named_in_full_however_written(regions):
    for written in ("杭州市法制办", "杭州市政府法制办", "杭州市人民政府法制办公室"):
        assert names(parse_issuers(written + "起草", regions)) == ["杭州市人民政府法制办公室"]


def test_a_party_committees_general_office_is_named_with_zhonggong_however_written(regions):
    assert names(parse_issuers("中共浙江省委办公厅、浙江省人民政府办公厅印发", regions)) == ["中共浙江省委办公厅", "浙江省人民政府办公厅"]
    assert names(parse_issuers("杭州市委办公室、市政府办公室联合印发", regions)) == ["中共杭州市委办公室", "杭州市人民政府办公室"]
    assert names(parse_issuers("市委办印发", regions, regions.named("杭州"))) == ["中共杭州市委办公室"]
    assert names(parse_issuers("杭州市委宣传部", regions)) == []  # another Party department: no stem of this one
    assert names(parse_issuers("中共中央办公厅印发", regions)) == ["中共中央办公厅"]


def test_a_body_whose_name_quotes_a_reform_keeps_its_whole_written_name(regions):
    name = "河北省人民政府推进“放管服”改革协调小组办公室"
    c = parse_issuers(normalize(name) + "关于印发", regions)
    assert names(c) == [name] and c.problems == [f"unknown agency {name}: kept as {name}"]
    assert names(parse_issuers(normalize("河北省人民政府办公厅“一网通办”"), regions)) == ["河北省人民政府办公厅"]  # a slogan after it is none


def test_a_party_committee_is_a_body_of_its_region_where_its_name_ends(regions):
    assert names(parse_issuers("中共杭州市委、杭州市人民政府印发", regions)) == ["中共杭州市委", "杭州市人民政府"]
    assert names(parse_issuers("杭州市委市政府审定印发", regions)) == ["中共杭州市委", "杭州市人民政府"]
    assert names(parse_issuers("浙江省委、省政府印发", regions)) == ["中共浙江省委", "浙江省人民政府"]
    assert names(parse_issuers("杭州市委托第三方机构发布", regions)) == ["杭州市人民政府"]  # 委托 is a word, no committee


def test_the_reform_leading_group_keeps_the_name_of_its_time(regions):
    [group] = parse_issuers("中央全面深化改革领导小组第三十六次会议审议通过", regions).issuers
    assert (group.agency.name, group.agency.successor.name) == ("中央全面深化改革领导小组", "中央全面深化改革委员会")
    assert names(parse_issuers("中央深改委第三次会议审议通过", regions)) == ["中央全面深化改革委员会"]
