"""The record contract of DESIGN.md, as strict pydantic models.

Every value the extractor finds carries the :class:`Span` it came from: character offsets into
``Document.text`` and the text of that slice. ``Document.span`` builds spans from the text itself,
and ``Extraction`` checks every span against the document when it is built, so evidence that does
not match its source is a bug caught at construction, not a surprise for the analyst.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0"

MentionKind = Literal["incident", "aggregate"]
DatePrecision = Literal["day", "week", "month", "year", "unknown"]
ForceKind = Literal[
    "police",
    "military",
    "national_guard",
    "special_police",
    "prison_guards",
    "security_forces",
    "intelligence",
    "non_state_allied",
]
OperationKind = Literal[
    "arrest_operation",
    "raid",
    "protest_policing",
    "checkpoint",
    "custody",
    "patrol",
    "military_operation",
    "other",
]
PersonRole = Literal["victim", "target", "bystander", "protester", "agent"]
PersonFate = Literal["killed", "injured", "detained", "unknown"]
AllegationKind = Literal[
    "extrajudicial_execution",
    "excessive_force",
    "torture",
    "enforced_disappearance",
    "non_state_participation",
    "information_denied_to_relatives",
    "evidence_destruction",
    "cover_up",
    "other",
]

FORCE_KINDS: tuple[str, ...] = ForceKind.__args__  # type: ignore[attr-defined]
OPERATION_KINDS: tuple[str, ...] = OperationKind.__args__  # type: ignore[attr-defined]
ALLEGATION_KINDS: tuple[str, ...] = AllegationKind.__args__  # type: ignore[attr-defined]


class Record(BaseModel):
    """Base of every record: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _consistent(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text {self.text!r} has {len(self.text)} characters "
                f"but covers {self.start}..{self.end}"
            )
        return self


class Quantity(Record):
    """A count in the UCDP manner: ``low`` is what the report commits to, ``high`` a stated bound."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    span: Span | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Quantity:
        values = [v for v in (self.low, self.best, self.high) if v is not None]
        if any(v < 0 for v in values):
            raise ValueError(f"negative count in {self.low}/{self.best}/{self.high}")
        if values != sorted(values):
            raise ValueError(f"count bounds out of order: {self.low}/{self.best}/{self.high}")
        return self


class Force(Record):
    kind: ForceKind
    unit: str | None = None
    span: Span


class Person(Record):
    name: str
    role: PersonRole
    fate: PersonFate = "unknown"
    age: int | None = None
    gender: Literal["male", "female"] | None = None
    span: Span


class Weapon(Record):
    text: str
    kind: str
    span: Span


class Allegation(Record):
    kind: AllegationKind
    span: Span


class Quote(Record):
    text: str
    speaker: str | None = None
    speaker_role: str | None = None
    span: Span
    speaker_span: Span | None = None


class Mention(Record):
    """What one report says about one incident, or one aggregate figure."""

    kind: MentionKind
    evidence: list[Span] = Field(default_factory=list)
    date: str | None = None
    date_precision: DatePrecision = "unknown"
    date_span: Span | None = None
    place: str | None = None
    place_span: Span | None = None
    city: str | None = Field(
        default=None, description="The city or town the place is in, as the report names it."
    )
    admin1: str | None = None
    admin1_name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = Field(default=None, ge=1, le=6)
    forces: list[Force] = Field(default_factory=list)
    killed: Quantity | None = None
    injured: Quantity | None = None
    agents_killed: Quantity | None = None
    agents_injured: Quantity | None = None
    operation: OperationKind | None = None
    operation_span: Span | None = None
    people: list[Person] = Field(default_factory=list)
    weapons: list[Weapon] = Field(default_factory=list)
    allegations: list[Allegation] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    extractor: str
    confidence: float = Field(ge=0.0, le=1.0)

    def spans(self) -> Iterator[Span]:
        """Every span in the mention, for checking against the document."""
        yield from _spans_in(self)


def _spans_in(value: Any) -> Iterator[Span]:
    if isinstance(value, Span):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _spans_in(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _spans_in(item)


class Document(Record):
    """A report's main text, boilerplate removed; every span offset points into ``text``."""

    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    format: Literal["html", "text", "json"] = "text"
    removed: list[str] = Field(
        default_factory=list, description="Kinds of boilerplate the cleaner removed."
    )

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.text[start:end])


class Relevance(Record):
    relevant: bool
    score: float = Field(ge=0.0, le=1.0)
    reason: str
    evidence: list[Span] = Field(default_factory=list)


class Extraction(Record):
    """Everything forcewatch takes from one report."""

    schema_version: str = SCHEMA_VERSION
    source: dict[str, str] = Field(default_factory=dict)
    document: Document
    relevance: Relevance
    mentions: list[Mention] = Field(default_factory=list)

    @model_validator(mode="after")
    def _evidence_matches_text(self) -> Extraction:
        text = self.document.text
        for span in _spans_in([self.relevance, self.mentions]):
            if text[span.start : span.end] != span.text:
                raise ValueError(
                    f"span {span.start}..{span.end} says {span.text!r} "
                    f"but the document has {text[span.start : span.end]!r}"
                )
        return self

    @property
    def incidents(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "incident"]

    @property
    def aggregates(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "aggregate"]


class RawPage(Record):
    """Bytes as received, with what is known about where they came from."""

    data: bytes
    name: str
    url: str | None = None
    published: str | None = None
    media_type: str | None = None


class Stage(StrEnum):
    """The steps of the flow a report can be refused at (``pipeline.steps``)."""

    READ = "read"
    CLEAN = "clean"
    EXTRACT = "extract"
    WRITE = "write"


class Rejection(Record):
    """A report a stage could not use, and why. Stored and counted, never silently dropped."""

    item: str
    stage: Stage
    code: str
    reason: str

    @classmethod
    def of(cls, exc: Exception, item: str, stage: Stage) -> Rejection:
        """The one way a failure becomes a rejection: a forcewatch error keeps its code and
        message; anything else is a bug in forcewatch (FW900), named with its exception."""
        from forcewatch.errors import ForcewatchError, InternalError

        if isinstance(exc, ForcewatchError):
            return cls(item=item, stage=stage, code=exc.code, reason=" ".join(exc.message.split()))
        reason = f"internal error {type(exc).__name__}: {exc}"
        return cls(item=item, stage=stage, code=InternalError.code, reason=reason)

    def line(self) -> str:
        return f"forcewatch: {self.item}: [{self.code}] {self.reason}"


IncidentStatus = Literal["unreviewed", "verified", "rejected"]


class Source(Record):
    """A report behind an incident: enough to cite it and to find it again."""

    document_id: int
    mention_id: int
    url: str | None = None
    path: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    evidence: list[str] = Field(default_factory=list, description="Sentences the mention rests on.")
    duplicate_of: int | None = Field(
        default=None, description="The document this one is a near-copy of (syndicated story)."
    )


class Incident(Record):
    """One event, merged from the mentions of every report about it.

    Canonical values are chosen from the mentions; ``provenance`` says which mentions gave each
    field, ``conflicts`` lists the values the sources disagree on, and counts are ranges over the
    sources ("9 killed" in one report and "7" in another give low 7, high 9)."""

    id: int
    status: IncidentStatus = "unreviewed"
    date: str | None = None
    date_precision: DatePrecision = "unknown"
    place: str | None = None
    city: str | None = None
    admin1: str | None = None
    admin1_name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    forces: list[ForceKind] = Field(default_factory=list)
    force_main: ForceKind | None = Field(
        default=None, description="The force most sources name (a specific one before generic)."
    )
    units: list[str] = Field(default_factory=list)
    killed: Quantity | None = None
    injured: Quantity | None = None
    agents_killed: Quantity | None = None
    agents_injured: Quantity | None = None
    operation: OperationKind | None = None
    allegations: list[AllegationKind] = Field(default_factory=list)
    people: list[str] = Field(default_factory=list, description="'name (role, fate)' entries.")
    sources: list[Source] = Field(default_factory=list)
    provenance: dict[str, list[int]] = Field(default_factory=dict)
    conflicts: dict[str, list[str]] = Field(default_factory=dict)
    notes: str | None = None
    edited_fields: list[str] = Field(
        default_factory=list, description="Fields an analyst set; merges never change them."
    )

    @property
    def n_sources(self) -> int:
        """Distinct reports, a syndicated copy counted once."""
        return len({s.duplicate_of or s.document_id for s in self.sources})
