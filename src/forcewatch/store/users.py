"""Users of the review app, their roles, API tokens and web sessions.

Roles: ``viewer`` reads, ``analyst`` also reviews and edits, ``admin`` also manages users. Passwords
are hashed with argon2 (argon2-cffi's defaults, RFC 9106 low-memory profile); API tokens and
session tokens are random 256-bit values of which only the SHA-256 is stored, so a copy of the
database gives no one a way in.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import bindparam, delete, select

from forcewatch.errors import AuthError, InvalidValue, NotFound
from forcewatch.store import Store, models, prepared
from forcewatch.store.models import utcnow

ROLES = ("viewer", "analyst", "admin")
RANK = {role: n for n, role in enumerate(ROLES)}
MIN_PASSWORD = 10
SESSION_HOURS = 12
_NAME = re.compile(r"^[A-Za-z0-9_.@-]{1,80}$")
_hasher = PasswordHasher()
# Compared against when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    def can(self, role: str) -> bool:
        return RANK[self.role] >= RANK[role]


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _user(row: models.User) -> User:
    return User(row.id, row.name, row.role)


def add_user(store: Store, name: str, password: str, role: str) -> User:
    if not _NAME.match(name):
        raise InvalidValue(f"user name {name!r}: use 1-80 letters, digits or _ . @ -")
    if role not in ROLES:
        raise InvalidValue(f"role {role!r} is not one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise InvalidValue(f"the password needs at least {MIN_PASSWORD} characters")
    with store.session() as s:
        if s.scalar(select(models.User.id).where(models.User.name == name)) is not None:
            raise InvalidValue(f"user {name!r} exists already")
        row = models.User(name=name, password_hash=_hasher.hash(password), role=role, active=True)
        s.add(row)
        s.flush()
        return _user(row)


def set_password(store: Store, name: str, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidValue(f"the password needs at least {MIN_PASSWORD} characters")
    with store.session() as s:
        row = s.scalar(select(models.User).where(models.User.name == name))
        if row is None:
            raise NotFound(f"no user {name!r}")
        row.password_hash = _hasher.hash(password)
        s.execute(delete(models.WebSession).where(models.WebSession.user_id == row.id))


def list_users(store: Store) -> list[tuple[User, bool]]:
    with store.session() as s:
        return [
            (_user(r), r.active) for r in s.scalars(select(models.User).order_by(models.User.id))
        ]


def authenticate(store: Store, name: str, password: str) -> User:
    with store.session() as s:
        row = s.scalar(select(models.User).where(models.User.name == name))
        try:
            _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            row = None
        if row is None or not row.active:
            raise AuthError("wrong user name or password")
        if _hasher.check_needs_rehash(row.password_hash):
            row.password_hash = _hasher.hash(password)
        return _user(row)


def create_token(store: Store, name: str, label: str) -> str:
    """A new API token for the user; shown once, only its hash is kept."""
    token = "fw_" + secrets.token_urlsafe(32)
    with store.session() as s:
        row = s.scalar(select(models.User).where(models.User.name == name))
        if row is None:
            raise NotFound(f"no user {name!r}")
        s.add(models.ApiToken(user_id=row.id, name=label, token_hash=_digest(token)))
    return token


def token_user(store: Store, token: str) -> User | None:
    with store.session() as s:
        found = s.execute(
            select(models.User, models.ApiToken)
            .join(models.ApiToken, models.ApiToken.user_id == models.User.id)
            .where(models.ApiToken.token_hash == _digest(token), models.ApiToken.revoked.is_(False))
        ).first()
        if found is None or not found[0].active:
            return None
        found[1].last_used_at = utcnow()
        return _user(found[0])


def create_session(store: Store, user: User) -> tuple[str, str]:
    """A new session: (cookie token, CSRF token)."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = utcnow()
    with store.session() as s:
        s.execute(delete(models.WebSession).where(models.WebSession.expires_at < now))
        s.add(
            models.WebSession(
                token_hash=_digest(token),
                user_id=user.id,
                csrf=csrf,
                expires_at=now + timedelta(hours=SESSION_HOURS),
            )
        )
    return token, csrf


def session_user(store: Store, token: str) -> tuple[User, str] | None:
    """The session's user and CSRF token, or None when it is unknown or expired."""
    with prepared.reading(store, snapshot=False) as reader:
        found = reader.first(_SESSION_USER, {"digest": _digest(token)})
    if found is None:
        return None
    user_id, name, role, active, csrf, expires = found
    if not active:
        return None
    if expires.tzinfo is None:  # SQLite gives naive datetimes back
        expires = expires.replace(tzinfo=utcnow().tzinfo)
    if expires < utcnow():
        return None
    return User(user_id, name, role), csrf


# Asked on every request of a browser: compiled once, run on the driver (store/prepared.py).
_USERS: Any = models.User.__table__.c
_SESSIONS: Any = models.WebSession.__table__.c
_SESSION_USER = prepared.Prepared(
    select(_USERS.id, _USERS.name, _USERS.role, _USERS.active, _SESSIONS.csrf, _SESSIONS.expires_at)
    .join_from(models.User.__table__, models.WebSession.__table__, _SESSIONS.user_id == _USERS.id)
    .where(_SESSIONS.token_hash == bindparam("digest"))
)


def end_session(store: Store, token: str) -> None:
    with store.session() as s:
        s.execute(delete(models.WebSession).where(models.WebSession.token_hash == _digest(token)))
