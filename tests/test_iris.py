"""The IRI tables of docs/design.md and graph/iris.py are one: same functions, same patterns, and what
each function mints has its row's shape."""

import inspect
import re
from pathlib import Path

import pytest

from graph import iris
from graph.model.schema import SCHEMAS
from graph.namespaces import COUNTRY, COUNTRY_CODE, ID

ROW = re.compile(r"^\| `(\w+)` \| [^|]+ \| `([^`]+)` \|$", re.M)

SAMPLES = {
    "policy": ("440000", "关于推进电子证照应用的意见"),
    "activity": ("2021-05-01", "人社部召开会议。"),
    "agency": ("440300-hrss",),
    "region": ("440300",),
    "concept": ("e-seal",),
    "form": ("physical-seal",),
    "doctype": ("notice",),
    "level": ("provincial",),
    "sector": ("justice",),
    "effect": ("normative-document",),
    "scheme": ("concepts",),
    "equivalence": (ID + "policy/440000-0123456789abcdef", "电子印章与实物印章具有同等法律效力。", [ID + "concept/e-seal"]),
    "source": ("0123456789abcdef",),
    "passage": (ID + "source/0123456789abcdef", 10, 42),
    "local_agency_slug": ("440300", "hrss"),
    "government_slug": ("440300",),
    "office_slug": ("mohrss",),
    "sub_unit_slug": ("mohrss", "信息中心"),
    "unknown_agency_slug": ("440300", "深圳市某某局"),
    "unplaced_agency_slug": ("火星市数字办",),
}


def documented() -> dict[str, str]:
    text = (Path(__file__).parents[1] / "docs" / "design.md").read_text(encoding="utf-8")
    return dict(ROW.findall(text))


def minting() -> dict[str, str]:
    return {name: inspect.getdoc(f) for name, f in vars(iris).items()
            if inspect.isfunction(f) and f.__module__ == iris.__name__ and not name.startswith("_") and name != "digest"}


def shape(pattern: str) -> re.Pattern[str]:
    """A pattern's placeholders ({…}) as runs of IRI-safe ASCII."""
    parts = re.split(r"\{[^}]*\}", pattern)
    return re.compile("[A-Za-z0-9._-]+".join(map(re.escape, parts)) + r"\Z")


def test_doc_table_and_module_are_the_same():
    assert documented() == minting()
    assert set(SAMPLES) == set(minting())


def test_every_node_kind_but_none_else_has_a_minting_function():
    node_rows = {name for name, pattern in documented().items() if pattern.startswith("id/")}
    assert node_rows == set(SCHEMAS)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_minted_iris_have_their_row_shape(name):
    minted = getattr(iris, name)(*SAMPLES[name])
    pattern = documented()[name]
    if pattern.startswith("id/"):
        assert minted.startswith(ID)
        minted = "id/" + minted[len(ID):]
    assert minted.isascii()
    assert shape(pattern).match(minted), (minted, pattern)


def test_china_is_its_own_region_iri():
    assert iris.region(COUNTRY_CODE) == COUNTRY == ID + "region/CN"


def test_iris_depend_on_content_only():
    assert iris.policy("440000", "意见") == iris.policy("440000", "意见") != iris.policy("110000", "意见")
    assert iris.activity(None, "x").startswith(ID + "activity/undated-")


def test_curie_uses_the_one_prefix_table():
    from graph.namespaces import PREFIXES, curie

    assert curie(ID + "policy/x") == "id:policy/x"
    assert curie(PREFIXES["wd"] + "Q15175") == "wd:Q15175"
    assert curie("http://example.org/x") == "http://example.org/x"
