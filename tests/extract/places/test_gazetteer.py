"""forcewatch.extractor.places.gazetteer: loading, lookup, shipped data and GeoNames dumps."""

from __future__ import annotations

import gzip
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from forcewatch.extractor.places import (
    ADMIN1_ALIASES,
    CITY_ALIASES,
    DATA_FILE,
    EXTRA_FILE,
    Gazetteer,
    default_gazetteer,
    load_geonames_dump,
)
from forcewatch.extractor.places.gazetteer import ukrainian_national
from forcewatch.extractor.places.patterns import MASK_ADMIN1, MASK_CITY, MASK_KINDS
from tests.extract.places.conftest import SEED

# ---- resolve --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "admin1", "kind", "code"),
    [
        ("Miranda", "VE", None, "admin1", "VE-M"),
        ("Guerrero", None, None, "admin1", "MX-GRO"),
        ("São Paulo", None, None, "city", "BR-SP"),
        ("Sao Paulo", "BR", None, "city", "BR-SP"),
        ("Mérida", "VE", None, "city", "VE-L"),
        ("Mérida", "MX", None, "city", "MX-YUC"),
        ("Libertador", "VE", "VE-L", "admin2", "VE-L"),
        ("Bulacan", "PH", None, "admin1", "PH-BUL"),
        ("Pristina", None, None, "city", None),
        ("México", None, None, "country", None),
        ("Brasil", None, None, "country", None),
        # cities500 lacks them: the shipped extra file
        ("El Alto", None, None, "city", "BO-L"),
        ("Kibera", None, None, "city", "KE-30"),
        ("Khayelitsha", None, None, "city", "ZA-WC"),
        ("Tondo", "PH", None, "city", "PH-00"),
        # GeoNames' "Bacolod City": the news' "Bacolod" is the big city, not the village
        ("Bacolod", "PH", None, "city", "PH-NEC"),
        ("Marawi", None, None, "city", "PH-LAS"),
        # ... but a province keeps its name: "Quezon" is never Quezon City (NCR)
        ("Quezon", "PH", None, "city", "PH-BUK"),
        ("Iguala", None, None, "city", "MX-GRO"),
    ],
)
def test_places_resolve_names(
    gaz: Gazetteer, name: str, country: str | None, admin1: str | None, kind: str, code: str | None
) -> None:
    hit = gaz.resolve(name, country=country, admin1=admin1)
    assert hit is not None
    assert (hit.kind, hit.admin1, hit.text) == (kind, code, name)


def test_places_resolve_unknown_is_none(gaz: Gazetteer) -> None:
    assert gaz.resolve("Xyzzyville") is None
    assert gaz.resolve("El Junquito") is None  # below cities500: needs a GeoNames dump


def test_places_kosovo_is_xk(gaz: Gazetteer) -> None:
    hit = gaz.resolve("Kosovo")
    assert hit is not None and hit.country == "XK"
    city = gaz.resolve("Pristina")
    assert city is not None and city.country == "XK" and city.admin1_name == "Pristina"


# ---- data -------------------------------------------------------------------------------------


def test_places_default_gazetteer_is_cached() -> None:
    assert default_gazetteer() is default_gazetteer()


def test_places_shipped_data_is_small() -> None:
    assert DATA_FILE.exists() and EXTRA_FILE.exists()
    assert DATA_FILE.stat().st_size < 6 * 1024 * 1024  # cities500 of every country: 4.4 MB


def test_places_aliases_point_at_known_places(gaz: Gazetteer) -> None:
    for alias, country, _ in CITY_ALIASES:
        hit = gaz.resolve(alias, country=country)
        # a city named like its own first-level division (Jenin) resolves to the division alone
        assert hit is not None, alias
        assert hit.kind == "city" or (hit.kind == "admin1" and hit.country == country), alias
    for key in ADMIN1_ALIASES:
        assert key in gaz.admin1, key


LISTED_COUNTRIES = [
    *("VE", "MX", "BR", "CO", "US", "AR", "CL", "PE", "EC", "SV", "HN", "GT"),
    *("NI", "BO", "PY", "UY", "PH", "NG", "KE", "IN", "ZA", "PT", "MZ", "AO"),
]


@pytest.mark.parametrize(
    "country",
    LISTED_COUNTRIES,
)
def test_places_listed_countries_have_searchable_admin1(gaz: Gazetteer, country: str) -> None:
    units = [a for a in gaz.admin1.values() if a.country == country and a.code]
    assert len(units) >= 9
    assert all(a.code is not None and a.code.startswith(country + "-") for a in units)
    assert any(gaz.resolve(a.name, country=country) is not None for a in units)


# ---- the index's tables ------------------------------------------------------------------------


def test_places_tables_give_back_their_rows(tmp_path: Path) -> None:
    """Cities and divisions are kept in columns, the cities of a name in ``known``'s values: the
    rows, their order by population and a division without a centroid come back as written."""
    data = tmp_path / "gazetteer.tsv"
    rows = [
        "K\tVE\tVenezuela\t8.0\t-66.0\tVenezuela",
        "A\tVE-M\tVE\tMiranda\t10.2\t-66.6\t\t\t1\t",
        "C\tSan José\tVE\tVE-M\t500\t10.1\t-66.1\t\t",
        "C\tTōkyō Ōsaka 東京\tVE\t\t0\t10.3\t-66.3\t\t",
        "C\tSan Jose\tVE\tVE-M\t90000\t10.2\t-66.2\t\t",
        "C\tPetare\tVE\tVE-M\t0\t10.48\t-66.81\t\t",
        "C\t—\tVE\t\t0\t10.0\t-66.0\t\t",  # a name that folds to nothing
        "D\tMunicipio Sucre\tVE\tVE-M\t\t\t",
        "D\tMunicipio Sucre\tVE\t\t10.9\t-63.1\t120",
    ]
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    gaz = Gazetteer([data])
    assert len(gaz.cities) == 5 and len(gaz.admin2) == 2
    assert gaz.cities[1] == ("Tōkyō Ōsaka 東京", "VE", "", 0, 10.3, -66.3)
    names = [c.name for c in gaz.cities]
    assert names == ["San José", "Tōkyō Ōsaka 東京", "San Jose", "Petare", "—"]
    assert list(gaz.city_idx.get("san jose")) == [2, 0]  # the most populous first
    assert list(gaz.city_idx.get("petare")) == [3]
    assert gaz.city_idx.get("miranda") == () and gaz.known["miranda"] & MASK_KINDS == MASK_ADMIN1
    assert gaz.known["san jose"] & MASK_KINDS == MASK_CITY
    assert gaz.known.get("", 0) & MASK_KINDS == 0 and gaz.find("Police in — said") == []
    assert gaz.admin2[0] == ("Municipio Sucre", "VE", "VE-M", None, None, 0)
    assert gaz.admin2[1] == ("Municipio Sucre", "VE", "", 10.9, -63.1, 120)
    assert list(gaz.admin2_core["sucre"]) == [0, 1] and "municipio sucre" in gaz.admin2_full
    hit = gaz.resolve("San Jose", admin1="VE-M")
    assert hit is not None and (hit.kind, hit.population) == ("city", 90000)


# ---- GeoNames dumps ---------------------------------------------------------------------------


def geonames_row(
    gid: str, name: str, alternates: str, lat: str, lon: str, feature: str, admin: str, pop: str
) -> str:
    """One line of a GeoNames country dump (19 tab-separated columns)."""
    fclass, fcode = feature.split(".")
    a1, _, a2 = admin.partition(".")
    cols = [gid, name, name, alternates, lat, lon, fclass, fcode, "VE", "", a1, a2, "", ""]
    return "\t".join([*cols, pop, "", "", "America/Caracas", "2020-01-01"])


GEONAMES_DUMP = "\n".join(
    [
        geonames_row(
            "1", "El Junquito", "Junquito,Эль-Хункито", "10.46", "-67.08", "P.PPL", "15", "0"
        ),
        geonames_row("2", "Caracas", "", "10.48801", "-66.87919", "P.PPLC", "25", "3000000"),
        geonames_row("3", "Municipio Los Salias", "", "10.36", "-66.98", "A.ADM2", "15.1509", "0"),
        geonames_row("4", "Some Mountain", "", "10.3", "-67.0", "T.MT", "15", "0"),
    ]
)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FORCEWATCH_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("FORCEWATCH_CACHE_DIR", str(tmp_path / "cache"))  # not the user's cache
    default_gazetteer.cache_clear()
    yield tmp_path / "userdata"
    default_gazetteer.cache_clear()


@pytest.mark.parametrize("packed", ["txt", "zip"])
def test_places_geonames_dump_is_imported(tmp_path: Path, data_dir: Path, packed: str) -> None:
    dump = tmp_path / "VE.txt"
    dump.write_text(GEONAMES_DUMP + "\n", encoding="utf-8")
    if packed == "zip":
        with zipfile.ZipFile(tmp_path / "VE.zip", "w") as zf:
            zf.write(dump, "VE.txt")
            zf.writestr("readme.txt", "GeoNames")
        dump = tmp_path / "VE.zip"

    stored = load_geonames_dump(dump)

    assert stored.parent == data_dir / "gazetteer" and stored.name == "geonames-VE.tsv.gz"
    with gzip.open(stored, "rt", encoding="utf-8") as fh:
        rows = fh.read().splitlines()
    assert rows[0] == "#covers\tVE"
    assert sum(r.startswith("C\t") for r in rows) == 2  # the mountain is not a place
    gaz = default_gazetteer()
    hit = gaz.resolve("El Junquito")
    assert hit is not None and hit.kind == "city"
    assert (hit.country, hit.admin1, hit.admin1_name) == ("VE", "VE-M", "Miranda")
    assert gaz.resolve("Junquito", country="VE") is not None  # alternate names are kept
    loc = gaz.locate(SEED, "en")
    assert loc is not None
    assert (loc.place, loc.admin1, loc.geo_precision) == ("El Junquito", "VE-M", 1)
    assert (loc.lat, loc.lon) == (10.46, -67.08)
    unit = gaz.resolve("Los Salias", country="VE")
    assert unit is not None and unit.kind == "admin2" and unit.admin1 == "VE-M"
    default_gazetteer.cache_clear()  # the next process reads the index with the dump's places
    hit = default_gazetteer().resolve("El Junquito")
    assert hit is not None and hit.admin1 == "VE-M"


def test_places_geonames_dump_target_dir(tmp_path: Path, data_dir: Path) -> None:
    dump = tmp_path / "VE.txt"
    dump.write_text(GEONAMES_DUMP + "\n", encoding="utf-8")
    stored = load_geonames_dump(dump, target_dir=tmp_path / "elsewhere")
    assert stored == tmp_path / "elsewhere" / "gazetteer" / "geonames-VE.tsv.gz"
    gaz = Gazetteer([DATA_FILE, stored])
    assert gaz.resolve("El Junquito") is not None
    assert default_gazetteer().resolve("El Junquito") is None  # not in the user data dir


def test_places_geonames_dump_rejects_other_files(tmp_path: Path, data_dir: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("not a dump\n", encoding="utf-8")
    with pytest.raises(ValueError, match="GeoNames"):
        load_geonames_dump(bad)


@pytest.mark.parametrize(
    ("geonames", "news"),
    [
        ("Zaporizhzhya", "Zaporizhzhia"),
        ("Mykolayiv", "Mykolaiv"),
        ("Avdiyivka", "Avdiivka"),
        ("Kup'yans'k", "Kupiansk"),
        ("Kryvyy Rih", "Kryvyi Rih"),
        ("Hulyaypole", "Huliaipole"),
        ("Kharkiv", "Kharkiv"),
        ("Yasynuvata", "Yasynuvata"),
    ],
)
def test_ukrainian_names_in_the_national_romanisation(geonames: str, news: str) -> None:
    assert ukrainian_national(geonames) == news
