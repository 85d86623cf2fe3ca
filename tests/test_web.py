"""The review app through the ASGI test client: pages, API, roles, CSRF, sessions, the login rate
limit, public mode, and report text that stays inert on every page."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete

from forcewatch.review import history, set_status
from forcewatch.store import Store, models
from forcewatch.store.query import IncidentFilter, find_incidents
from forcewatch.store.users import create_token
from forcewatch.web.app import WebOptions, create_app
from tests.web_fixtures import ATTACKS, PASSWORD, active_content, build

PAGES = [
    "/incidents",
    "/incidents?country=Venezuela&sort=-killed",
    "/incidents?q=allanamiento",
    "/queue",
    "/map",
    "/dashboard",
    "/irrelevant",
    "/aggregates",
    "/rejections",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = build(tmp_path_factory.mktemp("web") / "web.sqlite")
    yield store
    store.close()


def client(
    store: Store, user: str | None = None, *, password: str = PASSWORD, **options: object
) -> TestClient:
    web = TestClient(create_app(store, WebOptions(**options)), base_url="http://testserver")  # type: ignore[arg-type]
    if user is not None:
        login(web, user, password)
    return web


def login(web: TestClient, user: str, password: str = PASSWORD) -> int:
    page = web.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token is not None
    answer = web.post(
        "/login",
        data={"name": user, "password": password, "csrf": token.group(1), "next": "/incidents"},
        follow_redirects=False,
    )
    return answer.status_code


def csrf_of(web: TestClient, path: str = "/incidents") -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', web.get(path).text)
    assert found is not None
    return found.group(1)


def incident_ids(store: Store) -> dict[str, int]:
    found = {i.admin1: i.id for i in find_incidents(store, IncidentFilter())}
    return {"junquito": found["VE-M"], "zulia": found["VE-V"]}


def every_page(store: Store) -> list[str]:
    pages = list(PAGES)
    for incident in find_incidents(store, IncidentFilter()):
        pages.append(f"/incidents/{incident.id}")
        for source in incident.sources:
            pages += [f"/documents/{source.document_id}", f"/documents/{source.document_id}/raw"]
    pages += [f"/documents/{d}" for d in range(1, 6)]
    return pages


def test_web_every_page_answers_for_an_analyst(store: Store) -> None:
    web = client(store, "ana")
    for path in every_page(store):
        answer = web.get(path)
        assert answer.status_code == 200, path
        assert "Content-Security-Policy" in answer.headers
    api = ["/api/incidents", "/api/queue", "/api/irrelevant", "/api/aggregates", "/api/rejections"]
    for path in [*api, "/api/map", "/api/indicators?by=admin1", "/api/openapi.json"]:
        assert web.get(path).status_code == 200, path


def test_web_report_text_renders_inert_on_every_page(store: Store) -> None:
    web = client(store, "ana")
    seen_escaped = 0
    for path in every_page(store):
        body = web.get(path).text
        for attack in ATTACKS:
            assert attack not in body, (path, attack)
        assert active_content(body) == [], path
        seen_escaped += "&lt;script&gt;alert" in body
    assert seen_escaped >= 3  # the payload is shown, as text, on the list, source and raw pages
    csp = web.get("/incidents").headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    # every script on a page is a file of this site: no inline script to smuggle into
    for path in ("/incidents", "/map", "/dashboard"):
        for tag in re.findall(r"<script[^>]*>", web.get(path).text):
            assert 'src="/static/' in tag or 'type="application/json"' in tag, tag


def test_web_hostile_values_from_the_api_are_inert(store: Store) -> None:
    web = client(store, "ana")
    zulia = incident_ids(store)["zulia"]
    token = csrf_of(web)
    answer = web.patch(
        f"/api/incidents/{zulia}",
        json={"changes": {"place": '<img src=x onerror=alert(1)>"'}, "why": "<script>alert(1)"},
        headers={"X-CSRF-Token": token},
    )
    assert answer.status_code == 200, answer.text
    for path in ("/incidents", f"/incidents/{zulia}", "/queue"):
        body = web.get(path).text
        assert "<img src=x" not in body and "<script>alert(1)" not in body
        assert active_content(body) == [], path
        assert "&lt;img src=x onerror=alert(1)&gt;" in body


def test_web_anonymous_sees_nothing_in_private_mode(store: Store) -> None:
    web = client(store)
    for path in every_page(store):
        answer = web.get(path, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login"), path
    for path in ("/api/incidents", "/api/incidents/1", "/api/map", "/api/export", "/api/queue"):
        answer = web.get(path)
        assert answer.status_code == 401 and "error" in answer.json(), path
    assert "Verify" not in web.get("/login").text


def test_web_public_mode_shows_only_verified_incidents(store: Store) -> None:
    ids = incident_ids(store)
    set_status(store, ids["junquito"], "verified", who="ana")
    try:
        web = client(store, public=True)
        listed = web.get("/api/incidents").json()
        assert [i["id"] for i in listed["items"]] == [ids["junquito"]]
        assert web.get(f"/incidents/{ids['junquito']}").status_code == 200
        assert web.get(f"/incidents/{ids['zulia']}").status_code == 404
        assert web.get("/api/incidents?status=unreviewed").json()["total"] == 1  # still verified
        assert "history" not in web.get(f"/api/incidents/{ids['junquito']}").json()
        for path in ("/queue", "/irrelevant", "/rejections", "/documents/1/raw"):
            assert web.get(path, follow_redirects=False).status_code == 303, path
        csv = web.get("/export?format=csv").text.splitlines()
        assert len(csv) == 2
        assert (
            web.post(
                f"/api/incidents/{ids['junquito']}/status", json={"status": "rejected"}
            ).status_code
            == 401
        )
    finally:
        set_status(store, ids["junquito"], "unreviewed", who="ana")


def test_web_viewer_cannot_change_anything(store: Store) -> None:
    web = client(store, "vera")
    ids = incident_ids(store)
    token = csrf_of(web)
    forms = {
        f"/incidents/{ids['zulia']}/status": {"status": "verified"},
        f"/incidents/{ids['zulia']}/edit": {"killed_best": "5", "why": "x"},
        f"/incidents/{ids['zulia']}/join": {"others": str(ids["junquito"])},
        f"/incidents/{ids['zulia']}/split": {"mention": "1"},
        "/documents/5/relevant": {"why": "x"},
        "/users": {"name": "eve", "password": "0123456789", "role": "admin"},
    }
    for path, data in forms.items():
        assert web.post(path, data={**data, "csrf": token}).status_code == 403, path
    headers = {"X-CSRF-Token": token}
    api = [
        ("post", f"/api/incidents/{ids['zulia']}/status", {"status": "verified"}),
        ("patch", f"/api/incidents/{ids['zulia']}", {"changes": {"killed_best": 5}, "why": "x"}),
        ("post", f"/api/incidents/{ids['zulia']}/join", {"ids": [ids["junquito"]]}),
        ("post", f"/api/incidents/{ids['zulia']}/split", {"mentions": [1]}),
        ("post", "/api/documents/5/relevant", {"why": "x"}),
    ]
    for method, path, body in api:
        assert web.request(method, path, json=body, headers=headers).status_code == 403, path
    assert history(store, ids["zulia"]) == [] or all(
        e.who != "vera" for e in history(store, ids["zulia"])
    )
    assert "Save changes" not in web.get(f"/incidents/{ids['zulia']}").text


def test_web_missing_or_wrong_csrf_refused(store: Store) -> None:
    web = client(store, "ana")
    zulia = incident_ids(store)["zulia"]
    before = len(history(store, zulia))
    for data in ({"status": "verified"}, {"status": "verified", "csrf": "forged"}):
        assert web.post(f"/incidents/{zulia}/status", data=data).status_code == 403
    assert (
        web.post(f"/api/incidents/{zulia}/status", json={"status": "verified"}).status_code == 403
    )
    assert len(history(store, zulia)) == before
    fresh = TestClient(create_app(store))
    answer = fresh.post(
        "/login", data={"name": "ana", "password": PASSWORD}, follow_redirects=False
    )
    assert answer.status_code == 403


@pytest.fixture
def no_failed_logins(store: Store) -> Iterator[None]:
    """The failed logins are in the database the module's tests share: none before, none after."""
    with store.session(write=True) as s:
        s.execute(delete(models.LoginFailure))
    yield
    with store.session(write=True) as s:
        s.execute(delete(models.LoginFailure))


@pytest.mark.usefixtures("no_failed_logins")
def test_web_login_is_rate_limited(store: Store) -> None:
    web = client(store)
    codes = [login(web, "ana", "wrong password!") for _ in range(6)]
    assert codes[:5] == [401] * 5 and codes[5] == 429
    assert login(web, "ana") == 429  # even the right password waits
    token = re.search(r'name="csrf" value="([^"]+)"', web.get("/login").text)
    assert token is not None
    data = {"name": "adam", "password": PASSWORD, "csrf": token.group(1)}
    limited = web.post("/login", data=data)  # another name, the same address
    assert limited.status_code == 429 and "try again in" in limited.text
    assert int(limited.headers["Retry-After"]) > 0


@pytest.mark.usefixtures("no_failed_logins")
def test_web_login_rate_limit_holds_across_server_processes(store: Store) -> None:
    """Failures made through other processes count: two apps on their own connections, and
    another Python process, share one limit (``serve --workers 4`` gives a guesser no more
    tries than one worker)."""
    url = store.url
    other = Store.open(url, pooled=True)
    first, second = client(store), client(other)
    assert [login(first, "ana", "wrong password!") for _ in range(2)] == [401, 401]
    assert [login(second, "ana", "wrong password!") for _ in range(2)] == [401, 401]
    script = (
        "import sys; from forcewatch.store import Store; from forcewatch.web.security import "
        "LoginLimiter; LoginLimiter(Store.open(sys.argv[1])).failed('ip:elsewhere', 'user:ana')"
    )
    subprocess.run([sys.executable, "-c", script, url], check=True, timeout=60)
    assert login(first, "ana") == 429 and login(second, "ana") == 429
    # the address has four failures here, one short of its limit: another name still gets in
    assert login(second, "adam") == 303
    other.close()


def test_web_session_cookie_flags(store: Store) -> None:
    plain = TestClient(create_app(store), base_url="http://testserver")
    login(plain, "ana")
    https = TestClient(create_app(store), base_url="https://testserver")
    page = https.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token is not None
    answer = https.post(
        "/login",
        data={"name": "ana", "password": PASSWORD, "csrf": token.group(1)},
        follow_redirects=False,
    )
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" in cookie
    assert "Strict-Transport-Security" in answer.headers
    insecure = TestClient(create_app(store), base_url="http://testserver")
    page = insecure.get("/login")
    assert "Secure" not in page.headers["set-cookie"]


def test_web_api_tokens(store: Store) -> None:
    token = create_token(store, "ana", "tests")
    web = TestClient(create_app(store))
    headers = {"Authorization": f"Bearer {token}"}
    assert web.get("/api/incidents", headers=headers).json()["total"] >= 2
    assert web.get("/api/incidents", headers={"Authorization": "Bearer fw_nope"}).status_code == 401
    zulia = incident_ids(store)["zulia"]
    answer = web.patch(
        f"/api/incidents/{zulia}",
        json={"changes": {"injured_best": 1}, "why": "script"},
        headers=headers,
    )
    assert answer.status_code == 200  # a token needs no CSRF token: it is not a cookie


def test_web_api_edit_validation_and_optimistic_locking(store: Store) -> None:
    web = client(store, "ana")
    headers = {"X-CSRF-Token": csrf_of(web)}
    zulia = incident_ids(store)["zulia"]
    version = web.get(f"/api/incidents/{zulia}").json()["version"]
    bad = web.patch(
        f"/api/incidents/{zulia}",
        json={"changes": {"forces": ["police", "army"]}, "why": "x"},
        headers=headers,
    )
    assert bad.status_code == 400 and "'army' not allowed" in bad.json()["error"]
    first = web.patch(
        f"/api/incidents/{zulia}",
        json={"changes": {"notes": "first"}, "why": "x", "version": version},
        headers=headers,
    )
    assert first.status_code == 200
    second = web.patch(
        f"/api/incidents/{zulia}",
        json={"changes": {"notes": "second"}, "why": "x", "version": version},
        headers=headers,
    )
    assert second.status_code == 409 and "changed since you read it" in second.json()["error"]
    assert web.get(f"/api/incidents/{zulia}").json()["notes"] == "first"


def test_web_edit_form_with_reason_lands_in_the_history(store: Store) -> None:
    web = client(store, "ana")
    zulia = incident_ids(store)["zulia"]
    page = web.get(f"/incidents/{zulia}").text
    version = re.search(r'name="version" value="(\d+)"', page)
    assert version is not None
    token = csrf_of(web)
    refused = web.post(
        f"/incidents/{zulia}/edit",
        data={"csrf": token, "version": version.group(1), "date": "2019-02-30", "why": "typo"},
    )
    assert refused.status_code == 400 and "does not exist" in refused.text
    saved = web.post(
        f"/incidents/{zulia}/edit",
        data={"csrf": token, "version": version.group(1), "killed_high": "4", "why": "NGO list"},
    )
    assert saved.status_code == 200  # followed the redirect to the incident page
    assert "NGO list" in saved.text and "killed_high" in saved.text


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("country=Atlantis", "country 'Atlantis'"),
        ("from=2018-02-30", "does not exist"),
        ("min_killed=-3", "is not"),
        ("force=army", "force 'army'"),
        ("sort=name", "sort 'name'"),
    ],
)
def test_web_bad_filter_is_400_with_a_message(store: Store, query: str, message: str) -> None:
    web = client(store, "ana")
    answer = web.get(f"/api/incidents?{query}")
    assert answer.status_code == 400
    assert message in answer.json()["error"] or query.startswith("min_killed")
    assert web.get(f"/incidents?{query}").status_code == 400


def test_web_list_counts_and_paging(store: Store) -> None:
    web = client(store, "ana")
    assert re.search(r"<strong>\d+ of \d+</strong> incidents", web.get("/incidents").text)
    ordered = web.get("/api/incidents?sort=-killed").json()["items"]
    killed = [i["killed"]["best"] for i in ordered if i["killed"] and i["killed"]["best"]]
    assert killed == sorted(killed, reverse=True)
    assert web.get("/api/incidents?limit=1&offset=1").json()["limit"] == 1


def test_web_login_next_cannot_leave_the_site(store: Store) -> None:
    web = client(store)
    page = web.get("/login?next=//evil.example/x")
    assert 'value="/"' in page.text and "evil.example" not in page.text


def test_web_pages_and_edits_on_postgresql(pg_database: str) -> None:
    store = build(pg_database)
    try:
        web = client(store, "ana")
        for path in every_page(store):
            assert web.get(path).status_code == 200, path
        assert web.get("/api/incidents?country=VEN&q=allanamiento").json()["total"] >= 1
        zulia = incident_ids(store)["zulia"]
        token = csrf_of(web)
        saved = web.patch(
            f"/api/incidents/{zulia}",
            json={"changes": {"killed_high": 5}, "why": "pg"},
            headers={"X-CSRF-Token": token},
        )
        assert saved.status_code == 200, saved.text
        assert web.get(f"/api/incidents/{zulia}/history").json()[-1]["new"] == 5
    finally:
        store.close()
        from sqlalchemy import create_engine, text

        engine = create_engine(pg_database)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        engine.dispose()


def test_web_admin_adds_a_user_and_logout_ends_the_session(store: Store) -> None:
    web = client(store, "adam")
    token = csrf_of(web, "/users")
    added = web.post(
        "/users",
        data={"csrf": token, "name": "nora", "password": "another long password", "role": "viewer"},
        follow_redirects=False,
    )
    assert added.status_code == 303
    assert "nora" in web.get("/users").text
    short = web.post(
        "/users", data={"csrf": token, "name": "x", "password": "short", "role": "viewer"}
    )
    assert short.status_code == 400 and "at least 10 characters" in short.text
    nora = client(store, "nora", password="another long password")
    assert nora.get("/incidents").status_code == 200
    assert nora.post("/logout", data={"csrf": csrf_of(nora)}).status_code == 200
    assert nora.get("/incidents", follow_redirects=False).status_code == 303


def test_web_edit_form_only_checks_the_fields_that_changed(store: Store) -> None:
    from sqlalchemy import update

    from forcewatch.store import models

    web = client(store, "ana")
    junquito = incident_ids(store)["junquito"]
    with store.session() as s:  # a date without a year, as some reports give it
        s.execute(
            update(models.Incident).where(models.Incident.id == junquito).values(date="--01-15")
        )
    page = web.get(f"/incidents/{junquito}").text
    version = re.search(r'name="version" value="(\d+)"', page)
    assert version is not None
    form = {
        "csrf": csrf_of(web),
        "version": version.group(1),
        "lists": "1",
        "date": "--01-15",  # shown as stored, not touched
        "date_precision": "day",
        "notes": "checked the names",
        "why": "names",
    }
    form["forces"] = re.findall(r'name="forces" value="(\w+)" checked', page)  # type: ignore[assignment]
    saved = web.post(f"/incidents/{junquito}/edit", data=form)
    assert saved.status_code == 200 and "checked the names" in saved.text
    fields = [e.field for e in history(store, junquito)]
    assert "notes" in fields and "date" not in fields and "forces" not in fields


@pytest.fixture
def fresh_site(store: Store) -> Iterator[None]:
    """Site settings as the server's flags say, before and after."""
    with store.session(write=True) as s:
        s.execute(delete(models.SiteSetting))
        s.execute(delete(models.SettingChange))
    yield
    with store.session(write=True) as s:
        s.execute(delete(models.SiteSetting))
        s.execute(delete(models.SettingChange))


@pytest.mark.usefixtures("fresh_site")
def test_web_admin_changes_site_settings_with_csrf_and_audit(store: Store) -> None:
    web = client(store, "adam")
    assert "Settings" in web.get("/incidents").text
    token = csrf_of(web, "/settings")
    form = {"csrf": token, "present": "public", "public": "on", "site_name": "Monitor VE"}
    refused = web.post("/settings", data={**form, "why": ""})
    assert refused.status_code == 400 and "say why" in refused.text
    assert web.post("/settings", data={**form, "csrf": "forged", "why": "x"}).status_code == 403
    saved = web.post("/settings", data={**form, "why": "open the verified data"})
    assert saved.status_code == 200
    assert "<title>Settings · Monitor VE</title>" in saved.text
    history = saved.text[saved.text.index('id="history"') :]
    assert "adam" in history and "open the verified data" in history and "Monitor VE" in history
    bad = web.post("/settings", data={**form, "site_name": " ", "why": "oops"})
    assert bad.status_code == 400 and "1-80 characters" in bad.text
    # every other process (here: another app on the database) sees the change
    anonymous = TestClient(create_app(Store.open(store.url)), base_url="http://testserver")
    assert anonymous.get("/incidents").status_code == 200  # public now
    assert "Monitor VE" in anonymous.get("/incidents").text
    off = {**form, "why": "close it again"}
    del off["public"]  # the box unticked
    assert web.post("/settings", data=off).status_code == 200
    anonymous = TestClient(create_app(Store.open(store.url)), base_url="http://testserver")
    assert anonymous.get("/incidents", follow_redirects=False).status_code == 303
    changes = web.get("/api/settings").json()
    assert changes["settings"] == {"public": False, "site_name": "Monitor VE"}
    assert [(c["name"], c["old"], c["new"], c["who"]) for c in changes["history"]] == [
        ("public", True, False, "adam"),
        ("public", False, True, "adam"),
        ("site_name", "forcewatch", "Monitor VE", "adam"),
    ]


@pytest.mark.usefixtures("fresh_site")
def test_web_only_admins_see_or_change_settings(store: Store) -> None:
    for user in ("vera", "ana"):
        web = client(store, user)
        assert "/settings" not in web.get("/incidents").text
        assert web.get("/settings").status_code == 403
        token = csrf_of(web)
        data = {"csrf": token, "site_name": "Mine", "why": "because"}
        assert web.post("/settings", data=data).status_code == 403
        assert web.get("/api/settings").status_code == 403
        body = {"changes": {"site_name": "Mine"}, "why": "because"}
        assert (
            web.patch("/api/settings", json=body, headers={"X-CSRF-Token": token}).status_code
            == 403
        )
    assert client(store).get("/settings", follow_redirects=False).status_code == 303  # log in
    admin = TestClient(create_app(store))
    token = create_token(store, "adam", "settings")
    headers = {"Authorization": f"Bearer {token}"}
    wrong = admin.patch(
        "/api/settings", json={"changes": {"public": "maybe"}, "why": "x"}, headers=headers
    )
    assert wrong.status_code == 400 and "not on or off" in wrong.json()["error"]
    unknown = admin.patch(
        "/api/settings", json={"changes": {"theme": "dark"}, "why": "x"}, headers=headers
    )
    assert unknown.status_code == 400 and "no site setting 'theme'" in unknown.json()["error"]
    assert admin.get("/api/settings", headers=headers).json()["history"] == []
    done = admin.patch(
        "/api/settings", json={"changes": {"public": "on"}, "why": "launch"}, headers=headers
    )
    assert done.json() == {
        "changed": ["public"],
        "settings": {"public": True, "site_name": "forcewatch"},
    }
