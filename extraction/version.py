"""A fingerprint of the extractor: its code and the domain tables it reads. A store keeps it
per file, so files read by an older extractor are read again on the next ingest."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def fingerprint() -> str:
    digest = hashlib.sha256()
    files = sorted([*ROOT.joinpath("extraction").glob("*.py"), *ROOT.joinpath("loaders").glob("*.py"),
                    *ROOT.joinpath("data", "domain").glob("*.csv"), *ROOT.joinpath("data", "registry").glob("*.csv")])
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
