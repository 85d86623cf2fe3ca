"""Who is asking, and may they: sessions, API tokens, roles, CSRF, the login rate limit, headers.

- A browser logs in with a name and password and gets a random session token in a cookie
  (HttpOnly, SameSite=Lax, Secure on https or with ``--secure-cookies``); the session row holds
  a CSRF token that every form and every htmx request must send back (``csrf`` field or
  ``X-CSRF-Token`` header). The login form itself uses a double-submit cookie.
- A script sends ``Authorization: Bearer fw_...`` (``forcewatch user token NAME``); no cookie, so
  no CSRF token is needed.
- Private mode: nobody anonymous sees anything but the login page. Public mode: anonymous
  visitors read verified incidents and nothing else.
- Failed logins are limited per client address and per user name (``LOGIN_ATTEMPTS`` in
  ``LOGIN_WINDOW`` seconds), answered 429 with Retry-After; the failures are counted in the
  database, so the limit holds across server processes.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response

from forcewatch.store import Store
from forcewatch.store.site import LoginFailures
from forcewatch.store.users import User, session_user, token_user

SESSION_COOKIE = "fw_session"
LOGIN_CSRF_COOKIE = "fw_login_csrf"
CSRF_HEADER = "x-csrf-token"
LOGIN_ATTEMPTS = 5
LOGIN_WINDOW = 300.0

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)


class Denied(Exception):
    """A request that may not go on: 401 (who are you?), 403 (not you) or 429 (slow down)."""

    def __init__(self, status: int, message: str, *, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


@dataclass(frozen=True)
class Visitor:
    user: User | None
    csrf: str | None  # the session's CSRF token; None for tokens and anonymous visitors
    via_token: bool = False

    @property
    def name(self) -> str:
        return self.user.name if self.user else "anonymous"

    def can(self, role: str) -> bool:
        return self.user is not None and self.user.can(role)


ANONYMOUS = Visitor(None, None)


def identify(store: Store, request: Request) -> Visitor:
    header = request.headers.get("authorization", "")
    if header:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Denied(401, "use 'Authorization: Bearer <token>' (forcewatch user token NAME)")
        user = token_user(store, token.strip())
        if user is None:
            raise Denied(401, "unknown or revoked API token")
        return Visitor(user, None, via_token=True)
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        found = session_user(store, cookie)
        if found is not None:
            return Visitor(found[0], found[1])
    return ANONYMOUS


def check_csrf(visitor: Visitor, request: Request, submitted: str | None) -> None:
    """A state-changing request from a browser session must carry the session's CSRF token."""
    if visitor.via_token:
        return
    sent = submitted or request.headers.get(CSRF_HEADER)
    if not visitor.csrf or not sent or not hmac.compare_digest(sent, visitor.csrf):
        raise Denied(403, "missing or wrong CSRF token: reload the page and try again")


def check_login_csrf(request: Request, submitted: str | None) -> None:
    expected = request.cookies.get(LOGIN_CSRF_COOKIE)
    if not expected or not submitted or not hmac.compare_digest(expected, submitted):
        raise Denied(403, "missing or wrong CSRF token: reload the login page and try again")


def new_token() -> str:
    return secrets.token_urlsafe(32)


def secure_request(request: Request, always: bool) -> bool:
    return always or request.url.scheme == "https"


def set_cookie(
    response: Response, request: Request, name: str, value: str, *, always: bool
) -> None:
    response.set_cookie(
        name,
        value,
        httponly=True,
        samesite="lax",
        secure=secure_request(request, always),
        path="/",
    )


class LoginLimiter:
    """Failed logins per key (client address, user name) in a sliding window, counted in the
    database so that a guesser gains nothing from server processes that do not know of each
    other's failures (``serve --workers``)."""

    def __init__(
        self, store: Store, attempts: int = LOGIN_ATTEMPTS, window: float = LOGIN_WINDOW
    ) -> None:
        self._failures = LoginFailures(store, attempts=attempts, window=window)

    def check(self, *keys: str) -> None:
        wait = self._failures.wait(*keys)
        if wait:
            raise Denied(429, f"too many failed logins; try again in {wait} s", retry_after=wait)

    def failed(self, *keys: str) -> None:
        self._failures.failed(*keys)

    def succeeded(self, *keys: str) -> None:
        # the address keeps its record: it may be trying many names
        self._failures.forget(*keys[1:])


def security_headers(headers: MutableHeaders, request: Request) -> None:
    headers["Content-Security-Policy"] = CSP
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers["Referrer-Policy"] = "same-origin"
    headers["Cross-Origin-Opener-Policy"] = "same-origin"
    headers["Permissions-Policy"] = "geolocation=(), camera=(), microphone=()"
    if request.url.scheme == "https":
        headers["Strict-Transport-Security"] = "max-age=31536000"
    if "cache-control" not in headers:
        headers["Cache-Control"] = (
            "public, max-age=3600" if request.url.path.startswith("/static/") else "no-store"
        )
