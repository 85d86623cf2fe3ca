"""Which of the supported languages a report is written in (lingua, restricted to en/es/pt)."""

from __future__ import annotations

from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

# Characters read: lingua's time grows with them, and 1,500 characters of a report's main text
# (some 250 words) tell English, Spanish and Portuguese apart as well as 3,000 do.
_SAMPLE = 1500
_SUPPORTED = {"en": Language.ENGLISH, "es": Language.SPANISH, "pt": Language.PORTUGUESE}


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_SUPPORTED.values()).build()


def detect_language(text: str, *, default: str | None = None) -> str | None:
    """ISO 639-1 code of the text's language, or ``default`` when the text is too short to tell."""
    sample = text[:_SAMPLE]
    if len(sample.split()) < 3:
        return default
    language = _detector().detect_language_of(sample)
    if language is None:
        return default
    code: str = language.iso_code_639_1.name.lower()
    return code


def iso_code(code: str) -> str:
    """Validate a user-given language code."""
    IsoCode639_1.from_str(code)
    return code.lower()
