"""The run ledger's processes: who runs an ingest, and whether it still does.

A run records its process: host, pid and, on Linux, the boot and the process's start time (so a
pid used again by another program, or after a reboot, is not taken for it). A run still
"running" whose process is gone was killed without a chance to say so (``kill -9``, an
out-of-memory kill, a power cut); the next ingest marks it "interrupted". A process on another
host cannot be checked from here: its run is left as it is.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

from forcewatch.store import Store, models

__all__ = ["gone", "interrupt_stale_runs", "this_process"]


def this_process() -> dict[str, Any]:
    pid = os.getpid()
    return {"host": socket.gethostname(), "pid": pid, "boot": _boot(), "start": _start(pid)}


def gone(process: dict[str, Any] | None) -> bool:
    """True when the recorded process has certainly ended; False when it runs or cannot be told
    (another host, or a run recorded without its process)."""
    if not process or process.get("host") != socket.gethostname():
        return False
    pid = process.get("pid")
    if not isinstance(pid, int):
        return False
    boot = _boot()
    if boot is not None and process.get("boot") not in (None, boot):
        return True  # the machine restarted since
    if Path("/proc/self/stat").exists():
        start = _start(pid)
        return start is None or process.get("start") not in (None, start)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def interrupt_stale_runs(store: Store) -> list[models.Run]:
    """Mark "interrupted" the runs still "running" whose process is gone; return them."""
    stale = [run for run in store.runs(status="running") if gone(run.counts.get("process"))]
    return [run for run in stale if store.set_run_status(run.id, "interrupted", was="running")]


def _boot() -> str | None:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return None


def _start(pid: int) -> int | None:
    """The process's start time in clock ticks since boot (Linux); None when it is not running
    (a zombie, waiting for its parent to read its exit status, is not)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return None if fields[0] in ("Z", "X") else int(fields[19])
