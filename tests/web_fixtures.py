"""A small database for the web tests: three reports of two incidents, one report carrying
script, event-handler and javascript: payloads, one irrelevant report, and a user of each role."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from forcewatch.merge.run import run_merge
from forcewatch.store import Store
from forcewatch.store.users import add_user
from tests.test_store import A, B, C, add

PASSWORD = "correct horse battery"
HOSTILE = (
    "MARACAIBO, 3 abr (Agencia) – <script>alert('xss')</script> Funcionarios de la Policía "
    "Nacional Bolivariana mataron ayer a tres hombres <img src=x onerror=alert(1)> durante un "
    'allanamiento en el barrio <a href="javascript:alert(2)">Los Haticos</a>, estado Zulia. '
    "Familiares denunciaron <svg onload=alert(3)> una ejecución."
)
HOSTILE_TITLE = "<script>alert('title')</script>"
IRRELEVANT = (
    "La policía informó que un hombre mató a su esposa en Valencia, estado Carabobo, el domingo. "
    "El sospechoso fue detenido. <script>alert('irrelevant')</script>"
)
ATTACKS = ("<script>alert", "<img src=x", "<svg onload", '<a href="javascript:')


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.problems.append(f"<{tag} {name}={value}>")
        if tag == "script" and not (
            (values.get("src") or "").startswith("/static/")
            or values.get("type") == "application/json"
        ):
            self.problems.append("inline <script>")
        if tag in ("img", "svg", "iframe", "object", "embed"):
            self.problems.append(f"<{tag}>")


def active_content(html: str) -> list[str]:
    """Everything in the page that a browser would run or load from the report's text."""
    parser = _Tags()
    parser.feed(html)
    return parser.problems


def build(path: Path | str) -> Store:
    """The database at ``path`` (a file, or a PostgreSQL URL of an empty database)."""
    store = Store.open(str(path))
    add(store, A, "a.txt", "2018-01-16")
    add(store, B, "b.txt", "2018-01-17")
    add(store, C, "c.txt", "2019-03-20")
    add(store, HOSTILE, "hostile.txt", "2019-04-04")
    add(store, IRRELEVANT, "irrelevant.txt", "2019-05-06")
    run_merge(store)
    with store.session() as s:
        from forcewatch.store import models

        for document in s.query(models.Document):
            if "onerror" in document.text:
                document.title = HOSTILE_TITLE
    for name, role in (("vera", "viewer"), ("ana", "analyst"), ("adam", "admin")):
        add_user(store, name, PASSWORD, role)
    return store
