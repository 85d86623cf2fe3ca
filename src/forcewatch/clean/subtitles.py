"""Subtitle files (SubRip ``.srt``, WebVTT ``.vtt``) saved as reports: a newscast's or a video's
words without the cue numbers and timings that cut every sentence in two.

A cue is an optional number, a timing line ("00:00:15,000 --> 00:00:20,600") and one or more
lines of text; the text runs on from cue to cue. What is left is the cues' lines as running
prose, a paragraph ending where a line ends a sentence, and sound notes ("[MÚSICA]") dropped.
"""

from __future__ import annotations

import re

__all__ = ["looks_like_subtitles", "subtitles_to_text"]

_TIMING = re.compile(
    r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}"
    r"(?:\s.*)?$"
)
_CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
_SOUND_NOTE = re.compile(r"^\s*[\[(♪][^\])]*[\])♪]?\s*$")
_VTT_TAG = re.compile(r"</?(?:[biu]|c|v|lang|ruby|rt)(?:[.\s][^>]*)?>")
_SENTENCE_END = re.compile(r"[.!?…»\"”]\s*$")
_MIN_CUES = 3


def looks_like_subtitles(text: str) -> bool:
    """A WebVTT file, or at least three SubRip timing lines in the first 4 KB (``text`` without
    its byte-order mark, as ``clean.to_document`` gives it)."""
    head = text[:4096]
    if head.startswith("WEBVTT"):
        return True
    return sum(1 for line in head.splitlines() if _TIMING.match(line)) >= _MIN_CUES


def subtitles_to_text(text: str) -> str:
    """The cues' text as prose: numbers, timings, WebVTT headers and sound notes left out."""
    paragraphs: list[str] = []
    current: list[str] = []
    in_header = text.startswith("WEBVTT")
    for line in text.splitlines():
        if in_header:  # the WEBVTT line and its header block, up to the first blank line
            in_header = bool(line.strip())
            continue
        if not line.strip() or _TIMING.match(line) or _CUE_NUMBER.match(line):
            continue
        line = _VTT_TAG.sub("", line).strip()
        if not line or _SOUND_NOTE.match(line):
            continue
        current.append(line)
        if _SENTENCE_END.search(line):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)
