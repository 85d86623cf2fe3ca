"""forcewatch: evidence-linked records of force by state agents, from the reports that describe it.

The public surface is small::

    import forcewatch
    result = forcewatch.extract(html_or_text, published="2018-01-16")
    for mention in result.incidents:
        print(mention.date, mention.place, mention.killed)
"""

from forcewatch._api import extract, extract_file
from forcewatch.records import (
    SCHEMA_VERSION,
    Document,
    Extraction,
    Mention,
    Quantity,
    Rejection,
    Relevance,
    Span,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Document",
    "Extraction",
    "Mention",
    "Quantity",
    "Rejection",
    "Relevance",
    "Span",
    "__version__",
    "extract",
    "extract_file",
]
