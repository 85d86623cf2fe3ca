"""Sources -> RawPage: files, folders, stdin, WARC/WET archives, JSON Lines, URL lists."""

from forcewatch.ingest.files import iter_paths, read_path, read_stdin
from forcewatch.ingest.sources import Item, iter_items
from forcewatch.ingest.urls import USER_AGENT, Fetcher, FetchOptions

__all__ = [
    "USER_AGENT",
    "FetchOptions",
    "Fetcher",
    "Item",
    "iter_items",
    "iter_paths",
    "read_path",
    "read_stdin",
]
