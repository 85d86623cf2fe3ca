"""The command line: output shapes, and one clear line for every input it refuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from forcewatch.cli import main

GOLD_EN = Path(__file__).parent / "gold" / "en.jsonl"

REPORT = (
    "CARACAS, 3 mar (Agencia) – Funcionarios de la Policía Nacional Bolivariana mataron el "
    "pasado martes a dos hombres durante un allanamiento en el barrio La Cañada, estado Zulia, "
    "según denunciaron sus familiares, que hablan de una ejecución extrajudicial.\n"
)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_extract_one_report_prints_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nota.txt"
    path.write_text(REPORT, encoding="utf-8")
    code, out, _ = run(["extract", str(path), "--published", "2024-03-03"], capsys)
    assert code == 0
    payload = json.loads(out)
    assert payload["schema_version"] == "1.0"
    assert payload["source"] == {"path": str(path)}
    assert payload["document"]["language"] == "es"
    [incident] = [m for m in payload["mentions"] if m["kind"] == "incident"]
    assert incident["killed"]["low"] == 2
    assert incident["date"] == "2024-02-27"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n  ", "empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        ("blob.bin", bytes(range(256)) * 8, "binary"),
        ("notext.json", b'{"url": "https://example.org/a", "published": "2024-01-01"}', '"text"'),
        ("broken.json", b'{"text": "unterminated', "not valid JSON"),
    ],
)
def test_cli_refuses_bad_input_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(["extract", str(path)], capsys)
    assert code != 0
    assert out == ""
    [line] = err.strip().splitlines()
    assert str(path) in line and problem in line


def test_cli_refuses_a_file_above_the_size_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    code, _, err = run(["extract", str(path)], capsys)
    assert code != 0
    [line] = err.strip().splitlines()
    assert str(path) in line and "above the 50 MB limit" in line


def test_cli_batch_goes_on_past_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(REPORT.replace("dos hombres", "tres hombres"), encoding="utf-8")
    code, out, err = run(["extract", str(tmp_path)], capsys)
    assert code == 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert [Path(line["source"]["path"]).name for line in lines] == ["a.txt", "b.txt", "c.txt"]
    assert "rejection" in lines[1] and lines[1]["rejection"]["code"] == "FW101"
    assert "empty" in err


def test_cli_bad_published_date_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(REPORT, encoding="utf-8")
    code, _, err = run(["extract", str(path), "--published", "not a date"], capsys)
    assert code == 2
    assert "--published" in err


def test_cli_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", "/nonexistent/report.txt"], capsys)
    assert code == 1
    assert "no such file" in err


def test_cli_stdin_and_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "forcewatch.cli", "extract", "-", "--format", "table"],
        input=REPORT.encode(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert "Traceback" not in done.stderr.decode()
    assert "VE-" in done.stdout.decode() or "VE" in done.stdout.decode()
    empty = subprocess.run(
        [sys.executable, "-m", "forcewatch.cli", "extract", "-"],
        input=b"",
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert empty.returncode == 1
    assert "Traceback" not in empty.stderr.decode()
    assert empty.stderr.decode().count("\n") == 1


def test_cli_jobs_process_pool_keeps_input_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for n, count in enumerate(["dos", "tres", "cuatro", "cinco"]):
        (tmp_path / f"r{n}.txt").write_text(REPORT.replace("dos hombres", f"{count} hombres"))
    code, out, _ = run(["extract", str(tmp_path), "--jobs", "2"], capsys)
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [Path(x["source"]["path"]).name for x in lines] == [
        "r0.txt",
        "r1.txt",
        "r2.txt",
        "r3.txt",
    ]
    killed = [
        next(m for m in x["mentions"] if m["kind"] == "incident")["killed"]["low"] for x in lines
    ]
    assert killed == [2, 3, 4, 5]


def test_cli_table_of_the_examples(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import EXAMPLES

    code, out, _ = run(["extract", str(EXAMPLES / "es"), "--format", "table"], capsys)
    assert code == 0
    assert out.splitlines()[0].split()[:3] == ["report", "date", "place"]
    assert "es_junquito_a.txt" in out and "not relevant" in out


def test_cli_eval_help_and_options_before_the_gold_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["eval", "--help"]) == 0
    assert "usage: forcewatch eval" in capsys.readouterr().out
    assert main(["eval", "--json", "--limit", "1", str(GOLD_EN)]) == 0
    assert json.loads(capsys.readouterr().out)["items"] == 1


def test_cli_incidents_table_clips_long_places_visibly() -> None:
    from forcewatch.cli.db import incidents_table
    from forcewatch.records import Incident

    long_place = "Sapopema do Igarapé, Zona Leste de Manaus"
    table = incidents_table([Incident(id=7, place=long_place, forces=["police"])])
    header, row = table.splitlines()
    assert "Sapopema do Igarapé, Zona L…" in row and long_place not in row
    assert not header.endswith(" ") and not row.endswith(" ")
