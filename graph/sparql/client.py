"""HTTP requests to SPARQL servers with the standard library, with short clear errors."""

from __future__ import annotations

import urllib.error
import urllib.request
from typing import BinaryIO

from .errors import QueryError


def opener(user: str | None = None, password: str | None = None) -> urllib.request.OpenerDirector:
    """An opener that answers Basic and Digest challenges (Virtuoso's GSP endpoint wants Digest)."""
    if user is None:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, "http://", user, password or "")
    passwords.add_password(None, "https://", user, password or "")
    return urllib.request.build_opener(
        urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords)
    )


def send(
    url: str,
    method: str,
    body: bytes | BinaryIO | None,
    headers: dict[str, str],
    timeout: float,
    http: urllib.request.OpenerDirector | None = None,
) -> tuple[int, str, bytes]:
    """Status, content type and body of one request; HTTP and network failures become QueryError."""
    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    try:
        with (http or opener()).open(request, timeout=timeout) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        first = detail[0][:300] if detail else exc.reason
        raise QueryError(f"{method} {url} failed: HTTP {exc.code} {exc.reason}: {first}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise QueryError(f"cannot reach {url}: {reason}") from None
