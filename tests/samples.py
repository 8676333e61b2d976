"""Documents several test files share."""

EVIL = "<script>alert('x')</script><img src=x onerror=alert(1)>"


def evil_plan(number: int, day: int) -> str:
    """A district plan whose title and opening carry script and an onerror image."""
    return f"""ĐẢNG BỘ TỈNH HƯNG YÊN
HUYỆN ỦY KIM ĐỘNG
Số {number}-KH/HU
Kim Động, ngày {day:02d} tháng 4 năm 2025

KẾ HOẠCH
Tuyên truyền {EVIL} thử nghiệm

Thực hiện Kế hoạch số 395-KH/TU, ngày 12/3/2025 của Tỉnh ủy Hưng Yên, Ban Thường vụ Huyện ủy ban hành
kế hoạch {EVIL} như sau.

T/M BAN THƯỜNG VỤ
BÍ THƯ
"""


def store_with_evil_plan(folder, text: str):
    """A store in `folder` holding the bundled corpus and one hostile plan (`text`)."""
    from cascade.backends import bundled_corpus_files
    from graph.ingest import ingest_paths
    from graph.store import Store
    extra = folder / "extra"
    extra.mkdir()
    (extra / "evil.txt").write_text(text, encoding="utf-8")
    store = Store(folder)
    report = ingest_paths([*bundled_corpus_files(), extra], store)
    assert not report.failures, report.failures
    return store


def ingested_store(folder, files: dict[str, str]):
    """A store in `folder`/store with `files` {name: text} written to `folder`/docs and ingested."""
    from graph.ingest import ingest_paths
    from graph.store import Store
    docs = folder / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (docs / name).write_text(text, encoding="utf-8")
    store = Store(folder / "store")
    report = ingest_paths([docs], store)
    assert not report.failures, report.failures
    return store
