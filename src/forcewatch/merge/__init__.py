"""Merge: blocking and scoring (``match``), incident assembly (``assemble``), near-duplicate
detection (``dedup``), and the database run (``run``)."""
