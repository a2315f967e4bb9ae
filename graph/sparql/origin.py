"""Which hosts and web pages may talk to the endpoint.

A page the user visits can reach a server on their loopback in two ways: by DNS rebinding (its
own name pointing at 127.0.0.1, so the ``Host`` header carries that name) and by a cross-origin
request (the ``Origin`` header names the page). The first is stopped by accepting only the
bound address's names in ``Host``, the second by refusing origins the operator did not list
with ``--cors``.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
WILDCARDS = frozenset({"", "0.0.0.0", "::"})


def split_host(header: str) -> tuple[str, int | None]:
    """``name:port``, ``[v6]:port`` or ``name`` as a lower-case name and a port (None if absent)."""
    header = header.strip().lower()
    if header.startswith("["):
        name, _, rest = header[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    else:
        name, _, port = header.rpartition(":") if header.count(":") == 1 else (header, "", "")
    return name, int(port) if port.isdigit() else None


def _is_loopback(name: str) -> bool:
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return name == "localhost"


@dataclass(frozen=True)
class Access:
    """The names the server answers to and the origins whose pages may read its answers."""

    names: frozenset[str]
    """Accepted ``Host`` names; empty when bound to every address and none was given."""
    port: int
    cors: frozenset[str] = frozenset()

    @classmethod
    def bound(cls, host: str, port: int, extra_names: tuple[str, ...] = (), cors: tuple[str, ...] = ()) -> Access:
        """The access rules for a server bound to ``host:port``."""
        names = {name.lower() for name in extra_names}
        if host not in WILDCARDS:
            names.add(host.lower())
            if _is_loopback(host):
                names |= LOOPBACK_NAMES
        elif names:
            names |= LOOPBACK_NAMES
        return cls(frozenset(names), port, frozenset(o.rstrip("/") for o in cors))

    def host_allowed(self, header: str | None) -> bool:
        """True when ``Host`` names this server (a client that sends none is not a browser)."""
        if header is None or not self.names:
            return True
        name, port = split_host(header)
        return name in self.names and (port or 80) == self.port

    def origin_allowed(self, origin: str | None, host: str | None) -> bool:
        """True for requests not sent by a web page, from this server's own page, or from a listed origin."""
        if origin is None:
            return True
        origin = origin.rstrip("/")
        return "*" in self.cors or origin in self.cors or (host is not None and origin == f"http://{host}")

    def cors_headers(self, origin: str | None) -> dict[str, str]:
        """The CORS response headers for a listed origin; none otherwise."""
        if origin is None or not ("*" in self.cors or origin.rstrip("/") in self.cors):
            return {}
        return {"Access-Control-Allow-Origin": "*" if "*" in self.cors else origin,
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, Accept",
                "Vary": "Origin"}
