"""The extractor's version: what a store keeps per file, so that files read by an older
extractor are read again on the next ingest.

EXTRACTOR_VERSION is raised by hand whenever the records the extractor writes change; editing
a comment or speeding up code with the same output does not re-read a million stored files.
tests/test_extractor_version.py holds the guard: it extracts the project's fixtures and fails
when their records change while the version stays (or the version moves without a change).
The domain tables and the registry are data a user may correct: a change there re-reads too.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

EXTRACTOR_VERSION = 9   # raised whenever the output changes (1 was the hash of the source bytes)

ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def tables_digest() -> str:
    """A digest of the tables the extractor reads (data/domain, data/registry)."""
    digest = hashlib.sha256()
    for path in sorted([*ROOT.joinpath("data", "domain").glob("*.csv"), *ROOT.joinpath("data", "registry").glob("*.csv")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def fingerprint() -> str:
    return f"v{EXTRACTOR_VERSION}+{tables_digest()}"
