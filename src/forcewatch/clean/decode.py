"""Bytes -> text, whatever the page's encoding claims.

Reports saved from the web come in UTF-8, Latin-1, Windows-1252, and often in a mix of them (a
UTF-8 page with a Latin-1 paragraph pasted in). The rule: a byte-order mark or a declared charset
wins when it decodes; otherwise UTF-8, with every byte that is not valid UTF-8 read as
Windows-1252; a page with no valid UTF-8 multi-byte sequence at all goes to charset-normalizer,
whose guess is kept when it is not a Latin one. ftfy then repairs mojibake ("Ã©" for "é").
"""

from __future__ import annotations

import codecs
import re

import ftfy
from charset_normalizer import from_bytes

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Encodings of other scripts, where a guess is worth more than reading the bytes as Windows-1252.
_OTHER_SCRIPTS = {
    "cp1251",
    "koi8_r",
    "koi8_u",
    "iso8859_5",
    "mac_cyrillic",
    "cp866",
    "cp1253",
    "iso8859_7",
    "cp1255",
    "iso8859_8",
    "cp1256",
    "iso8859_6",
    "shift_jis",
    "cp932",
    "euc_jp",
    "iso2022_jp",
    "gb2312",
    "gbk",
    "gb18030",
    "big5",
    "big5hkscs",
    "euc_kr",
    "cp949",
    "tis_620",
    "cp874",
}


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("forcewatch-cp1252", _cp1252_fallback)


def decode(data: bytes, *, repair: bool = True) -> tuple[str, str]:
    """Return the text and the name of the encoding it was read with.

    ``repair=False`` leaves mojibake for the caller to mend with :func:`repair` on the part it
    keeps (ftfy costs as much as trafilatura on a whole page; on the main text it is cheap)."""
    fix = _repair if repair else _identity
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return fix(data.decode(encoding, errors="replace")), encoding
    declared = _declared(data)
    if declared and declared.replace("-", "").replace("_", "") not in {"utf8", "usascii"}:
        try:
            return fix(data.decode(declared)), declared
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return fix(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTIBYTE.search(data):
        return fix(data.decode("utf-8", errors="forcewatch-cp1252")), "utf-8+cp1252"
    guess = from_bytes(data[:65536]).best()
    if guess is not None and guess.encoding in _OTHER_SCRIPTS:
        return fix(data.decode(guess.encoding, errors="replace")), guess.encoding
    return fix(data.decode("cp1252", errors="forcewatch-latin1")), "cp1252"


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("forcewatch-latin1", _latin1_fallback)


def _declared(data: bytes) -> str | None:
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _identity(text: str) -> str:
    return text


def repair(text: str) -> str:
    """Mend mojibake ("nÃ£o" for "não") and stray control characters."""
    return _repair(text)


def _repair(text: str) -> str:
    # Only mojibake and control characters: quotes, dashes and width are the report's own.
    return ftfy.fix_text(
        text,
        uncurl_quotes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        normalization="NFC",
        explain=False,
    )
