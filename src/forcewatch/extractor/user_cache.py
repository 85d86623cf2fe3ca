"""The user's cache directory, where built indexes are kept between processes: the gazetteer's
(``places.cache``) and the literal gates' (``literals_cache``)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CACHE_DIR_ENV", "cache_dir"]

CACHE_DIR_ENV = "FORCEWATCH_CACHE_DIR"


def cache_dir() -> Path | None:
    """Where built indexes are kept: $FORCEWATCH_CACHE_DIR (``off``: nowhere), else
    $XDG_CACHE_HOME/forcewatch, else ~/.cache/forcewatch."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return None if env.strip().lower() in ("off", "0", "none") else Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "forcewatch"
