"""The steps: one signature, counts of what each keeps and refuses, and one wrapper that turns a
failure into a rejection at the step's stage (a closed set), a bug into FW900."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from forcewatch.pipeline import run_batch
from forcewatch.pipeline.executors import InProcess, ProcessPool
from forcewatch.pipeline.shards import plan_shards
from forcewatch.pipeline.steps import (
    Clean,
    Extract,
    Pipeline,
    Prepare,
    Read,
    Report,
    SkipKnown,
)
from forcewatch.records import Extraction, RawPage, Rejection, Stage
from tests.test_ingest import corpus


def test_steps_stage_is_a_closed_set() -> None:
    assert [s.value for s in Stage] == ["read", "clean", "extract", "write"]
    assert Rejection(item="x", stage="clean", code="FW101", reason="r").stage is Stage.CLEAN
    with pytest.raises(ValidationError):
        Rejection(item="x", stage="cleaning", code="FW101", reason="r")


def test_steps_failures_become_rejections_at_their_stage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus(tmp_path / "in", 4)
    (folder / "empty.txt").write_bytes(b"")
    shards = list(plan_shards([str(folder)], shard_size=10))
    assert [s.kind for s in shards] == ["report"] and len(shards[0].paths) == 5

    def broken(document: object) -> object:
        if "Caso número 2." in getattr(document, "text", ""):
            raise KeyError("boom")
        from forcewatch.extractor.mentions import extract_mentions

        return extract_mentions(document)  # type: ignore[arg-type]

    monkeypatch.setattr("forcewatch.pipeline.steps.extract_mentions", broken)
    steps = [Read(), SkipKnown(), Clean(), Extract()]
    reports, counts = Pipeline(steps)([Report("in", shard=shards[0])])
    refused = {Path(r.origin).name: r.rejection for r in reports if r.rejection is not None}
    assert refused["empty.txt"] is not None and refused["r0002.txt"] is not None
    assert (refused["empty.txt"].stage, refused["empty.txt"].code) == (Stage.READ, "FW101")
    assert (refused["r0002.txt"].stage, refused["r0002.txt"].code) == (Stage.EXTRACT, "FW900")
    assert "internal error KeyError" in refused["r0002.txt"].reason
    assert sum(r.extraction is not None for r in reports) == 3
    assert reports[-1].done is not None and reports[-1].done.reports == 5
    assert counts["read"]["kept"] == 4 and counts["read"]["rejected"] == 1
    assert (counts["extract"]["kept"], counts["extract"]["rejected"]) == (3, 1)


def test_steps_prepare_leaves_the_writer_rows_only(tmp_path: Path) -> None:
    """The last step turns page and extraction into the sink's rows, so that only those travel
    back and the writer stores them as they are; a failure there refuses its report at the
    write stage, and the shard is not marked complete."""
    from forcewatch.pipeline.writers import IngestCounts, StoreSink, Writer
    from forcewatch.store import Store
    from forcewatch.store.rows import ReportRows, report_rows

    folder = corpus(tmp_path / "in", 4)
    [shard] = plan_shards([str(folder)], shard_size=10)

    def prepare(page: RawPage, extraction: Extraction, value: int | None) -> ReportRows:
        if page.name.endswith("r0001.txt"):
            raise ValueError("cannot encode")
        return report_rows(page, extraction, value)

    steps = [Read(), SkipKnown(), Clean(), Extract(), Prepare(prepare)]
    reports, counts = Pipeline(steps)([Report("in", shard=shard)])
    assert (counts["prepare"]["kept"], counts["prepare"]["rejected"]) == (3, 1)
    [refused] = [r for r in reports if r.rejection is not None]
    assert refused.origin.endswith("r0001.txt") and refused.rejection is not None
    assert (refused.rejection.stage, refused.rejection.code) == (Stage.WRITE, "FW900")
    kept = [r for r in reports if r.rejection is None]
    assert all(isinstance(r.prepared, ReportRows) for r in kept)
    assert all(r.page is None and r.extraction is None and not r.marker for r in kept)

    store = Store.open(str(tmp_path / "db.sqlite"))
    written = IngestCounts()
    writer = Writer(StoreSink(store), None, written, batch_size=100)
    for report in reports:
        writer.add(report)
    writer.flush()
    assert (written.read, written.new, written.rejected) == (4, 3, 1)
    assert written.relevant == sum(r.prepared.relevant for r in kept) > 0
    assert store.counts()["documents"] == 3 and store.counts()["rejections"] == 1
    assert shard.key is not None and store.done_shards([shard.key]) == {}
    store.close()


def test_steps_batch_in_process_and_pool_agree(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in", 3)
    (folder / "empty.txt").write_bytes(b"")
    paths = sorted(folder.iterdir())
    from forcewatch.settings import Settings

    one = [r.model_dump(mode="json") for r in run_batch(paths)]
    two = [r.model_dump(mode="json") for r in run_batch(paths, settings=Settings(jobs=2))]
    assert one == two
    assert one[0]["stage"] == "read" and one[0]["code"] == "FW101"  # empty.txt sorts first


def test_steps_executors_keep_input_order() -> None:
    tasks = [[Report(f"r{i}")] for i in range(6)]
    for executor in (InProcess(), ProcessPool(2)):
        out = [reports[0].origin for reports, _ in executor.map(Pipeline([]), tasks)]
        assert out == [f"r{i}" for i in range(6)]


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc", "list.jsonl", "list.jsonl.gz"])
def test_steps_shards_of_a_file_read_what_the_whole_file_gives(tmp_path: Path, name: str) -> None:
    """Cut into shards of 2 lines or records, a file gives the same items, each once, as read
    whole; a plain file or one gzipped record by record is sought, not read from the top."""
    import gzip

    from forcewatch.ingest.sources import iter_items
    from tests.test_ingest_sources import crawl, write_warc

    path = tmp_path / name
    if "warc" in name:
        write_warc(path, crawl, gz=name.endswith(".gz"))
    else:
        lines = [json.dumps({"text": f"report {i}"}) for i in range(5)]
        body = "\n".join([*lines[:2], "not json", "", *lines[2:]]).encode()
        path.write_bytes(gzip.compress(body) if name.endswith(".gz") else body)
    whole = [
        (i.origin, i.page.data if i.page else i.rejection.code)
        for i in iter_items([str(path)], max_bytes=10_000)
    ]  # type: ignore[union-attr]
    shards = list(plan_shards([str(path)], shard_size=2))
    assert len(shards) >= 3 and len({s.key for s in shards}) == len(shards)
    assert all((s.offset is not None) == (name != "list.jsonl.gz") for s in shards)
    reports, _ = Pipeline([Read(max_bytes=10_000)])([Report(str(s), shard=s) for s in shards])
    read = [
        (r.origin, r.page.data if r.page else r.rejection.code)  # type: ignore[union-attr]
        for r in reports
        if not r.marker
    ]
    assert read == whole
    assert sum(r.done is not None for r in reports) == len(shards)
