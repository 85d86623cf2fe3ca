"""forcewatch's exceptions, each with a stable code the CLI prints on one line.

    ForcewatchError                 [FW000] base; ``code`` and a one-line message
    ├── InputError                  [FW1xx] a report we cannot read
    │   ├── EmptyInput              [FW101] nothing, or only white space
    │   ├── BinaryInput             [FW102] not text, HTML or JSON (an image, a PDF, an archive)
    │   ├── TooLarge                [FW103] above Settings.max_bytes
    │   ├── BadJson                 [FW104] a JSON report that is malformed or lacks "text"/"html"
    │   ├── Unreadable              [FW105] missing file, permission denied, a folder with no reports
    │   ├── BrokenRecord            [FW106] a WARC/WET record cut short or malformed (bad headers,
    │   │                                   wrong Content-Length, corrupt gzip)
    │   ├── FetchFailed             [FW107] a URL that failed: network error or time-out after the
    │   │                                   retries, an HTTP error status, too many redirects
    │   ├── RobotsDisallowed        [FW108] a URL its site's robots.txt forbids us to fetch
    │   ├── UrlRefused              [FW109] not an http(s) URL, or one on a private, loopback or
    │   │                                   link-local address (the SSRF guard)
    │   └── OverBudget              [FW110] extraction still running after Settings.time_budget
    │                                       seconds (a pathological page: huge, or one line)
    ├── UsageError                  [FW2xx] options that do not fit together (a bad --published date)
    │   └── InvalidValue            [FW202] an edit or a filter value that fails validation (a date
    │                                       that does not exist, admin1 outside the country, ...)
    ├── StoreError                  [FW3xx] the database
    │   ├── BadDatabase             [FW301] a URL we cannot use, a server we cannot reach
    │   ├── NewerSchema             [FW302] a database written by a newer forcewatch
    │   ├── NotFound                [FW303] no incident, mention or run with that id
    │   ├── StaleEdit               [FW304] the incident changed since it was read (optimistic lock)
    │   └── AuthError               [FW305] a user, password or token that cannot be used
    └── InternalError               [FW900] a bug in forcewatch: the report is refused with the
        │                                   exception's name, and the batch goes on
        └── WorkerDied              [FW901] the worker process handling the report died (killed
                                            by the kernel, as an out-of-memory kill does) on its
                                            first attempt and on its retry

An ``InputError`` becomes a :class:`forcewatch.records.Rejection` in batch runs: the batch goes on
and the rejection is reported with its reason.
"""

from __future__ import annotations


class ForcewatchError(Exception):
    code = "FW000"

    def __init__(self, message: str, *, item: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.item = item

    def line(self) -> str:
        where = f"{self.item}: " if self.item else ""
        return f"forcewatch: {where}[{self.code}] {self.message}"


class InputError(ForcewatchError):
    code = "FW100"


class EmptyInput(InputError):
    code = "FW101"


class BinaryInput(InputError):
    code = "FW102"


class TooLarge(InputError):
    code = "FW103"


class BadJson(InputError):
    code = "FW104"


class Unreadable(InputError):
    code = "FW105"


class BrokenRecord(InputError):
    code = "FW106"


class FetchFailed(InputError):
    code = "FW107"


class RobotsDisallowed(InputError):
    code = "FW108"


class UrlRefused(InputError):
    code = "FW109"


class OverBudget(InputError):
    code = "FW110"


class UsageError(ForcewatchError):
    code = "FW201"


class InvalidValue(UsageError):
    code = "FW202"


class StoreError(ForcewatchError):
    code = "FW300"


class BadDatabase(StoreError):
    code = "FW301"


class NewerSchema(StoreError):
    code = "FW302"


class NotFound(StoreError):
    code = "FW303"


class StaleEdit(StoreError):
    code = "FW304"


class AuthError(StoreError):
    code = "FW305"


class InternalError(ForcewatchError):
    code = "FW900"


class WorkerDied(InternalError):
    code = "FW901"
