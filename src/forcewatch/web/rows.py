"""The rows of the incident list as HTML, written in Python rather than in ``_rows.html``: the
list is the page analysts load most, and Jinja's escape and attribute lookup per cell (650
cells a page) cost as much as reading the fifty incidents from the database. Every value
that comes from the database is escaped here with :func:`html.escape`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from typing import Any

from markupsafe import Markup

from forcewatch.store.query import Listed


def incident_rows(rows: Iterable[Listed], count: Callable[[Any], str]) -> Markup:
    """``<tr>`` elements of the list; ``count`` shows a count as the pages do ("7-9",
    "unknown")."""
    parts = []
    for row in rows:
        i = row.incident
        status = escape(i.status)
        edited = (
            f' <span class="muted" title="edited: {escape(", ".join(i.edited_fields))}">✎</span>'
            if i.edited_fields
            else ""
        )
        parts.append(
            f'<tr>\n  <td><a href="/incidents/{i.id}">{i.id}</a></td>\n'
            f'  <td class="nowrap">{escape(i.date or "–")}</td>\n'
            f'  <td><a href="/incidents/{i.id}">{escape(i.place or i.city or "–")}</a></td>\n'
            f"  <td>{escape(i.admin1 or i.country or '–')}</td>\n"
            f'  <td class="num">{escape(count(i.killed))}</td>\n'
            f'  <td class="num">{escape(count(i.injured))}</td>\n'
            f'  <td class="num">{escape(count(i.agents_killed))} / '
            f"{escape(count(i.agents_injured))}</td>\n"
            f"  <td>{escape(', '.join(i.forces) or '–')}</td>\n"
            f'  <td class="num">{int(row.n_sources)}</td>\n'
            f'  <td><span class="status status-{status}">{status}</span>{edited}</td>\n'
            "</tr>\n"
        )
    if not parts:
        parts.append('<tr><td colspan="10" class="muted">No incident matches.</td></tr>\n')
    return Markup("".join(parts))  # every stored value above is escaped
