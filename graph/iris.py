"""Every instance IRI the build mints, one function per row of the IRI tables in docs/design.md.

IRIs are ASCII and made from content, never from counters, so the same input gives the same IRIs on
any machine. Each function's docstring is its row's pattern; tests/test_iris.py holds the two equal.
Pure (hashlib only): extraction mints agency slugs here too.
"""

from __future__ import annotations

import hashlib

from graph.namespaces import COUNTRY, COUNTRY_CODE, ID


def digest(text: str, size: int = 16) -> str:
    """Short content hash used in instance IRIs: stable across runs and machines."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:size]


def _instance(kind: str, key: str) -> str:
    return f"{ID}{kind}/{key}"


def policy(jurisdiction: str, title_key: str) -> str:
    """id/policy/{jurisdiction code}-{sha1(normalized title)[:16]}"""
    return _instance("policy", f"{jurisdiction}-{digest(title_key)}")


def activity(date: str | None, passage: str) -> str:
    """id/activity/{YYYY-MM-DD or undated}-{sha1(passage)[:16]}"""
    return _instance("activity", f"{date or 'undated'}-{digest(passage)}")


def agency(slug: str) -> str:
    """id/agency/{slug}"""
    return _instance("agency", slug)


def region(code: str) -> str:
    """id/region/{six-digit code}"""
    return COUNTRY if code == COUNTRY_CODE else _instance("region", code)


def concept(slug: str) -> str:
    """id/concept/{slug}"""
    return _instance("concept", slug)


def form(slug: str) -> str:
    """id/form/{slug}"""
    return _instance("form", slug)


def doctype(slug: str) -> str:
    """id/doctype/{slug}"""
    return _instance("doctype", slug)


def level(slug: str) -> str:
    """id/level/{national,provincial,municipal,county}"""
    return _instance("level", slug)


def sector(slug: str) -> str:
    """id/sector/{slug}"""
    return _instance("sector", slug)


def effect(slug: str) -> str:
    """id/effect/{slug}"""
    return _instance("effect", slug)


def scheme(slug: str) -> str:
    """id/scheme/{slug}"""
    return _instance("scheme", slug)


def equivalence(subject: str, sentence: str, electronic: list[str]) -> str:
    """id/equivalence/{sha1(subject IRI + sentence + electronic-form IRIs)[:16]}"""
    return _instance("equivalence", digest(subject + sentence + "".join(electronic)))


def source(file_hash: str) -> str:
    """id/source/{sha1(file bytes)[:16]}"""
    return _instance("source", file_hash)


def passage(source_iri: str, start: int, end: int) -> str:
    """id/passage/{source hash}-{start}-{end}"""
    return _instance("passage", f"{source_iri.rsplit('/', 1)[1]}-{start}-{end}")


# --- agency slugs (the {slug} of agency IRIs) -------------------------------------------------


def local_agency_slug(code: str, stem: str) -> str:
    """{region code}-{stem slug}"""
    return f"{code}-{stem}"


def government_slug(code: str) -> str:
    """{region code}-gov"""
    return local_agency_slug(code, "gov")


def office_slug(parent: str) -> str:
    """{central id}-office"""
    return f"{parent}-office"


def sub_unit_slug(parent: str, unit: str) -> str:
    """{central id}-x{sha1(unit)[:8]}"""
    return f"{parent}-x{digest(unit, 8)}"


def unknown_agency_slug(code: str, name: str) -> str:
    """{region code}-x{sha1(name)[:12]}"""
    return f"{code}-x{digest(name, 12)}"


def unplaced_agency_slug(name: str) -> str:
    """x{sha1(name)[:12]}"""
    return f"x{digest(name, 12)}"
