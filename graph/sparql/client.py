"""HTTP requests to SPARQL servers with the standard library, with short clear errors."""

from __future__ import annotations

import base64
import urllib.error
import urllib.request
from typing import Protocol

from .errors import QueryError


class Body(Protocol):
    """A request body read in chunks (a file, or push's rewinding file)."""

    def read(self, size: int = -1) -> bytes: ...


def opener(url: str, user: str | None = None, password: str | None = None) -> urllib.request.OpenerDirector:
    """An opener that answers Basic and Digest challenges from ``url``'s server (Virtuoso's GSP
    endpoint wants Digest); the credentials are offered to that server only."""
    if user is None:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, url, user, password or "")
    return urllib.request.build_opener(
        urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords)
    )


def authorization(url: str, method: str, user: str, password: str | None, timeout: float) -> str | None:
    """The Authorization header for one request, worked out from the challenge to a bodiless HEAD,
    so a large body goes once and authenticated: a server refusing an unauthenticated PUT may close
    the connection while the body is still going out (a broken pipe instead of its 401)."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=timeout):
            return None  # no challenge: the server wants no credentials here
    except urllib.error.HTTPError as exc:
        challenge = exc.headers.get("WWW-Authenticate", "") if exc.code == 401 else ""
    except (urllib.error.URLError, OSError) as exc:
        raise QueryError(f"cannot reach {url}: {getattr(exc, 'reason', exc)}") from None
    scheme, _, fields = challenge.partition(" ")
    if scheme.lower() != "digest":
        return "Basic " + base64.b64encode(f"{user}:{password or ''}".encode()).decode()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, url, user, password or "")
    answer = urllib.request.HTTPDigestAuthHandler(passwords).get_authorization(
        urllib.request.Request(url, method=method), urllib.request.parse_keqv_list(urllib.request.parse_http_list(fields)))
    return f"Digest {answer}"


def send(
    url: str,
    method: str,
    body: bytes | Body | None,
    headers: dict[str, str],
    timeout: float,
    http: urllib.request.OpenerDirector | None = None,
) -> tuple[int, str, bytes]:
    """Status, content type and body of one request; HTTP and network failures become QueryError."""
    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    try:
        with (http or opener(url)).open(request, timeout=timeout) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        first = detail[0][:300] if detail else exc.reason
        raise QueryError(f"{method} {url} failed: HTTP {exc.code} {exc.reason}: {first}") from None
    except ValueError as exc:  # urllib's word for a challenge it cannot answer
        raise QueryError(f"{method} {url} failed: {exc}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise QueryError(f"cannot reach {url}: {reason}") from None
