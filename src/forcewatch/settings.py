"""Each setting is declared once, with its default, its flag, its environment variable and its
help: the CLI builds its flags from these declarations, the README's settings table is generated
from them (:func:`settings_table`; a test fails when the README differs), and a test fails when a
field of :class:`Settings` has no declaration.

``SETTINGS`` are the fields of the frozen :class:`Settings` object the extraction reads;
``DATABASE_SETTINGS``, ``INGEST_SETTINGS`` and ``SERVE_SETTINGS`` are the options of the database
verbs, of ``forcewatch ingest`` (where the steps run, shards and batches) and of
``forcewatch serve``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    flag: str | None = None
    """The command-line flag, e.g. ``--max-bytes`` (None: not a flag)."""
    env: str | None = None
    """The environment variable that sets it, e.g. ``FORCEWATCH_MAX_BYTES``."""
    verb: str | None = None
    """The one verb that takes it, when only one does."""
    shown: str | None = None
    """The default as the README shows it, when ``str(default)`` would not say it."""


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "max_bytes", 50_000_000, "Largest report accepted, in bytes; larger ones are refused.",
        flag="--max-bytes", env="FORCEWATCH_MAX_BYTES",
    ),
    Setting(
        "default_lang", None, "Language to assume when detection is unsure (en, es or pt).",
        flag="--default-lang",
    ),
    Setting("languages", ("en", "es", "pt"), "Languages the extractor supports.", shown="en, es, pt"),
    Setting("relevance_threshold", 0.5, "Score at or above which a report counts as relevant."),
    Setting("jobs", 1, "Worker processes for a batch of reports.", flag="--jobs"),
    Setting(
        "time_budget", 60.0,
        "Seconds one report may take to extract; a report still running then is refused (FW110). "
        "0 turns the budget off.",
        flag="--time-budget", env="FORCEWATCH_TIME_BUDGET",
    ),
)  # fmt: skip

DATABASE_SETTINGS: tuple[Setting, ...] = (
    Setting(
        "db", None, "The database: a file path, sqlite:///PATH or postgresql+psycopg://USER@HOST/DB.",
        flag="--db", env="FORCEWATCH_DB", shown="./forcewatch.sqlite",
    ),
)  # fmt: skip

INGEST_SETTINGS: tuple[Setting, ...] = (
    Setting(
        "engine", "local",
        "Where the steps run: local (this process, or --jobs processes) or dask (a Dask cluster).",
        flag="--engine", verb="ingest",
    ),
    Setting(
        "scheduler", None,
        "Address of a running Dask scheduler (tcp://host:8786); without it, --engine dask starts "
        "a local cluster. A shared cluster needs a PostgreSQL --db or --to parquet.",
        flag="--scheduler", env="FORCEWATCH_SCHEDULER", verb="ingest",
    ),
    Setting(
        "workers", None, "Worker processes of the local Dask cluster (default: --jobs).",
        flag="--workers", verb="ingest",
    ),
    Setting(
        "worker_memory", None,
        "Memory limit of each local Dask worker, e.g. 2GB (a worker past it is restarted and its "
        "shard retried); default: Dask's share of the machine.",
        flag="--worker-memory", env="FORCEWATCH_WORKER_MEMORY", verb="ingest",
    ),
    Setting(
        "shard_size", 100,
        "Reports in a shard: the unit a Dask worker reads and a relaunch skips once complete.",
        flag="--shard-size", verb="ingest",
    ),
    Setting(
        "batch_size", 100,
        "Reports written in one transaction (or one Parquet part) by the run's one writer.",
        flag="--batch-size", env="FORCEWATCH_BATCH_SIZE", verb="ingest",
    ),
    Setting(
        "to", None, "Write Parquet files into this folder instead of a database (forcewatch load "
        "brings them in later).",
        flag="--to parquet", verb="ingest",
    ),
)  # fmt: skip

SERVE_SETTINGS: tuple[Setting, ...] = (
    Setting("host", "127.0.0.1", "Address the review app listens on.", flag="--host", verb="serve"),
    Setting("port", 8000, "Port the review app listens on.", flag="--port", verb="serve"),
    Setting(
        "workers", 1, "Server processes, each on its own socket so that the kernel spreads the "
        "connections (they share sessions, site settings and the login rate limit through the "
        "database).",
        flag="--workers", verb="serve",
    ),
    Setting(
        "threads", 8, "Threads per server process for the database work of requests.",
        flag="--threads", env="FORCEWATCH_THREADS", verb="serve",
    ),
    Setting(
        "public", False, "Read-only public mode: visitors see verified incidents without logging in. "
        "An admin can turn it on or off at /settings while the app runs; that choice then wins.",
        flag="--public", env="FORCEWATCH_PUBLIC", verb="serve",
    ),
    Setting(
        "secure_cookies", False, "Mark cookies Secure on every request (behind a TLS proxy).",
        flag="--secure-cookies", env="FORCEWATCH_SECURE_COOKIES", verb="serve",
    ),
)  # fmt: skip

SITE_SETTINGS: tuple[Setting, ...] = (
    Setting(
        "public", False, "Read-only public mode (starts as `serve --public` says).",
        verb="/settings",
    ),
    Setting(
        "site_name", "forcewatch", "The name shown in every page's header and title.",
        verb="/settings",
    ),
)  # fmt: skip
"""Settings an admin changes at ``/settings`` while the app runs, stored in the database (see
:mod:`forcewatch.store.site`); ``verb`` says where."""


def setting(name: str) -> Setting:
    for declared in (*SETTINGS, *DATABASE_SETTINGS, *INGEST_SETTINGS, *SERVE_SETTINGS):
        if declared.name == name:
            return declared
    raise KeyError(name)


def settings_table() -> str:
    """The README's settings table, in Markdown."""
    rows = ["| setting | default | meaning |", "|---|---|---|"]
    for declared in (
        *SETTINGS,
        *DATABASE_SETTINGS,
        *INGEST_SETTINGS,
        *SERVE_SETTINGS,
        *SITE_SETTINGS,
    ):
        names = [f"`{declared.verb} {declared.flag}`" if declared.verb else f"`{declared.flag}`"]
        if declared.flag is None:
            names = [f"`Settings.{declared.name}`"]
        if declared in SITE_SETTINGS:
            names = [f"admin page `/settings`: {declared.name.replace('_', ' ')}"]
        if declared.env:
            names.append(
                f"`{declared.env}" + ("=1`" if isinstance(declared.default, bool) else "`")
            )
        default = declared.shown
        if default is None and isinstance(declared.default, bool):
            default = "on" if declared.default else "off"
        elif default is None:
            default = "none" if declared.default is None else str(declared.default)
        rows.append(f"| {' / '.join(names)} | {default} | {declared.help} |")
    return "\n".join(rows)


@dataclass(frozen=True)
class Settings:
    max_bytes: int = 50_000_000
    default_lang: str | None = None
    languages: tuple[str, ...] = ("en", "es", "pt")
    relevance_threshold: float = 0.5
    jobs: int = 1
    time_budget: float = 60.0

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


DEFAULT = Settings()
