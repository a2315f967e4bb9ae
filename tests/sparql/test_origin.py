"""Host and Origin rules for a server bound to loopback or to every address."""

from __future__ import annotations

from graph.sparql.origin import Access, split_host


def test_split_host() -> None:
    assert split_host("LocalHost:7878") == ("localhost", 7878)
    assert split_host("[::1]:7878") == ("::1", 7878)
    assert split_host("example.org") == ("example.org", None)


def test_loopback_answers_to_loopback_names_on_its_port_only() -> None:
    access = Access.bound("127.0.0.1", 7878)
    assert access.host_allowed("localhost:7878") and access.host_allowed("[::1]:7878") and access.host_allowed(None)
    assert not access.host_allowed("rebind.example:7878") and not access.host_allowed("localhost:80")


def test_every_address_accepts_any_host_unless_names_are_given() -> None:
    assert Access.bound("0.0.0.0", 80).host_allowed("anything.example")
    named = Access.bound("0.0.0.0", 80, ("kg.example.org",))
    assert named.host_allowed("kg.example.org") and not named.host_allowed("other.example")


def test_origins() -> None:
    closed = Access.bound("127.0.0.1", 7878)
    assert closed.origin_allowed(None, "127.0.0.1:7878") and closed.origin_allowed("http://127.0.0.1:7878", "127.0.0.1:7878")
    assert not closed.origin_allowed("http://page.example", "127.0.0.1:7878") and closed.cors_headers("http://page.example") == {}
    listed = Access.bound("127.0.0.1", 7878, cors=("https://editor.example/",))
    assert listed.origin_allowed("https://editor.example", None)
    assert listed.cors_headers("https://editor.example")["Access-Control-Allow-Origin"] == "https://editor.example"
    assert Access.bound("127.0.0.1", 7878, cors=("*",)).cors_headers("null")["Access-Control-Allow-Origin"] == "*"
