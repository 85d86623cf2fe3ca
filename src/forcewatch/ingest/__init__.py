"""Sources -> RawPage: files, folders, stdin. Later: WARC/WET, JSONL, URL lists."""

from forcewatch.ingest.files import iter_paths, read_path, read_stdin

__all__ = ["iter_paths", "read_path", "read_stdin"]
