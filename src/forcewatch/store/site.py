"""What the review app's server processes share through the database rather than their memory:
the site settings an admin changes while the app runs, and the failed logins the rate limit counts.

Site settings (``SITE_SETTINGS`` in :mod:`forcewatch.settings`) start from the server's flags and
a stored value wins: an admin turning public mode off at ``/settings`` turns it off for every
process. Every change is validated here, whatever asked for it, and kept in ``setting_changes``
(who, when, old, new, why), as incident edits are in ``edits``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select

from forcewatch.errors import InvalidValue, UsageError
from forcewatch.settings import SITE_SETTINGS
from forcewatch.store import Store, models
from forcewatch.store.models import utcnow

MAX_SITE_NAME = 80


def site_defaults(**overrides: Any) -> dict[str, Any]:
    """The declared defaults, with the server's own flags (e.g. ``public=True``) on top."""
    values = {s.name: s.default for s in SITE_SETTINGS}
    values.update({k: v for k, v in overrides.items() if k in values})
    return values


def parse_site_setting(name: str, value: Any) -> Any:
    """The value an admin gave, checked; an :class:`InvalidValue` naming what is wrong."""
    declared = {s.name: s for s in SITE_SETTINGS}
    if name not in declared:
        raise InvalidValue(f"no site setting {name!r}; known: {', '.join(declared)}")
    if isinstance(declared[name].default, bool):
        if isinstance(value, bool):
            return value
        words = {"on": True, "true": True, "1": True, "off": False, "false": False, "0": False}
        if isinstance(value, str) and value.strip().lower() in words:
            return words[value.strip().lower()]
        raise InvalidValue(f"{name}: {value!r} is not on or off")
    if not isinstance(value, str):
        raise InvalidValue(f"{name}: {value!r} is not text")
    text = " ".join(value.split())
    if not text or len(text) > MAX_SITE_NAME or any(ord(c) < 32 for c in value if c not in "\t"):
        raise InvalidValue(f"{name}: give 1-{MAX_SITE_NAME} characters of text on one line")
    return text


def site_settings(store: Store, defaults: dict[str, Any]) -> dict[str, Any]:
    """The settings in force: the stored ones over ``defaults``."""
    with store.reading() as c:
        stored = c.execute(select(models.SiteSetting.name, models.SiteSetting.value)).all()
    return {**defaults, **{name: value for name, value in stored if name in defaults}}


def change_site_settings(
    store: Store, changes: dict[str, Any], *, who: str, why: str, defaults: dict[str, Any]
) -> list[str]:
    """Store the changed settings and their audit entries in one transaction; all values are
    checked first, so one bad value stores nothing. Gives the names that changed."""
    if not why.strip():
        raise UsageError("say why you change it (the reason is kept in the history)")
    checked = {name: parse_site_setting(name, value) for name, value in changes.items()}
    changed = []
    with store.session(write=True) as s:
        for name, value in checked.items():
            row = s.get(models.SiteSetting, name)
            old = row.value if row is not None else defaults.get(name)
            if old == value:
                continue
            if row is None:
                s.add(models.SiteSetting(name=name, value=value))
            else:
                row.value, row.updated_at = value, utcnow()
            s.add(models.SettingChange(name=name, old=old, new=value, who=who, why=why.strip()))
            changed.append(name)
    return changed


@dataclass(frozen=True)
class SettingChange:
    at: datetime
    who: str
    name: str
    old: Any
    new: Any
    why: str


def setting_history(store: Store, *, limit: int = 200) -> list[SettingChange]:
    """The latest changes of site settings, newest first."""
    table = models.SettingChange
    with store.reading() as c:
        rows = c.execute(
            select(table.at, table.who, table.name, table.old, table.new, table.why)
            .order_by(table.at.desc(), table.id.desc())
            .limit(limit)
        ).all()
    return [SettingChange(*row) for row in rows]


class LoginFailures:
    """Failed logins per key (``ip:ADDRESS``, ``user:NAME``) in a sliding window, counted in the
    database: every server process, and every machine on one PostgreSQL, sees the same ones."""

    def __init__(self, store: Store, *, attempts: int, window: float) -> None:
        self.store, self.attempts, self.window = store, attempts, window

    def wait(self, *keys: str, now: float | None = None) -> int:
        """Seconds until the next attempt for these keys is allowed; 0 when it is now."""
        now = time.time() if now is None else now
        table = models.LoginFailure
        with self.store.reading() as c:
            rows = c.execute(
                select(table.key, func.count(), func.min(table.at))
                .where(table.key.in_(keys), table.at > now - self.window)
                .group_by(table.key)
            ).all()
        waits = [
            int(first + self.window - now) + 1 for _, count, first in rows if count >= self.attempts
        ]
        return max(waits, default=0)

    def failed(self, *keys: str, now: float | None = None) -> None:
        now = time.time() if now is None else now
        table = models.LoginFailure
        with self.store.session(write=True) as s:
            s.execute(delete(table).where(table.at <= now - self.window))
            s.execute(insert(table), [{"key": key, "at": now} for key in keys])

    def forget(self, *keys: str) -> None:
        table = models.LoginFailure
        with self.store.session(write=True) as s:
            s.execute(delete(table).where(table.key.in_(keys)))
