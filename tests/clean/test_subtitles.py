"""Subtitle files saved as reports: the cues' words as prose, without numbers and timings."""

from __future__ import annotations

from forcewatch.clean import to_document
from forcewatch.clean.subtitles import looks_like_subtitles, subtitles_to_text
from forcewatch.records import RawPage

SRT = """1
00:00:01,000 --> 00:00:04,000
[SIGNATURE TUNE]

2
00:00:04,200 --> 00:00:08,000
Good evening. Our top story tonight:
police fired on a crowd in Lakeside,

3
00:00:08,200 --> 00:00:12,500
and two men died in hospital overnight.
"""

VTT = """WEBVTT
Kind: captions
Language: es

00:00.000 --> 00:03.500
<v Presentadora>Buenas noches.

00:03.700 --> 00:07.000
Un joven murió bajo custodia policial en Tampico.
"""


def test_subtitles_are_recognised() -> None:
    assert looks_like_subtitles(SRT) and looks_like_subtitles(VTT)
    assert not looks_like_subtitles("A story at 00:00:04,200 --> told once.\n\nNothing else.")


def test_cues_run_on_as_prose() -> None:
    # a sentence cut across cues is one again; the sound note and the timings are gone
    assert subtitles_to_text(SRT) == (
        "Good evening. Our top story tonight: police fired on a crowd in Lakeside, and two men "
        "died in hospital overnight."
    )


def test_webvtt_header_and_voice_tags_are_left_out() -> None:
    assert subtitles_to_text(VTT).split("\n\n") == [
        "Buenas noches.",
        "Un joven murió bajo custodia policial en Tampico.",
    ]


def test_a_saved_subtitle_file_is_a_report() -> None:
    doc = to_document(RawPage(name="newscast.srt", data=SRT.encode()))
    assert "-->" not in doc.text
    assert "two men died in hospital overnight" in doc.text
    assert "subtitle cue numbers and timings" in doc.removed
