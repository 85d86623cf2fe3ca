"""End to end in a real browser: Playwright driving Debian's chromium against `forcewatch serve`
on loopback, with the example reports. An analyst logs in, filters, verifies, edits a count with a
reason and sees it in the history, joins two incidents and splits them again, brings back a report
judged irrelevant, exports the filtered CSV, and looks at the map and the charts. Screenshots of
the main pages go to docs/screenshots/ (shown in the README).

Skipped when /usr/bin/chromium is absent (`apt-get install -y chromium`; .ci/run installs it)."""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from forcewatch.cli import main
from forcewatch.store import Store
from forcewatch.store.users import add_user
from forcewatch.web.app import WebOptions, create_app
from tests.conftest import EXAMPLES, ROOT

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "docs" / "screenshots"
PASSWORD = "correct horse battery"

if not CHROMIUM.exists() and os.environ.get("FORCEWATCH_REQUIRE_BROWSER"):
    raise RuntimeError("FORCEWATCH_REQUIRE_BROWSER is set but /usr/bin/chromium is absent")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    db = str(tmp_path_factory.mktemp("browser") / "browser.sqlite")
    assert main(["--db", db, "ingest", str(EXAMPLES)]) == 0
    store = Store.open(db)
    add_user(store, "ana", PASSWORD, "analyst")
    add_user(store, "adam", PASSWORD, "admin")
    port = _free_port()
    config = uvicorn.Config(
        create_app(store, WebOptions()), host="127.0.0.1", port=port, log_level="warning"
    )
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if uv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


def test_web_browser_an_analysts_session(server: str, browser: object) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1360, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    failed: list[tuple[int, str]] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("response", lambda r: failed.append((r.status, r.url)) if r.status >= 400 else None)

    # log in
    page.goto(f"{server}/incidents")
    expect(page).to_have_url(re.compile(r"/login"))
    page.fill("input[name=name]", "ana")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("Incidents")

    # filter the list
    page.fill("input[name=country]", "Venezuela")
    page.select_option("select[name=sort]", "-killed")
    page.click("form.filters button[type=submit]")
    expect(page).to_have_url(re.compile(r"country=Venezuela"))
    summary = page.locator("p.summary strong").inner_text()
    shown, total = (int(n) for n in re.findall(r"\d+", summary))
    assert 0 < shown <= total
    page.screenshot(path=SHOTS / "incidents.png", full_page=False)

    # open the incident with most killed, verify it
    page.locator("table.list tbody tr td:first-child a").first.click()
    expect(page.locator("h1")).to_contain_text("Incident")
    incident_url = page.url
    first_id = int(incident_url.rsplit("/", 1)[1])
    page.click("form[action$='/status'] button[value=verified]")
    expect(page.locator("h1 .status")).to_have_text("verified")

    # edit a count with a reason; the audit entry appears
    page.fill("input[name=killed_low]", "20")
    page.fill("input[name=killed_best]", "21")
    page.fill("input[name=killed_high]", "23")
    page.fill("form.edit input[name=why]", "count on the NGO's list of names")
    page.click("form.edit button[type=submit]")
    history = page.locator("table.history")
    expect(history).to_contain_text("killed_best")
    expect(history).to_contain_text("count on the NGO's list of names")
    expect(page.locator("td.big")).to_contain_text("20-23 (best 21)")
    expect(history).not_to_contain_text("allegations")  # untouched fields are not edits
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=SHOTS / "incident.png", full_page=False)

    # a refused value says why and stores nothing
    page.fill("input[name=date]", "2018-02-30")
    page.fill("form.edit input[name=why]", "typo")
    page.click("form.edit button[type=submit]")
    expect(page.locator("p.error")).to_contain_text("does not exist")

    # join another incident into this one, then split it off again
    page.goto(f"{server}/incidents?country=VE&sort=-killed")
    second_id = int(page.locator("table.list tbody tr td:first-child a").nth(1).inner_text())
    page.goto(incident_url.rsplit("/", 1)[0] + f"/{second_id}")
    joined = page.locator("article.source").count()  # the other incident's sources come along
    assert joined >= 1
    page.goto(incident_url)
    sources_before = page.locator("article.source").count()
    page.fill("input[name=others]", str(second_id))
    page.click("form[action$='/join'] button")
    expect(page.locator("article.source")).to_have_count(sources_before + joined)
    expect(page.locator("table.history")).to_contain_text("join")
    boxes = page.locator("form[action$='/split'] input[name=mention]")
    boxes.nth(boxes.count() - 1).check()
    page.fill("form[action$='/split'] input[name=why]", "another day")
    page.click("form[action$='/split'] button")
    # (a whole id: Playwright trims the text, so "Incident 6 " would match "Incident 633")
    expect(page.locator("h1")).not_to_have_text(re.compile(rf"\bIncident {first_id}\b"))
    split_id = int(page.url.rsplit("/", 1)[1])
    assert split_id != first_id
    expect(page.locator("article.source")).to_have_count(1)

    # a source page: the report with its spans highlighted
    page.locator("article.source h3 a").first.click()
    expect(page.locator(".report mark").first).to_be_visible()
    page.screenshot(path=SHOTS / "source.png", full_page=False)

    # bring back a report judged irrelevant
    page.goto(f"{server}/irrelevant")
    expect(page.locator("h1")).to_have_text("Reports judged irrelevant")
    page.screenshot(path=SHOTS / "irrelevant.png", full_page=False)
    page.locator("form[action$='/relevant'] button").first.click()
    expect(page.locator("table.history")).to_contain_text("relevant")

    # export the filtered list as CSV
    page.goto(f"{server}/incidents?country=VE")
    listed = int(re.findall(r"\d+", page.locator("p.summary strong").inner_text())[1])
    with page.expect_download() as download:
        page.click("text=CSV")
    csv_path = Path(download.value.path())
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("event_id") or "," in lines[0]
    assert len(lines) - 1 == listed

    # the review queue, with the keyboard
    page.goto(f"{server}/queue")
    expect(page.locator("tr.current")).to_have_count(1)
    page.keyboard.press("j")
    current = page.locator("tr.current")
    row_id = current.get_attribute("id")
    page.screenshot(path=SHOTS / "queue.png", full_page=False)
    page.keyboard.press("v")
    expect(page.locator(f"#{row_id}")).to_contain_text("verified")

    # the map: country shapes from the package, circles for located incidents
    page.goto(f"{server}/map")
    expect(page.locator("#map-summary")).to_contain_text("located incidents")
    assert page.locator("path.leaflet-interactive").count() > 100
    page.screenshot(path=SHOTS / "map.png", full_page=False)

    # the charts
    page.goto(f"{server}/dashboard")
    page.wait_for_function(
        "() => document.querySelectorAll('canvas').length === 2 && window.Chart && "
        "Object.keys(Chart.instances).length === 2"
    )
    page.screenshot(path=SHOTS / "dashboard.png", full_page=False)

    # no script error, no CSP violation; the one failed request is the refused edit
    assert [(status, url.rsplit("/", 1)[1]) for status, url in failed] == [(400, "edit")]
    assert [p for p in problems if not p.startswith("Failed to load resource")] == [], problems
    context.close()


def test_web_browser_admin_settings(server: str, browser: object) -> None:
    """An admin opens the public mode and renames the site at /settings; a visitor who is not
    logged in then reads the list under the new name; the change is in the history."""
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{server}/login")
    page.fill("input[name=name]", "adam")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.click("nav >> text=Settings")
    expect(page.locator("h1")).to_have_text("Settings")
    page.check("input[name=public]")
    page.fill("input[name=site_name]", "Monitor de Venezuela")
    page.fill("form.edit input[name=why]", "publish the verified incidents")
    page.click("form.edit button[type=submit]")
    history = page.locator("table.history")
    expect(history).to_contain_text("publish the verified incidents")
    expect(history).to_contain_text("Monitor de Venezuela")
    expect(page.locator("a.brand")).to_have_text("Monitor de Venezuela")
    page.screenshot(path=SHOTS / "settings.png", full_page=False)
    visitor = browser.new_context().new_page()
    visitor.goto(f"{server}/incidents")
    expect(visitor.locator("h1")).to_have_text("Incidents")  # no login asked: public
    expect(visitor).to_have_title(re.compile("Monitor de Venezuela"))
    # and back to private
    page.uncheck("input[name=public]")
    page.fill("form.edit input[name=why]", "review first")
    page.click("form.edit button[type=submit]")
    expect(page.locator("table.history")).to_contain_text("review first")
    visitor.goto(f"{server}/incidents")
    expect(visitor).to_have_url(re.compile(r"/login"))
    context.close()
