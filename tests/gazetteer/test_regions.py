import pytest


@pytest.mark.parametrize("text, code", [
    ("上海市闵行区召开", "310112"),
    ("深圳市人社局", "440300"),
    ("宁夏回族自治区数字政府", "640000"),
    ("内蒙古自治区政务服务", "150000"),
    ("深圳市南山区", "440305"),
    ("北京市朝阳区", "110105"),
    ("吉林省吉林市", "220200"),
    ("广东电子政务", "440000"),
])
def test_finds_regions(regions, text, code):
    assert regions.find(text) == code


@pytest.mark.parametrize("text", ["公安部", "资源共享", "长安汽车", "南山区", "朝阳区", "东方市场", "中华人民共和国"])
def test_no_false_or_ambiguous_hits(regions, text):
    assert regions.find(text) is None


def test_chain_up_to_china(regions):
    assert [r.name for r in regions.chain("310112")] == ["闵行区", "上海市", "中国"]
    assert [r.code for r in regions.chain("440305")] == ["440305", "440300", "440000", "100000"]


def test_every_province_is_there(regions):
    assert len(regions.provinces()) == 34
    assert {r.name for r in regions.provinces()} >= {"台湾省", "香港特别行政区", "新疆维吾尔自治区"}


def test_short_city_names_only_in_issuer_context(regions):
    assert regions.find("青岛人社局") is None
    assert regions.match_at("青岛人社局", 0, short_cities=True) == ("370200", 2)


def test_a_word_standing_alone_names_one_region_at_any_level(regions):
    assert regions.named("青岛") == "370200" and regions.named("义乌") == "330782" and regions.named("山东省") == "370000"
    assert regions.named("南山区") is None and regions.named("国家层面") is None


def test_a_zone_after_a_short_name_is_in_that_city_but_not_that_county(regions):
    assert regions.match_at("广州开发区管委会", short_cities=True) == ("440100", 2)
    assert regions.match_at("钱塘新区管委会", short_cities=True) is None
