"""Source readers: WARC/WET, JSON Lines, folders, stdin, URL lists and the polite, guarded fetcher.

Every input here is written by the test: tiny invented pages, WARC files made with warcio, and a
real HTTP server on 127.0.0.1 (port 0) run in a thread. Waits are asked of a fake clock, so the
tests check the sleeps requested, not wall time; no test leaves the machine.
"""

from __future__ import annotations

import gzip
import io
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from forcewatch.clean import to_document
from forcewatch.errors import UsageError
from forcewatch.ingest import USER_AGENT, Fetcher, FetchOptions, Item, iter_items
from forcewatch.records import RawPage, Rejection

MAX = 1_000_000

RAID = (
    b"<html><head><title>Raid in Villa Nueva</title></head><body><p>Police officers shot two "
    b"men during a raid on Tuesday in Villa Nueva, residents said.</p></body></html>"
)
CHECKPOINT = (
    b"<html><head><title>Checkpoint</title></head><body><p>Soldiers at a checkpoint killed a "
    b"driver who did not stop, the army said on Friday.</p></body></html>"
)
NOTE = b"A patrol wounded a teenager in the market on Sunday, his family said.\n"


# -- helpers -----------------------------------------------------------------------------------


def items(sources: list[str | Path], **options: object) -> list[Item]:
    options.setdefault("max_bytes", MAX)
    return list(iter_items([str(s) for s in sources], **options))  # type: ignore[arg-type]


def pages(found: list[Item]) -> list[RawPage]:
    return [item.page for item in found if item.page is not None]


def rejections(found: list[Item]) -> list[Rejection]:
    return [item.rejection for item in found if item.rejection is not None]


def outline(found: list[Item]) -> list[tuple[str, str]]:
    """(origin, "page" or the rejection code) for each item."""
    return [(i.origin, "page" if i.page is not None else i.rejection.code) for i in found]  # type: ignore[union-attr]


def response(
    writer: WARCWriter,
    url: str,
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
) -> object:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers
    )


def write_warc(path: Path, make: Callable[[WARCWriter], list[object]], *, gz: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for record in make(writer):
        writer.write_record(record)
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def record_offsets(data: bytes) -> list[int]:
    records = ArchiveIterator(io.BytesIO(data))
    return [records.get_record_offset() for _ in records]


def crawl(writer: WARCWriter) -> list[object]:
    request = writer.create_warc_record(
        "https://news.example/raid",
        "request",
        payload=io.BytesIO(b"GET /raid HTTP/1.1\r\nHost: news.example\r\n\r\n"),
    )
    return [
        writer.create_warcinfo_record("crawl.warc", {"software": "forcewatch tests"}),
        request,
        response(writer, "https://news.example/raid", RAID),
        response(writer, "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
        response(writer, "https://news.example/old", b"", "text/html", "301 Moved Permanently"),
        response(writer, "https://news.example/gone", b"<p>gone</p>", "text/html", "404 Not Found"),
        response(writer, "https://news.example/note.txt", NOTE, "text/plain"),
    ]


# -- WARC and WET ------------------------------------------------------------------------------


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_ingest_warc_html_and_text_responses_become_pages(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, crawl, gz=gz)
    found = items([path])
    # warcinfo, request, image, redirect and 404 are no reports: passed over, not rejected
    assert outline(found) == [(f"{path}#record-3", "page"), (f"{path}#record-7", "page")]
    raid, note = pages(found)
    assert raid.data == RAID
    assert raid.url == "https://news.example/raid"
    assert raid.name == f"{path}#record-3"
    assert raid.media_type == "text/html"
    assert raid.published is None  # WARC-Date is the capture date, never the publication date
    assert (note.data, note.media_type) == (NOTE, "text/plain")


def test_ingest_wet_conversion_records_become_text_pages(tmp_path: Path) -> None:
    def wet(writer: WARCWriter) -> list[object]:
        return [
            writer.create_warcinfo_record("crawl.wet", {"software": "forcewatch tests"}),
            writer.create_warc_record(
                "https://news.example/raid",
                "conversion",
                payload=io.BytesIO(NOTE),
                warc_content_type="text/plain",
            ),
        ]

    path = tmp_path / "crawl.wet.gz"
    write_warc(path, wet, gz=True)
    found = items([path])
    assert outline(found) == [(f"{path}#record-2", "page")]
    page = found[0].page
    assert page is not None
    assert (page.data, page.url, page.media_type) == (
        NOTE,
        "https://news.example/raid",
        "text/plain",
    )


def test_ingest_truncated_warc_gz_keeps_the_first_record_and_rejects_the_cut_one(
    tmp_path: Path,
) -> None:
    def two(writer: WARCWriter) -> list[object]:
        return [
            response(writer, "https://news.example/raid", RAID),
            response(writer, "https://news.example/checkpoint", CHECKPOINT * 20),
        ]

    whole = write_warc(tmp_path / "whole.warc.gz", two, gz=True)
    second = record_offsets(whole)[1]  # where the second record's gzip member starts
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: second + (len(whole) - second) // 2])
    after = tmp_path / "after.html"
    after.write_bytes(CHECKPOINT)

    found = items([cut, after])
    assert outline(found) == [
        (f"{cut}#record-1", "page"),
        (f"{cut}#record-2", "FW106"),
        (str(after), "page"),  # the iteration goes on with the next source
    ]
    assert found[0].page is not None and found[0].page.data == RAID
    assert "cut short" in rejections(found)[0].reason


def test_ingest_warc_cut_at_any_byte_loses_no_record_silently(tmp_path: Path) -> None:
    def three(writer: WARCWriter) -> list[object]:
        return [response(writer, f"https://news.example/{i}", RAID) for i in range(3)]

    whole = write_warc(tmp_path / "whole.warc", three, gz=False)
    ends = [*record_offsets(whole)[1:], len(whole)]  # each record ends with a blank line (4 bytes)
    path = tmp_path / "cut.warc"
    for size in range(1, len(whole) + 1, 5):
        path.write_bytes(whole[:size])
        found = items([path])
        complete = sum(end - 4 <= size for end in ends)  # records whose block is all there
        assert len(pages(found)) == complete, size
        cut_inside = size > (ends[complete - 1] if complete else 0)
        assert [r.code for r in rejections(found)] == (["FW106"] if cut_inside else []), size


def test_ingest_warc_with_bad_headers_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not an archive\r\nat all\r\n\r\n")
    found = items([path])
    assert outline(found) == [(f"{path}#record-1", "FW106")]
    assert "cannot be parsed" in rejections(found)[0].reason


def test_ingest_warc_record_with_a_corrupt_payload_is_rejected_alone(tmp_path: Path) -> None:
    def two(writer: WARCWriter) -> list[object]:
        return [
            response(writer, "https://news.example/raid", RAID),
            response(writer, "https://news.example/checkpoint", CHECKPOINT),
        ]

    path = tmp_path / "crawl.warc"
    data = write_warc(path, two, gz=False)
    path.write_bytes(data.replace(b"Police officers", b"Police offiXers"))  # same length
    found = items([path])
    assert outline(found) == [(f"{path}#record-1", "FW106"), (f"{path}#record-2", "page")]
    assert "digest" in rejections(found)[0].reason.lower()


def test_ingest_warc_record_above_max_bytes_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, lambda w: [response(w, "https://news.example/raid", RAID)], gz=True)
    found = items([path], max_bytes=50)
    assert outline(found) == [(f"{path}#record-1", "FW103")]


def test_ingest_file_named_otherwise_that_starts_like_a_warc_is_read_as_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "capture.bin"
    write_warc(path, lambda w: [response(w, "https://news.example/raid", RAID)], gz=True)
    assert outline(items([path])) == [(f"{path}#record-1", "page")]


# -- JSON Lines --------------------------------------------------------------------------------

GOOD = {
    "id": "a1",
    "text": "Police officers shot two men during a raid on Tuesday in Villa Nueva, residents said.",
    "url": "https://news.example/raid",
    "published": "2019-03-05",
    "title": "Raid in Villa Nueva",
}


def test_ingest_jsonl_good_lines_become_json_reports_and_bad_lines_rejections(
    tmp_path: Path,
) -> None:
    lines = [
        json.dumps(GOOD),
        "",  # blank lines are skipped
        '{"text": "cut',
        json.dumps({"title": "no body"}),
        json.dumps(["a", "list"]),
        json.dumps({"html": CHECKPOINT.decode()}),
        json.dumps({"text": "x" * 3000}),
    ]
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = items([path], max_bytes=2000)
    name = str(path)
    assert outline(found) == [
        (f"{name}:1", "page"),
        (f"{name}:3", "FW104"),
        (f"{name}:4", "FW104"),
        (f"{name}:5", "FW104"),
        (f"{name}:6", "page"),
        (f"{name}:7", "FW103"),
    ]
    reasons = [r.reason for r in rejections(found)]
    assert "line 3 is not valid JSON" in reasons[0]
    assert 'no "text" or "html"' in reasons[1]
    assert "array, not an object" in reasons[2]

    first = found[0].page
    assert first is not None
    assert json.loads(first.data) == GOOD
    assert (first.name, first.url, first.published) == (f"{name}:1", GOOD["url"], "2019-03-05")
    assert first.media_type == "application/json"
    document = to_document(first)  # the JSON-report cleaner reads it as a .json report
    assert (document.format, document.title, document.url) == ("json", GOOD["title"], GOOD["url"])
    assert document.text.startswith("Police officers shot two men")


def test_ingest_jsonl_gz_and_ndjson_are_read(tmp_path: Path) -> None:
    packed = tmp_path / "a.jsonl.gz"
    packed.write_bytes(gzip.compress((json.dumps(GOOD) + "\n").encode()))
    plain = tmp_path / "b.ndjson"
    plain.write_text(json.dumps(GOOD), encoding="utf-8")  # no final newline
    assert outline(items([packed, plain])) == [(f"{packed}:1", "page"), (f"{plain}:1", "page")]


def test_ingest_jsonl_with_no_report_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert outline(items([path])) == [(str(path), "FW101")]


# -- files, folders, stdin ---------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "reports"
    for name, data in {
        "2018/b.html": RAID,
        "2018/a.txt": NOTE,
        "2018/sub/c.htm": CHECKPOINT,
        "2019/d.html": RAID + b" ",
        "2019/draft-e.html": CHECKPOINT + b" ",
        "notes.md": NOTE + b" ",
        "logo.png": b"\x89PNG\r\n\x1a\n",  # not a report suffix: not walked
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


@pytest.mark.parametrize(
    ("include", "exclude", "expected"),
    [
        (None, None, ["2018/a.txt", "2018/b.html", "2018/sub/c.htm", "2019/d.html",
                      "2019/draft-e.html", "notes.md"]),
        (["*.html"], None, ["2018/b.html", "2019/d.html", "2019/draft-e.html"]),
        (["2018/**"], None, ["2018/a.txt", "2018/b.html", "2018/sub/c.htm"]),
        (["**/*.htm"], None, ["2018/sub/c.htm"]),
        (None, ["draft-*", "*.md"], ["2018/a.txt", "2018/b.html", "2018/sub/c.htm", "2019/d.html"]),
        (["2019/*"], ["*/draft-*"], ["2019/d.html"]),
    ],
)  # fmt: skip
def test_ingest_folder_walk_is_sorted_and_filtered(
    folder: Path, include: list[str] | None, exclude: list[str] | None, expected: list[str]
) -> None:
    found = items([folder], include=include, exclude=exclude)
    assert [i.origin for i in found] == [str(folder / e) for e in expected]
    assert all(i.page is not None for i in found)


def test_ingest_folder_with_nothing_kept_is_rejected(folder: Path) -> None:
    found = items([folder], include=["*.pdf"])
    assert outline(found) == [(str(folder), "FW105")]
    assert "--include/--exclude" in rejections(found)[0].reason


def test_ingest_unreadable_sources_are_rejected_and_the_rest_read(tmp_path: Path) -> None:
    good = tmp_path / "good.html"
    good.write_bytes(RAID)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    image = tmp_path / "photo.html"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    found = items([tmp_path / "missing.html", empty, image, good])
    assert outline(found) == [
        (str(tmp_path / "missing.html"), "FW105"),
        (str(empty), "FW101"),
        (str(image), "FW102"),
        (str(good), "page"),
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (RAID, [("<stdin>", "page")]),
        (json.dumps(GOOD, indent=2).encode(), [("<stdin>", "page")]),  # one pretty JSON report
        (
            (json.dumps(GOOD) + "\n" + json.dumps(GOOD) + "\nnot json\n").encode(),
            [("<stdin>:1", "page"), ("<stdin>:2", "page"), ("<stdin>:3", "FW104")],
        ),
        (b"  \n", [("<stdin>", "FW101")]),
    ],
    ids=["html", "json", "jsonl", "empty"],
)
def test_ingest_stdin_is_told_apart_by_its_bytes(
    data: bytes, expected: list[tuple[str, str]]
) -> None:
    assert outline(items(["-"], stdin=io.BytesIO(data))) == expected


def test_ingest_stdin_warc_is_read_as_an_archive(tmp_path: Path) -> None:
    data = write_warc(tmp_path / "x.warc.gz", crawl, gz=True)
    found = items(["-"], stdin=io.BytesIO(data))
    assert outline(found) == [("<stdin>#record-3", "page"), ("<stdin>#record-7", "page")]


def test_ingest_item_holds_exactly_one_of_page_and_rejection() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        Item(page=None, rejection=None, origin="x")


def test_ingest_skip_passes_over_stored_origins(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps(GOOD) + "\n", encoding="utf-8")
    found = items([path], skip=lambda origin: origin.endswith(":1"))
    assert [i.origin for i in found] == [f"{path}:2"]


# -- the fetcher against a real local server ---------------------------------------------------


class FakeTime:
    """A clock that moves only when slept on; the sleeps asked for are kept."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds


class Site:
    """What the local server serves, and what it was asked for."""

    ROBOTS = b"User-agent: *\nDisallow: /private/\n"

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.agents: set[str] = set()
        self.counts: Counter[str] = Counter()
        self.release = threading.Event()
        self.lock = threading.Lock()
        self.url = ""

    def answer(self, path: str) -> tuple[int, dict[str, str], bytes]:
        with self.lock:
            self.requests.append(path)
            self.counts[path] += 1
            n = self.counts[path]
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, self.ROBOTS
        if path in ("/a.html", "/b.html", "/c.html", "/private/secret.html"):
            return 200, html, RAID
        if path == "/flaky":  # 503 twice, then the page
            return (503, {}, b"busy") if n <= 2 else (200, html, CHECKPOINT)
        if path.startswith("/busy"):  # 429 once, with a Retry-After
            wait = path.partition("=")[2] or "2"
            return (429, {"Retry-After": wait}, b"slow down") if n == 1 else (200, html, RAID)
        if path == "/down":
            return 503, {}, b"down"
        if path == "/moved":
            return 302, {"Location": "/a.html"}, b""
        if path == "/to-file":
            return 302, {"Location": "file:///etc/passwd"}, b""
        if path == "/slow":
            self.release.wait(5)
            return 200, html, RAID
        if path == "/logo.png":
            return 200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n"
        return 404, {"Content-Type": "text/plain"}, b"not found"


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            state.agents.add(self.headers.get("User-Agent", ""))
            status, headers, body = state.answer(self.path)
            try:
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the client gave up waiting (the time-out test)
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def local_fetcher(fake: FakeTime, **options: object) -> Fetcher:
    settings: dict[str, object] = {"allow_private": True, "min_interval": 0.0, "read_timeout": 2.0}
    settings.update(options)
    return Fetcher(FetchOptions(**settings), clock=fake.clock, sleep=fake.sleep)  # type: ignore[arg-type]


def test_ingest_url_list_is_fetched_politely(site: Site, tmp_path: Path) -> None:
    listing = tmp_path / "reports.urls"
    lines = [
        "# reports to read",
        f"{site.url}/a.html",
        f"{site.url}/private/secret.html",
        f"{site.url}/moved",
        f"{site.url}/missing",
        f"{site.url}/logo.png",
        f"{site.url}/to-file",
        f"{site.url}/a.html",  # listed twice: fetched once
        "ftp://files.example/report.txt",
        "javascript:alert(1)",
        "not a url at all",
    ]
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fake = FakeTime()
    with local_fetcher(fake) as fetcher:
        found = items([listing], fetcher=fetcher)
    assert outline(found) == [
        (f"{site.url}/a.html", "page"),
        (f"{site.url}/private/secret.html", "FW108"),
        (f"{site.url}/moved", "page"),
        (f"{site.url}/missing", "FW107"),
        (f"{site.url}/logo.png", "FW102"),
        (f"{site.url}/to-file", "FW109"),
        ("ftp://files.example/report.txt", "FW109"),
        ("javascript:alert(1)", "FW109"),
        (f"{listing}:11", "FW109"),
    ]
    a, moved = pages(found)
    assert (a.name, a.url, a.media_type, a.data) == (
        f"{site.url}/a.html",
        f"{site.url}/a.html",
        "text/html",
        RAID,
    )
    assert (moved.name, moved.url) == (f"{site.url}/moved", f"{site.url}/a.html")
    assert site.counts["/robots.txt"] == 1  # cached for the host
    assert site.counts["/private/secret.html"] == 0  # robots.txt said no: never asked
    assert site.counts["/a.html"] == 2  # once listed, once through /moved
    assert site.agents == {USER_AGENT}
    assert USER_AGENT.startswith("forcewatch/") and "(+https://" in USER_AGENT
    reasons = {r.item: r.reason for r in rejections(found)}
    assert "robots.txt disallows /private/secret.html" in reasons[f"{site.url}/private/secret.html"]
    assert "HTTP 404" in reasons[f"{site.url}/missing"]
    assert "redirects to a file: URL" in reasons[f"{site.url}/to-file"]
    assert "only http and https" in reasons["ftp://files.example/report.txt"]


def test_ingest_txt_of_urls_is_a_url_list_and_prose_is_a_report(site: Site, tmp_path: Path) -> None:
    listing = tmp_path / "links.txt"
    listing.write_text(f"{site.url}/a.html\n\n{site.url}/b.html\n", encoding="utf-8")
    prose = tmp_path / "story.txt"
    prose.write_text(f"Read more at {site.url}/a.html\n", encoding="utf-8")
    with local_fetcher(FakeTime()) as fetcher:
        found = items([listing, prose], fetcher=fetcher)
    assert outline(found) == [
        (f"{site.url}/a.html", "page"),
        (f"{site.url}/b.html", "page"),
        (str(prose), "page"),
    ]


def test_ingest_url_given_as_a_source_is_fetched(site: Site) -> None:
    with local_fetcher(FakeTime()) as fetcher:
        found = items([f"{site.url}/a.html"], fetcher=fetcher)
    assert outline(found) == [(f"{site.url}/a.html", "page")]


def test_ingest_url_list_on_stdin_is_fetched(site: Site) -> None:
    data = f"{site.url}/a.html\n{site.url}/b.html\n".encode()
    with local_fetcher(FakeTime()) as fetcher:
        found = items(["-"], stdin=io.BytesIO(data), fetcher=fetcher)
    assert outline(found) == [(f"{site.url}/a.html", "page"), (f"{site.url}/b.html", "page")]


def test_ingest_fetch_retries_5xx_with_exponential_backoff(site: Site) -> None:
    fake = FakeTime()
    with local_fetcher(fake, backoff=1.0) as fetcher:
        page = fetcher.fetch(f"{site.url}/flaky", max_bytes=MAX)
    assert page.data == CHECKPOINT
    assert site.counts["/flaky"] == 3
    assert fake.sleeps == [1.0, 2.0]


def test_ingest_fetch_gives_up_after_the_attempts(site: Site) -> None:
    fake = FakeTime()
    with local_fetcher(fake, attempts=3) as fetcher:
        found = items([f"{site.url}/down"], fetcher=fetcher)
    assert outline(found) == [(f"{site.url}/down", "FW107")]
    assert rejections(found)[0].reason == "HTTP 503 Service Unavailable, after 3 attempts"
    assert site.counts["/down"] == 3
    assert fake.sleeps == [1.0, 2.0]


@pytest.mark.parametrize(("asked", "slept"), [("2", 2.0), ("120", 5.0)])
def test_ingest_fetch_honours_retry_after_up_to_a_cap(site: Site, asked: str, slept: float) -> None:
    fake = FakeTime()
    with local_fetcher(fake, max_wait=5.0) as fetcher:
        page = fetcher.fetch(f"{site.url}/busy?after={asked}", max_bytes=MAX)
    assert page.data == RAID
    assert fake.sleeps == [slept]


def test_ingest_fetch_time_out_becomes_a_rejection(site: Site) -> None:
    fake = FakeTime()
    started = time.monotonic()
    with local_fetcher(fake, read_timeout=0.2, attempts=2) as fetcher:
        found = items([f"{site.url}/slow"], fetcher=fetcher)
    assert outline(found) == [(f"{site.url}/slow", "FW107")]
    assert "timed out" in rejections(found)[0].reason
    assert site.counts["/slow"] == 2
    assert fake.sleeps == [1.0]
    assert time.monotonic() - started < 3


def test_ingest_fetch_bounds_the_time_of_a_whole_response() -> None:
    fake = FakeTime()

    def drip() -> Iterator[bytes]:
        for _ in range(100):
            fake.now += 5.0  # each chunk arrives within the read time-out, 5 s after the last
            yield b"<p>still coming</p>"

    def handler(request: httpx.Request) -> httpx.Response:
        return no_robots(request) or httpx.Response(200, content=drip())

    with mock_fetcher(handler, fake, allow_private=True, max_time=12.0, attempts=1) as fetcher:
        found = items(["http://news.example/drip"], fetcher=fetcher)
    assert outline(found) == [("http://news.example/drip", "FW107")]
    assert "took more than 12 s" in rejections(found)[0].reason


def test_ingest_fetch_keeps_the_interval_between_requests_to_a_host(site: Site) -> None:
    fake = FakeTime()
    with local_fetcher(fake, min_interval=1.0) as fetcher:
        for name in ("a", "b", "c"):
            fetcher.fetch(f"{site.url}/{name}.html", max_bytes=MAX)
    # robots.txt first, then each page waits its turn
    assert site.requests == ["/robots.txt", "/a.html", "/b.html", "/c.html"]
    assert fake.sleeps == [1.0, 1.0, 1.0]


def test_ingest_fetch_refuses_loopback_without_allow_private(site: Site, tmp_path: Path) -> None:
    listing = tmp_path / "local.urls"
    listing.write_text(f"{site.url}/a.html\n", encoding="utf-8")
    fake = FakeTime()
    with Fetcher(FetchOptions(), clock=fake.clock, sleep=fake.sleep) as fetcher:
        found = items([listing], fetcher=fetcher)
    assert outline(found) == [(f"{site.url}/a.html", "FW109")]
    reason = rejections(found)[0].reason
    assert "127.0.0.1 is a loopback address" in reason
    assert "only public addresses" in reason
    assert site.requests == []  # refused before any connection, robots.txt included


# -- the fetcher against a mock transport ------------------------------------------------------

PUBLIC = {"news.example": ["93.184.216.34"], "other.example": ["93.184.216.35"]}


def resolver(table: dict[str, list[str]]) -> Callable[[str, int], list[str]]:
    def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise OSError(f"unknown host {host}")
        return table[host]

    return resolve


def mock_fetcher(
    handler: Callable[[httpx.Request], httpx.Response],
    fake: FakeTime | None = None,
    table: dict[str, list[str]] | None = None,
    **options: object,
) -> Fetcher:
    fake = fake or FakeTime()
    settings: dict[str, object] = {"min_interval": 0.0}
    settings.update(options)
    return Fetcher(
        FetchOptions(**settings),  # type: ignore[arg-type]
        transport=httpx.MockTransport(handler),
        clock=fake.clock,
        sleep=fake.sleep,
        resolve=resolver(table if table is not None else PUBLIC),
    )


def no_robots(request: httpx.Request) -> httpx.Response | None:
    if request.url.path == "/robots.txt":
        return httpx.Response(404)
    return None


@pytest.mark.parametrize(
    ("host", "table", "says"),
    [
        ("localhost", {"localhost": ["127.0.0.1"]}, "localhost resolves to 127.0.0.1, a loopback"),
        ("intranet.example", {"intranet.example": ["10.0.0.7"]}, "a private address"),
        ("metadata.example", {"metadata.example": ["169.254.169.254"]}, "a link-local address"),
        ("mapped.example", {"mapped.example": ["::ffff:192.168.1.1"]}, "a private address"),
        ("[::1]", {}, "::1 is a loopback address"),
        ("0.0.0.0", {}, "not a unicast address"),
        ("100.64.0.1", {}, "not a public address"),
    ],
)
def test_ingest_fetch_ssrf_guard_refuses_non_public_addresses(
    host: str, table: dict[str, list[str]], says: str
) -> None:
    asked: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request)
        return httpx.Response(200, text="hi")

    with mock_fetcher(handler, table=table) as fetcher:
        found = items([f"http://{host}/x"], fetcher=fetcher)
    assert outline(found) == [(f"http://{host}/x", "FW109")]
    assert says in rejections(found)[0].reason
    assert asked == []


def test_ingest_fetch_ssrf_guard_refuses_a_redirect_to_a_private_address() -> None:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(f"{request.headers['host']}{request.url.path}")
        return no_robots(request) or httpx.Response(
            302, headers={"Location": "http://intranet.example/admin"}
        )

    table = {**PUBLIC, "intranet.example": ["192.168.0.10"]}
    with mock_fetcher(handler, table=table) as fetcher:
        found = items(["http://news.example/story"], fetcher=fetcher)
    assert outline(found) == [("http://news.example/story", "FW109")]
    assert "intranet.example resolves to 192.168.0.10" in rejections(found)[0].reason
    assert asked == ["news.example/robots.txt", "news.example/story"]


@pytest.mark.parametrize(
    ("scheme", "connected_to"),
    [("http", "93.184.216.34"), ("https", "news.example")],  # https: the certificate guards
)
def test_ingest_fetch_plain_http_goes_to_the_address_it_checked(
    scheme: str, connected_to: str
) -> None:
    seen: list[tuple[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers["host"]))
        return no_robots(request) or httpx.Response(200, html=RAID.decode())

    with mock_fetcher(handler) as fetcher:
        page = fetcher.fetch(f"{scheme}://news.example/story", max_bytes=MAX)
    assert seen == [(connected_to, "news.example")] * 2  # robots.txt, then the page
    assert page.url == f"{scheme}://news.example/story"


def test_ingest_fetch_unknown_host_fails_without_retries() -> None:
    def resolve(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    fake = FakeTime()
    fetcher = Fetcher(
        FetchOptions(),
        transport=httpx.MockTransport(lambda request: httpx.Response(200)),
        clock=fake.clock,
        sleep=fake.sleep,
        resolve=resolve,
    )
    with fetcher:
        found = items(["https://no-such-host.example/x"], fetcher=fetcher)
    assert outline(found) == [("https://no-such-host.example/x", "FW107")]
    assert rejections(found)[0].reason == "no such host: no-such-host.example"
    assert fake.sleeps == []


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://news.example/x", "javascript:alert(1)", "data:,hi"]
)
def test_ingest_fetch_refuses_schemes_other_than_http(url: str) -> None:
    with mock_fetcher(lambda request: httpx.Response(200)) as fetcher:
        found = items([url], fetcher=fetcher)
    assert [r.code for r in rejections(found)] == ["FW109"]


def test_ingest_fetch_stops_after_five_redirects() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        step = int(request.url.path.strip("/")) + 1
        return httpx.Response(302, headers={"Location": f"/{step}"})

    with mock_fetcher(handler, allow_private=True) as fetcher:
        found = items(["http://news.example/0"], fetcher=fetcher)
    assert outline(found) == [("http://news.example/0", "FW107")]
    assert rejections(found)[0].reason == "more than 5 redirects"


def test_ingest_fetch_stops_reading_at_max_bytes() -> None:
    sent: list[int] = []

    def chunks() -> Iterator[bytes]:
        for _ in range(1000):
            sent.append(1)
            yield b"<p>" + b"x" * 1000 + b"</p>"

    def handler(request: httpx.Request) -> httpx.Response:
        return no_robots(request) or httpx.Response(
            200, headers={"Content-Type": "text/html"}, content=chunks()
        )

    with mock_fetcher(handler, allow_private=True) as fetcher:
        found = items(["http://news.example/huge"], fetcher=fetcher, max_bytes=10_000)
    assert outline(found) == [("http://news.example/huge", "FW103")]
    assert len(sent) < 20


@pytest.mark.parametrize(
    ("status", "text", "allowed"),
    [
        (404, "", True),
        (403, "", True),
        (503, "", False),
        (None, "", True),  # unreachable
        (200, "User-agent: forcewatch\nDisallow: /\n", False),
        (200, "User-agent: otherbot\nDisallow: /\n", True),
    ],
    ids=["404", "403", "503", "unreachable", "disallows-us", "disallows-others"],
)
def test_ingest_fetch_robots_txt_outcomes(status: int | None, text: str, allowed: bool) -> None:
    asked: Counter[str] = Counter()

    def handler(request: httpx.Request) -> httpx.Response:
        asked[request.url.path] += 1
        if request.url.path == "/robots.txt":
            if status is None:
                raise httpx.ConnectError("connection refused")
            return httpx.Response(status, text=text)
        return httpx.Response(200, html=RAID.decode())

    with mock_fetcher(handler, allow_private=True) as fetcher:
        found = items(["http://news.example/a", "http://news.example/b"], fetcher=fetcher)
    expected = "page" if allowed else "FW108"
    assert [code for _, code in outline(found)] == [expected, expected]
    assert asked["/a"] == asked["/b"] == (1 if allowed else 0)
    # asked once per run; a 5xx is tried again like a page, an unreachable robots.txt is not
    assert asked["/robots.txt"] == (3 if status == 503 else 1)
    if status == 503:
        assert "off-limits for this run" in rejections(found)[0].reason


def test_ingest_fetch_rate_limit_is_per_host_and_follows_crawl_delay() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            delay = "3" if request.url.host == "other.example" else "0"
            return httpx.Response(200, text=f"User-agent: *\nCrawl-delay: {delay}\n")
        return httpx.Response(200, html=RAID.decode())

    fake = FakeTime()
    with mock_fetcher(handler, fake, allow_private=True, min_interval=1.0) as fetcher:
        for url in (
            "http://news.example/1",  # robots.txt, then a 1 s wait
            "http://other.example/1",  # another host: robots.txt at once, then a 3 s wait
            "http://news.example/2",  # its 1 s went by while other.example waited
            "http://other.example/2",  # crawl-delay 3 s
        ):
            fetcher.fetch(url, max_bytes=MAX)
    assert fake.sleeps == [1.0, 3.0, 3.0]


def test_ingest_fetch_options_are_checked() -> None:
    with pytest.raises(UsageError, match="attempts"):
        FetchOptions(attempts=0)
    with pytest.raises(UsageError, match="min_interval"):
        FetchOptions(min_interval=-1)


def test_ingest_file_name_not_utf8_is_a_rejection(tmp_path: Path) -> None:
    import os

    from forcewatch.pipeline.ingest import ingest
    from forcewatch.settings import Settings
    from forcewatch.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    body = "Funcionarios de la Policía mataron a dos hombres en Petare, estado Miranda."
    try:
        with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as latin1_name:
            latin1_name.write(body.encode())
    except OSError:
        pytest.skip("this file system refuses file names that are not UTF-8")
    (folder / "z.txt").write_text(body.replace("dos", "tres"), encoding="utf-8")

    [refused, good] = iter_items([str(folder)], max_bytes=10_000)
    assert refused.rejection is not None and good.page is not None
    assert refused.rejection.item == f"{folder}/caf\\xe9.txt"
    assert refused.rejection.code == "FW105" and "not valid UTF-8" in refused.rejection.reason

    store = Store.open(str(tmp_path / "db.sqlite"))
    counts = ingest([str(folder)], store, settings=Settings())
    assert (counts.read, counts.new, counts.rejected) == (2, 1, 1)
    assert [r.item for r in store.rejections()] == [f"{folder}/caf\\xe9.txt"]
    store.close()
