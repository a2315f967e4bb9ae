"""Reference data into the model: regions with their chain up to 中国, agencies with their parents, level
and sector, and SKOS terms with their scheme and broader chain, so the exports are self-contained."""

from __future__ import annotations

import csv
from functools import lru_cache

from graph import iris
from graph.gazetteer import schemes
from graph.gazetteer.agencies import Agency, central
from graph.gazetteer.regions import RegionIndex
from graph.model.nodes import Nodes, kind_of
from graph.namespaces import WD
from graph.resources import DATA_DIR

@lru_cache(maxsize=1)
def _wikidata() -> dict[str, str]:
    with (DATA_DIR / "wikidata_provinces.csv").open(encoding="utf-8", newline="") as fh:
        return {row["code"]: row["qid"] for row in csv.DictReader(fh)}


class Reference:
    """Adds a region, agency or term the first time an item names it, with what it links to."""

    def __init__(self, nodes: Nodes, regions: RegionIndex) -> None:
        self.nodes = nodes
        self.regions = regions

    def region(self, code: str) -> str:
        iri = iris.region(code)
        if iri in self.nodes:
            return iri
        r = self.regions.by_code[code]
        qid = _wikidata().get(code)
        self.nodes.node(iri, pref_zh=r.name, notation=code, same_as=WD + qid if qid else None)
        if r.parent:
            self.nodes.edge(iri, "contained_in", self.region(r.parent))
        return iri

    def term(self, iri: str) -> str:
        """A SKOS concept with its labels, scheme and broader chain; its kind names its scheme."""
        if iri in self.nodes:
            return iri
        kind = kind_of(iri)
        found = {t.iri: t for t in schemes.of_kind(kind)}
        t = found[iri]
        self.nodes.node(iri, pref_zh=t.pref_zh, pref_en=t.pref_en)
        self.nodes.edge(iri, "in_scheme", self.nodes.node(iris.scheme(schemes.SCHEMES[kind][1])))
        for b in t.broader:
            if b in found:
                self.nodes.edge(iri, "broader", self.term(b))
        return iri

    def agency(self, agency: Agency, surface: str | None = None) -> str:
        iri = iris.agency(agency.id)
        new = iri not in self.nodes
        self.nodes.node(iri, pref_zh=agency.name, pref_en=agency.name_en,
                        alt_zh=surface if surface and surface != agency.name else None)
        if not new:
            return iri
        if agency.region:
            self.nodes.edge(iri, "area_served", self.region(agency.region))
        if agency.level:
            self.nodes.edge(iri, "classification", self.term(iris.level(agency.level)))
        if agency.sector:
            self.nodes.edge(iri, "sector", self.term(iris.sector(agency.sector)))
        parent = self._parent(agency)
        if parent is not None:
            self.nodes.edge(iri, "sub_organization_of", self.agency(parent))
        if agency.successor is not None:  # a defunct body keeps its name; the link leads to today's
            self.nodes.edge(iri, "succeeded_by", self.agency(agency.successor))
        return iri

    def _parent(self, agency: Agency) -> Agency | None:
        if agency.part_of is not None:
            return agency.part_of
        if not agency.parent or agency.region is None:
            return None
        by_id = central()[0]
        if agency.parent in by_id:
            return by_id[agency.parent]
        return Agency(id=agency.parent, name=self.regions.government_name(agency.region), level=agency.level,
                      region=agency.region, sector="government")
