"""URL lists -> raw pages, fetched politely and safely (httpx).

Polite: one request at a time, at least ``min_interval`` seconds between two requests to the same
host (longer when robots.txt asks for a Crawl-delay), robots.txt obeyed, a User-Agent that says who
we are, retries with exponential back-off on connection errors, time-outs, 429 and 5xx, honouring
Retry-After up to ``max_wait``.

Safe: only http and https; bodies read as a stream and cut at ``max_bytes``; redirects followed by
hand, at most ``max_redirects``, each hop checked like the first. Unless ``allow_private`` is set, a
host that is or resolves to a loopback, private, link-local or otherwise non-public address is
refused before any connection (the SSRF guard); plain http then goes to the address checked, so a
second DNS answer cannot swap in an internal one (https is protected by its certificate check).

The clock, the sleep, the resolver and the HTTP transport are parameters of :class:`Fetcher`;
tests pass fakes and an ``httpx.MockTransport``. A Fetcher is not thread-safe.
"""

from __future__ import annotations

import email.utils
import ipaddress
import re
import socket
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from typing import IO
from urllib.robotparser import RobotFileParser

import httpx

from forcewatch.errors import (
    BinaryInput,
    FetchFailed,
    InputError,
    RobotsDisallowed,
    TooLarge,
    UrlRefused,
    UsageError,
)
from forcewatch.ingest.files import check_bytes
from forcewatch.records import RawPage

__all__ = [
    "URL_SUFFIXES",
    "USER_AGENT",
    "FetchOptions",
    "Fetcher",
    "is_url_list",
    "iter_url_list",
]


def _version() -> str:
    try:
        return version("forcewatch")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0"


USER_AGENT = f"forcewatch/{_version()} (+https://example.org/forcewatch)"
URL_SUFFIXES = (".urls",)
ROBOTS_MAX_BYTES = 500_000  # RFC 9309: parse at least 500 KiB
REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Media types a report can have; a missing Content-Type is judged by the bytes.
TEXT_TYPES = frozenset({"application/xhtml+xml", "application/json", "application/ld+json"})

_URL_LINE = re.compile(rb"\s*https?://\S+\s*", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)

Clock = Callable[[], float]
Sleep = Callable[[float], None]
Resolve = Callable[[str, int], Sequence[str]]


def is_url_list(lines: Iterable[bytes]) -> bool:
    """Every non-blank line that is not a ``#`` comment is an http(s) URL, and there is one."""
    found = False
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith(b"#"):
            continue
        if not _URL_LINE.fullmatch(stripped):
            return False
        found = True
    return found


def iter_url_list(stream: IO[bytes], name: str) -> Iterator[tuple[str, str | InputError]]:
    """``(origin, url)`` for each line of a URL list; a line that is not a URL is refused.

    The origin is the URL as written; a line with no scheme at all is ``<list>:<line>``."""
    for number, raw in enumerate(stream, 1):
        line = raw.decode("utf-8", "replace").strip()
        if not line or line.startswith("#"):
            continue
        if _SCHEME.match(line):
            yield line, line
        else:
            origin = f"{name}:{number}"
            yield origin, UrlRefused(f"line {number} is not a URL: {line[:80]!r}", item=origin)


@dataclass(frozen=True)
class FetchOptions:
    """How a :class:`Fetcher` behaves; times in seconds."""

    min_interval: float = 1.0  # between two requests to one host
    connect_timeout: float = 10.0
    read_timeout: float = 10.0  # for each read; ``max_time`` bounds a whole response
    max_time: float = 120.0
    attempts: int = 3  # tries per request, the first included
    backoff: float = 1.0  # wait before the second try; doubled for each further one
    max_wait: float = 60.0  # cap on a Retry-After or robots.txt Crawl-delay we honour
    max_redirects: int = 5
    allow_private: bool = False  # fetch loopback/private/link-local addresses (tests, intranets)
    user_agent: str = USER_AGENT

    def __post_init__(self) -> None:
        for field in (
            "min_interval",
            "connect_timeout",
            "read_timeout",
            "max_time",
            "backoff",
            "max_wait",
        ):
            if getattr(self, field) < 0:
                raise UsageError(f"{field} must be 0 or more, not {getattr(self, field)}")
        if self.attempts < 1:
            raise UsageError(f"attempts must be 1 or more, not {self.attempts}")
        if self.max_redirects < 0:
            raise UsageError(f"max_redirects must be 0 or more, not {self.max_redirects}")


def _resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


@dataclass(frozen=True)
class _Response:
    status: int
    headers: httpx.Headers
    body: bytes


@dataclass(frozen=True)
class _Robots:
    rules: RobotFileParser
    url: str
    closed: str | None = None  # why the whole site is off-limits for this run


class _Retry(Exception):
    """A try that failed in a way worth another: a time-out or a connection error (``status``
    None), or a 429 or 5xx answer, perhaps with a Retry-After (``wait``)."""

    def __init__(self, reason: str, *, status: int | None = None, wait: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.wait = wait


class Fetcher:
    """Fetches one URL at a time into a :class:`RawPage`, or raises an :class:`InputError`."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
        resolve: Resolve = _resolve,
    ) -> None:
        self.options = options or FetchOptions()
        self._client = httpx.Client(
            transport=transport,
            follow_redirects=False,
            timeout=httpx.Timeout(self.options.read_timeout, connect=self.options.connect_timeout),
            headers={"User-Agent": self.options.user_agent},
        )
        self._clock = clock
        self._sleep = sleep
        self._resolve = resolve
        self._last: dict[str, float] = {}  # host -> when its last request ended
        self._delay: dict[str, float] = {}  # host -> robots.txt Crawl-delay
        self._robots: dict[str, _Robots] = {}  # scheme://host:port -> its robots.txt

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str, *, max_bytes: int) -> RawPage:
        """The page at ``url`` after redirects; ``name`` is ``url``, ``url`` where it ended."""
        try:
            return self._fetch(url, max_bytes)
        except httpx.InvalidURL as exc:
            raise UrlRefused(f"not a valid URL ({exc})", item=url) from None
        except httpx.HTTPError as exc:  # a failure without a retry (e.g. a broken gzip body)
            raise FetchFailed(_failure(exc), item=url) from None

    def _fetch(self, url: str, max_bytes: int) -> RawPage:
        current = _http_url(url, url)
        for _ in range(self.options.max_redirects + 1):
            self._obey_robots(current, url)
            try:
                response = self._get(current, url, limit=max_bytes, page=True)
            except _Retry as retry:
                attempts = self.options.attempts
                tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
                raise FetchFailed(f"{retry.reason}, after {tries}", item=url) from None
            if response.status in REDIRECTS and "location" in response.headers:
                current = _redirect(current, response.headers["location"], url)
                continue
            if not 200 <= response.status < 300:
                raise FetchFailed(_status(response.status, current, url), item=url)
            check_bytes(response.body, url, max_bytes)
            return RawPage(
                data=response.body,
                name=url,
                url=str(current),
                media_type=_mime(response.headers.get("content-type")),
            )
        raise FetchFailed(f"more than {self.options.max_redirects} redirects", item=url)

    # -- requests ------------------------------------------------------------------------------

    def _get(self, url: httpx.URL, item: str, *, limit: int, page: bool) -> _Response:
        """A GET with retries, raising the last _Retry when every attempt failed. A robots.txt
        that cannot be reached is not tried again: the page's own tries will tell."""
        attempt = 1
        while True:
            try:
                return self._send(url, item, limit=limit, page=page)
            except _Retry as retry:
                if attempt >= self.options.attempts or (retry.status is None and not page):
                    raise
                wait = self.options.backoff * 2 ** (attempt - 1)
                if retry.wait is not None:
                    wait = min(retry.wait, self.options.max_wait)
                if wait > 0:
                    self._sleep(wait)
                attempt += 1

    def _send(self, url: httpx.URL, item: str, *, limit: int, page: bool) -> _Response:
        """One GET, in the host's turn, to the address checked; raises _Retry when worth one."""
        target, headers = self._target(url, item)
        self._wait_turn(url)
        started = self._clock()
        try:
            request = self._client.build_request("GET", target, headers=headers)
            response = self._client.send(request, stream=True)
            try:
                status = response.status_code
                if status == 429 or status >= 500:
                    wait = _retry_after(response.headers)
                    raise _Retry(_status(status, url, item), status=status, wait=wait)
                body = b""
                if 200 <= status < 300:
                    body = self._body(response, url, item, limit=limit, page=page, started=started)
                return _Response(status, response.headers, body)
            finally:
                response.close()
        except httpx.TimeoutException as exc:
            raise _Retry(_failure(exc)) from None
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _Retry(_failure(exc)) from None
        finally:
            self._last[_host(url)] = self._clock()

    def _body(
        self,
        response: httpx.Response,
        url: httpx.URL,
        item: str,
        *,
        limit: int,
        page: bool,
        started: float,
    ) -> bytes:
        """At most ``limit`` bytes: a page above it is refused, a robots.txt cut there. A server
        that drips its answer slower than ``max_time`` allows is a time-out like any other."""
        if page:
            mime = _mime(response.headers.get("content-type"))
            if mime is not None and not (mime.startswith("text/") or mime in TEXT_TYPES):
                raise BinaryInput(f"{url} is {mime}, not a text, HTML or JSON report", item=item)
            size = response.headers.get("content-length", "")
            if size.isdigit() and int(size) > limit:
                raise TooLarge(_too_large(limit, int(size)), item=item)
        body = bytearray()
        for chunk in response.iter_bytes():
            if self._clock() - started > self.options.max_time:
                raise _Retry(f"the response took more than {self.options.max_time:g} s")
            body += chunk
            if len(body) > limit:
                if page:
                    raise TooLarge(_too_large(limit), item=item)
                del body[limit:]
                break
        return bytes(body)

    def _wait_turn(self, url: httpx.URL) -> None:
        host = _host(url)
        last = self._last.get(host)
        if last is None:
            return
        interval = max(self.options.min_interval, self._delay.get(host, 0.0))
        wait = last + interval - self._clock()
        if wait > 0:
            self._sleep(wait)

    def _target(self, url: httpx.URL, item: str) -> tuple[httpx.URL, dict[str, str]]:
        """Where to send ``url``, and the headers that go with it; non-public addresses refused.

        Plain http goes to the address checked, the name kept in the Host header, so a second
        DNS answer cannot swap in an internal address. https goes by name: a swapped-in address
        would fail the certificate check, and pinning would let one TLS connection, verified for
        one name, carry requests for another name on the same address."""
        if self.options.allow_private:
            return url, {}
        host = url.raw_host.decode("ascii")
        try:
            literal = ipaddress.ip_address(host)
        except ValueError:
            literal = None
        if literal is not None:
            _refuse_private(host, [literal], item, literal=True)
            return url, {}
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            addresses = [ipaddress.ip_address(a) for a in self._resolve(host, port)]
        except socket.gaierror as exc:
            if exc.errno in _NO_SUCH_HOST:
                raise FetchFailed(f"no such host: {host}", item=item) from None
            raise _Retry(f"cannot resolve {host} ({exc})") from None
        except (OSError, UnicodeError) as exc:
            raise _Retry(f"cannot resolve {host} ({exc})") from None
        except ValueError as exc:
            reason = f"{host} resolves to an address we cannot check ({exc})"
            raise UrlRefused(reason, item=item) from None
        if not addresses:
            raise _Retry(f"cannot resolve {host} (no address)")
        _refuse_private(host, addresses, item, literal=False)
        if url.scheme == "https":
            return url, {}
        return url.copy_with(host=str(addresses[0])), {"Host": url.netloc.decode("ascii")}

    # -- robots.txt ----------------------------------------------------------------------------

    def _obey_robots(self, url: httpx.URL, item: str) -> None:
        key = f"{url.scheme}://{_host(url)}:{url.port or ''}"
        robots = self._robots.get(key)
        if robots is None:
            robots = self._robots[key] = self._load_robots(url, item)
            delay = robots.rules.crawl_delay(self.options.user_agent)
            if delay is not None and robots.closed is None:
                self._delay[_host(url)] = min(float(delay), self.options.max_wait)
        if robots.closed is not None:
            raise RobotsDisallowed(robots.closed, item=item)
        if not robots.rules.can_fetch(self.options.user_agent, str(url)):
            path = url.raw_path.decode("ascii")
            raise RobotsDisallowed(f"{robots.url} disallows {path} for forcewatch", item=item)

    def _load_robots(self, url: httpx.URL, item: str) -> _Robots:
        """The site's rules: 4xx or unreachable means no rules, 5xx means stay away this run."""
        rules = RobotFileParser()
        current = first = url.copy_with(path="/robots.txt", query=None, fragment=None)
        for _ in range(self.options.max_redirects + 1):
            try:
                response = self._get(current, item, limit=ROBOTS_MAX_BYTES, page=False)
            except _Retry as retry:
                if retry.status is None:  # unreachable: no rules
                    break
                closed = f"robots.txt answered {retry.reason}; the site is off-limits for this run"
                return _Robots(rules, str(first), closed)
            except InputError:  # refused (a redirect to a private address): no rules
                break
            if response.status in REDIRECTS and "location" in response.headers:
                try:
                    current = _redirect(current, response.headers["location"], item)
                except (InputError, httpx.InvalidURL):
                    break
                continue
            if 200 <= response.status < 300:
                rules.parse(response.body.decode("utf-8", "replace").splitlines())
                return _Robots(rules, str(first))
            break  # 3xx without a Location, 4xx: no rules
        rules.parse([])  # no rules: everything allowed
        return _Robots(rules, str(first))


def _http_url(text: str, item: str) -> httpx.URL:
    url = httpx.URL(text.strip())
    if url.scheme not in ("http", "https"):
        scheme = f"{url.scheme}:" if url.scheme else "scheme-less"
        raise UrlRefused(f"only http and https URLs are fetched, not {scheme} URLs", item=item)
    if not url.host:
        raise UrlRefused("the URL has no host", item=item)
    return url


def _redirect(url: httpx.URL, location: str, item: str) -> httpx.URL:
    target = url.join(location.strip())
    if target.scheme not in ("http", "https"):
        raise UrlRefused(
            f"{url} redirects to a {target.scheme}: URL, which is not fetched", item=item
        )
    if not target.host:
        raise UrlRefused(f"{url} redirects to a URL with no host", item=item)
    return target


def _refuse_private(
    host: str,
    addresses: list[ipaddress.IPv4Address | ipaddress.IPv6Address],
    item: str,
    *,
    literal: bool,
) -> None:
    for address in addresses:
        why = _not_public(address)
        if why is not None:
            what = f"{host} is" if literal else f"{host} resolves to {address},"
            raise UrlRefused(
                f"{what} {why}; forcewatch fetches only public addresses "
                "(allow_private lifts this for a trusted network)",
                item=item,
            )


def _not_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo or (None, None))[1]
        if address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return _not_public(embedded)
    if address.is_loopback:
        return "a loopback address"
    if address.is_unspecified or address.is_multicast:
        return "not a unicast address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_private:
        return "a private address"
    if not address.is_global:
        return "not a public address"
    return None


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NO_SUCH_HOST = {socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME)}


def _host(url: httpx.URL) -> str:
    return url.raw_host.decode("ascii").lower()


def _mime(value: str | None) -> str | None:
    if not value:
        return None
    return value.split(";", 1)[0].strip().lower() or None


def _status(status: int, url: httpx.URL, item: str) -> str:
    phrase = httpx.codes.get_reason_phrase(status)
    where = "" if str(url) == item else f" at {url}"
    return f"HTTP {status}{' ' + phrase if phrase else ''}{where}"


_FAILURES: tuple[tuple[type[httpx.HTTPError], str], ...] = (
    (httpx.ConnectTimeout, "connecting timed out"),
    (httpx.ReadTimeout, "timed out waiting for the server (read time-out)"),
    (httpx.WriteTimeout, "timed out sending the request"),
    (httpx.PoolTimeout, "timed out waiting for a free connection"),
    (httpx.ConnectError, "cannot connect"),
    (httpx.NetworkError, "the connection failed"),
    (httpx.RemoteProtocolError, "the server broke the HTTP protocol"),
    (httpx.DecodingError, "the body cannot be decoded"),
)


def _failure(exc: httpx.HTTPError) -> str:
    what = next((text for kind, text in _FAILURES if isinstance(exc, kind)), type(exc).__name__)
    detail = " ".join(str(exc).split())[:160]
    return f"{what} ({detail})" if detail else what


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds a 429/503 asks us to wait: a number, or a date (against the server's own Date)."""
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    when = _http_date(value)
    if when is None:
        return None
    now = _http_date(headers.get("date", "")) or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


def _http_date(value: str) -> datetime | None:
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _too_large(limit: int, size: int | None = None) -> str:
    what = f"is {size:,} bytes, above" if size else "is larger than"
    return (
        f"the page {what} the limit of {limit:,} bytes "
        "(set FORCEWATCH_MAX_BYTES or --max-bytes to raise it)"
    )
