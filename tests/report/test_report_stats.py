from viz_graphs import ID, sample_graph

from graph.records.provinces import province_code
from graph.report import stats
from graph.records.provinces import provinces
from graph.records.data import read_graph


def test_the_reference_table_has_34_provinces():
    table = {p.code: p.name for p in provinces()}
    assert len(table) == 34 and len({(p.row, p.col) for p in provinces()}) == 34
    assert (table["440000"], table["640000"], table["710000"]) == ("广东省", "宁夏回族自治区", "台湾省")


def test_province_of_a_district_follows_containment():
    kg = read_graph(sample_graph())
    assert province_code(kg, str(ID["region/310112"])) == "310000"
    assert province_code(kg, str(ID["region/CN"])) is None


def test_policies_per_province_count_subregions():
    counts = stats.policies_per_province(read_graph(sample_graph()), provinces())
    assert {c: n for c, n in counts.items() if n} == {"440000": 2, "310000": 1}
    assert len(counts) == 34


def test_first_equivalence_per_province_and_nationally():
    assert stats.first_equivalence(read_graph(sample_graph())) == ({"440000": "2021-03-15"}, "2022-01-20")


def test_monthly_series_fills_gaps_and_counts_each_concept():
    series = stats.monthly_by_concept(read_graph(sample_graph()))
    assert series.rows[0] == "2021-03" and series.rows[-1] == "2022-01" and len(series.rows) == 11
    july = dict(zip(series.columns, series.values[series.rows.index("2021-07")]))
    assert july == {"电子印章": 0, "电子劳动合同": 2, "电子签名": 1, "同等法律效力": 0}


def test_agency_concept_matrix():
    series = stats.agency_concept(read_graph(sample_graph()))
    row = dict(zip(series.columns, series.values[series.rows.index("广东省人民政府")]))
    assert row == {"电子劳动合同": 1, "电子印章": 1, "电子签名": 0, "同等法律效力": 1}
