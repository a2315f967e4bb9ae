"""Web pages named by URL, fetched for a build: http and https only, with a time and a size limit,
and one line saying why when a page cannot be had."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from pathlib import Path

from graph.read.formats import is_url

TIMEOUT = 30.0  # seconds without an answer
MAX_BYTES = 50 * 2**20
USER_AGENT = "policykg (knowledge-graph builder; https://w3id.org/policykg)"


class FetchError(Exception):
    """A page that could not be fetched: the URL and the reason, on one line."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason = url, reason


def fetch(url: str, *, timeout: float = TIMEOUT, limit: int = MAX_BYTES) -> bytes:
    """The body of ``url``; any failure is a FetchError naming the URL."""
    if not is_url(url):
        raise FetchError(url, "only http and https addresses are fetched")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise FetchError(url, f"{int(length):,} bytes, more than the limit of {limit:,} bytes")
            data = response.read(limit + 1)
    except urllib.error.HTTPError as err:
        raise FetchError(url, f"HTTP {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        timed_out = isinstance(err.reason, (TimeoutError, socket.timeout))
        raise FetchError(url, f"no answer within {timeout:g} s" if timed_out else str(err.reason)) from None
    except (TimeoutError, socket.timeout):
        raise FetchError(url, f"no answer within {timeout:g} s") from None
    except (OSError, ValueError) as err:
        raise FetchError(url, str(err)) from None
    if len(data) > limit:
        raise FetchError(url, f"more than the limit of {limit:,} bytes")
    return data


def fetch_all(urls: list[str], folder: Path) -> tuple[list[tuple[Path, str]], list[FetchError]]:
    """Each page saved into ``folder`` under a name of its own, as (file, URL), and the failures."""
    saved: list[tuple[Path, str]] = []
    failed: list[FetchError] = []
    for number, url in enumerate(urls):
        try:
            data = fetch(url)
        except FetchError as err:
            failed.append(err)
            continue
        path = folder / f"page-{number}"
        path.write_bytes(data)
        saved.append((path, url))
    return saved, failed
