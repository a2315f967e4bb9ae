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


def fetch(url: str, *, timeout: float = TIMEOUT, limit: int = MAX_BYTES) -> bytes:
    """The body of ``url``; any failure is a FetchError naming the URL."""
    if not is_url(url):
        raise FetchError(f"{url}: only http and https addresses are fetched")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise FetchError(f"{url}: {int(length):,} bytes, more than the limit of {limit:,}")
            data = response.read(limit + 1)
    except urllib.error.HTTPError as err:
        raise FetchError(f"{url}: HTTP {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        reason = "no answer within {timeout:g} s" if isinstance(err.reason, socket.timeout) else err.reason
        raise FetchError(f"{url}: {reason}".format(timeout=timeout)) from None
    except (TimeoutError, socket.timeout):
        raise FetchError(f"{url}: no answer within {timeout:g} s") from None
    except (OSError, ValueError) as err:
        raise FetchError(f"{url}: {err}") from None
    if len(data) > limit:
        raise FetchError(f"{url}: more than the limit of {limit:,} bytes")
    return data


def fetch_all(urls: list[str], folder: Path) -> tuple[list[tuple[Path, str]], list[str]]:
    """Each page saved into ``folder`` under a name of its own, as (file, URL), and the failures."""
    saved: list[tuple[Path, str]] = []
    failed: list[str] = []
    for number, url in enumerate(urls):
        try:
            data = fetch(url)
        except FetchError as err:
            failed.append(str(err))
            continue
        path = folder / f"page-{number}"
        path.write_bytes(data)
        saved.append((path, url))
    return saved, failed
