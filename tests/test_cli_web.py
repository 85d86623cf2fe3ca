"""The CLI verbs of the review app: users and tokens, reports judged irrelevant, and serve."""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from forcewatch.cli import main
from forcewatch.store import Store
from forcewatch.store.users import authenticate, token_user
from tests.web_fixtures import build


def test_cli_web_user_add_list_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "db.sqlite")
    monkeypatch.setattr("sys.stdin", io.StringIO("a fine long password\n"))
    assert main(["--db", db, "user", "add", "luis", "--role", "viewer", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["--db", db, "user", "add", "eve", "--password-stdin"]) == 2
    assert "at least 10 characters" in capsys.readouterr().err
    assert main(["--db", db, "user", "list"]) == 0
    assert capsys.readouterr().out.split() == ["luis", "viewer"]
    assert main(["--db", db, "user", "token", "luis", "--label", "nightly"]) == 0
    token = capsys.readouterr().out.strip()
    store = Store.open(db)
    user = token_user(store, token)
    assert user is not None and user.name == "luis"
    assert authenticate(store, "luis", "a fine long password").role == "viewer"
    with store.session() as s:  # only hashes are stored
        from forcewatch.store import models

        stored = s.query(models.User).one().password_hash
        assert stored.startswith("$argon2") and "a fine long password" not in stored
        assert token not in {t.token_hash for t in s.query(models.ApiToken)}


def test_cli_web_irrelevant_and_relevant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.sqlite"
    build(db).close()
    assert main(["--db", str(db), "irrelevant", "--format", "json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 1 and lines[0]["reason"] and not lines[0]["relevant"]
    document = lines[0]["id"]
    assert main(["--db", str(db), "relevant", str(document), "--who", "ana"]) == 0
    assert "is in new incident" in capsys.readouterr().err
    assert main(["--db", str(db), "relevant", str(document), "--who", "ana"]) == 2


def test_cli_web_serve_answers_on_loopback(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    build(db).close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [
        sys.executable,
        "-m",
        "forcewatch.cli",
        "--db",
        str(db),
        "serve",
        "--port",
        str(port),
    ]
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(200):
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/incidents", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            pytest.fail("forcewatch serve did not answer")
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login")
        assert httpx.get(f"http://127.0.0.1:{port}/api/incidents").status_code == 401
    finally:
        server.terminate()
        _, err = server.communicate(timeout=20)
    assert f"open http://127.0.0.1:{port}/" in err


@pytest.mark.skipif(not hasattr(socket, "SO_REUSEPORT"), reason="no SO_REUSEPORT")
def test_cli_web_serve_workers_each_listen_and_share_the_connections(tmp_path: Path) -> None:
    """``serve --workers 2``: two processes, each on its own socket, so that a burst of
    connections is spread over both (uvicorn's shared socket gave them all to one)."""
    import re
    import shutil

    db = tmp_path / "db.sqlite"
    build(db).close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-m", "forcewatch.cli", "--db", str(db), "serve"]
    server = subprocess.Popen(
        [*command, "--port", str(port), "--workers", "2"], stderr=subprocess.PIPE, text=True
    )
    try:
        for _ in range(300):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            pytest.fail("forcewatch serve --workers 2 did not answer")
        clients = [httpx.Client(base_url=f"http://127.0.0.1:{port}") for _ in range(16)]
        for _ in range(100):  # until both workers listen
            for client in clients:
                assert client.get("/healthz").status_code == 200
            if shutil.which("ss") is None:
                break
            listed = subprocess.run(
                ["ss", "-tnpH", "state", "established", f"( sport = :{port} )"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            if len(set(re.findall(r"pid=(\d+)", listed))) == 2:
                break
            for client in clients:
                client.close()
            clients = [httpx.Client(base_url=f"http://127.0.0.1:{port}") for _ in range(16)]
            time.sleep(0.1)
        else:
            pytest.fail("the connections all went to one worker")
        for client in clients:
            client.close()
    finally:
        server.terminate()
        server.communicate(timeout=30)
    assert server.returncode == 0
    with socket.socket() as s:  # no worker is left listening on the port
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # closed ones may linger
        s.bind(("127.0.0.1", port))
