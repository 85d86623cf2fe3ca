"""Score forcewatch against gold records: gold JSONL files, GVDB and IndiaPoliceEvents.

``evaluate("gvdb", limit=50)`` returns a :class:`Report`: ``render()`` is an aligned table (field,
n, score), ``to_json()`` the same with the ids of the first failures per field.
"""

from forcewatch.eval.gold import DataMissingError, GoldError, SourceError
from forcewatch.eval.runner import evaluate, main_eval
from forcewatch.eval.scores import Report

__all__ = ["DataMissingError", "GoldError", "Report", "SourceError", "evaluate", "main_eval"]
