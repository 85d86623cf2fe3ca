"""Offline gazetteer: place mentions in en/es/pt reports, and the place of the incident.

:meth:`Gazetteer.find` lists every place mention: countries, first- and second-level divisions,
cities, and localities that the gazetteer does not know but a cue gives away ("comunidad de X",
"favela X", "X neighborhood"). :meth:`Gazetteer.locate` combines them into one :class:`Location`
following DESIGN.md's place rules.

The package, by the flow of the data:

    model       PlaceHit, Location and the records below them
    patterns    word tables (read from data/) and regular expressions
    tokens      the text cut into tokens once, with what each token's surroundings say
    gazetteer   loading (shipped data, imported GeoNames dumps), lookup, hit constructors
    cache       the built index kept between processes in the user cache directory
    finder      every place mention of a text (the heuristics)
    locate      the incident's place among them
"""

from __future__ import annotations

from forcewatch.extractor.places.gazetteer import (
    DATA_DIR_ENV,
    DATA_FILE,
    EXTRA_FILE,
    Gazetteer,
    data_dir,
    default_gazetteer,
    load_geonames_dump,
    user_dump_files,
)
from forcewatch.extractor.places.model import Location, PlaceHit, PlaceKind
from forcewatch.extractor.places.patterns import (
    ADMIN1_ALIASES,
    CITY_ALIASES,
    COUNTRY_ALIASES,
    QUALIFIER_ABBREVIATIONS,
)
from forcewatch.text import fold

__all__ = [
    "ADMIN1_ALIASES",
    "CITY_ALIASES",
    "COUNTRY_ALIASES",
    "DATA_DIR_ENV",
    "DATA_FILE",
    "EXTRA_FILE",
    "QUALIFIER_ABBREVIATIONS",
    "Gazetteer",
    "Location",
    "PlaceHit",
    "PlaceKind",
    "data_dir",
    "default_gazetteer",
    "fold",
    "load_geonames_dump",
    "user_dump_files",
]
