"""Document -> Mention[]: small pure parsers (dates, numbers, places, forces) and the rules extractor."""

from forcewatch.extractor.mentions import EXTRACTOR, extract_mentions

__all__ = ["EXTRACTOR", "extract_mentions"]
