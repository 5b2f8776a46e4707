"""What the endpoint refuses before any work starts: queries over the limits or reaching out to the
network, requests for another host name (DNS rebinding), and writes that are not the user's own.

Pure functions of the request's text and headers; `kg.server.app` turns a `Refused` into an HTTP answer.
"""

from __future__ import annotations

import hmac
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from kg.query import DEFAULT_LIMITS, QueryLimits, QueryTooComplex, check_query

LOOPBACK_NAMES = ("localhost", "localhost.", "127.0.0.1", "[::1]")
# SPARQL that makes the engine fetch a URL: federated queries, and LOAD (which also reads file: IRIs).
REMOTE_KEYWORDS = {"SERVICE": "federated queries (SERVICE)", "LOAD": "LOAD"}


class Refused(Exception):
    """A request the endpoint will not serve: HTTP status and a one-line reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def check_sparql(sparql: str, allow_remote: bool, limits: QueryLimits = DEFAULT_LIMITS) -> None:
    """Refuse a query or update over the limits (400), or one that would reach the network (403)."""
    try:
        shape = check_query(sparql, limits)
    except QueryTooComplex as exc:
        raise Refused(400, str(exc)) from None
    if not allow_remote:
        for keyword, what in REMOTE_KEYWORDS.items():
            if keyword in shape.keywords:
                raise Refused(
                    403, f"{what} would reach out to the network: refused (kg serve --allow-remote allows it)"
                )


def _split_host(value: str) -> tuple[str, str]:
    """("host", "port") of a Host header; the port "" when absent. IPv6 literals keep their brackets."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        return (value[: end + 1], value[end + 2 :]) if end > 0 else (value, "")
    host, _, port = value.partition(":")
    return host, port


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The IP address a host names literally (None for a name)."""
    if host.lower() in ("localhost", "localhost."):
        return ipaddress.ip_address("127.0.0.1")
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


@dataclass(frozen=True)
class HostPolicy:
    """Which Host headers name this server: the bound address, and the loopback names when bound to
    loopback. Bound to every interface (0.0.0.0, ::), any IP literal and this machine's own names. A
    page whose name an attacker points at 127.0.0.1 (DNS rebinding) sends its own name and is refused."""

    bound: str
    port: int

    def names(self) -> set[str]:
        bound = self.bound.lower()
        host = f"[{bound}]" if ":" in bound and not bound.startswith("[") else bound
        names = {host}
        address = _address(bound)
        if address is None:
            return names  # bound by name: that name only
        if address.is_loopback:
            names |= set(LOOPBACK_NAMES)
        if address.is_unspecified:
            names |= set(LOOPBACK_NAMES) | {socket.gethostname().lower(), socket.getfqdn().lower()}
        return names

    def allows(self, header: str | None) -> bool:
        if not header:
            return False  # HTTP/1.1 requires it; a browser always sends it
        host, port = _split_host(header)
        if port not in ("", str(self.port)):
            return False
        if host in self.names():
            return True
        bound = _address(self.bound)
        return bound is not None and bound.is_unspecified and _address(host) is not None

    def origins(self) -> set[str]:
        """This server's own origins (what a page served from it sends as Origin)."""
        return {f"http://{name}:{self.port}" for name in self.names()}


def same_origin(origin: str | None, own: set[str]) -> bool:
    """Whether an Origin header is one of this server's own (no Origin header: not a browser's
    cross-origin request)."""
    if not origin:
        return True
    parts = urlsplit(origin.strip().lower())
    return f"{parts.scheme}://{parts.netloc}" in own


def check_write(headers: dict[str, str], token: str, own_origins: set[str], cors: tuple[str, ...]) -> None:
    """Refuse an update that is not the user's own: it needs `Authorization: Bearer TOKEN` (which no
    form and no cross-origin page can send without the user's say-so), and a browser request must come
    from this server's pages or an origin allowed with --cors."""
    origin = headers.get("origin") or ""
    site = (headers.get("sec-fetch-site") or "").lower()
    from_allowed_origin = bool(origin) and origin.strip().lower() in {c.lower() for c in cors}
    if not from_allowed_origin:
        if site in ("cross-site", "same-site"):
            raise Refused(403, f"update from another site ({site}) refused")
        if not same_origin(origin, own_origins):
            raise Refused(403, f"update from another origin ({origin}) refused")
    scheme, _, given = (headers.get("authorization") or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Refused(401, "updates need the token kg serve printed: Authorization: Bearer TOKEN")
