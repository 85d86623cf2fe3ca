"""Merge: mentions in, incidents out. Blocking and scoring (``match``), incident assembly
(``assemble``); ``run`` does it in the database, incrementally and in batches.

    merge([Member(mention_id, document_id, copy_of, published, mention), ...]) -> [Incident]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from forcewatch import records
from forcewatch.merge.assemble import Member, canonical
from forcewatch.merge.match import Decision, Index, MentionView, assign, merge_order

__all__ = ["Decision", "Member", "canonical", "merge", "merge_order"]


def merge(members: Iterable[Member]) -> list[records.Incident]:
    """The incidents these mentions make, numbered 1, 2, ... in the order ``forcewatch merge``
    meets them (earliest event first). Aggregates are not merged: give incident mentions."""
    by_id = {m.mention_id: m for m in members}
    views = sorted((MentionView.of(m) for m in by_id.values()), key=merge_order)
    decisions = assign(views, Index())
    grouped: dict[int, list[Member]] = defaultdict(list)
    for decision in decisions:
        grouped[decision.cluster_id].append(by_id[decision.mention_id])
    first = {d.cluster_id: n for n, d in reversed(list(enumerate(decisions)))}
    order = sorted(grouped, key=first.__getitem__)
    return [
        canonical(sorted(grouped[c], key=lambda m: m.mention_id), incident_id=n)
        for n, c in enumerate(order, 1)
    ]
