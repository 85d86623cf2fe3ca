"""Whether a run's process is gone: ended, its pid used again, the machine rebooted; runs of
another host or without a recorded process are never taken for gone."""

from __future__ import annotations

import subprocess
import sys

from forcewatch.pipeline.runs import gone, this_process


def test_runs_process_gone_or_not() -> None:
    me = this_process()
    assert not gone(me)
    assert not gone(None) and not gone({})
    assert not gone({**me, "host": "another-host"})  # cannot be told from here
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                           capture_output=True, text=True)  # fmt: skip
    assert gone({**me, "pid": int(ended.stdout)})
    if me["start"] is not None:
        assert gone({**me, "start": me["start"] + 1})  # the pid now names another process
    if me["boot"] is not None:
        assert gone({**me, "boot": "another-boot"})
