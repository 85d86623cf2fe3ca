"""One registry of the ``forcewatch`` verbs: each is declared once, with its arguments and the
function that runs it; the parser, the dispatch and the docs are built from the list."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Verb:
    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]
    description: str | None = None
    database: bool = False
    """Takes ``--db`` after the verb (it also may come before it)."""
