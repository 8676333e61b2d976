"""graph.sqlite updated in place keeps the links of citations without a number (issue 11 item 5,
issue 13): adding the one document such a citation fits links it, a second fit makes both
candidates (MAY_IMPLEMENT: two stay two), removing or redating it unlinks it, and a replayed citation group keeps it; after each
step the tables are those of a full build, and no full build ran."""
from __future__ import annotations

import json
import sqlite3

from graph import tables as graph_tables
from graph.ingest import ingest_paths
from graph.store import Store
from tests.test_graph_queries import PROVINCE_PLAN
from tests.test_scale import rebuilt_contents, table_contents
from tests.test_unnumbered_answers import FORMS, commune

# Its title names the subject the undated citation names ("về tuyên truyền").
DISTRICT_21 = PROVINCE_PLAN.replace("thực hiện Kế hoạch số 395-KH/TU của Tỉnh ủy\n",
                                    "về tuyên truyền, thực hiện Kế hoạch số 395-KH/TU của Tỉnh ủy\n")
# Another plan of the same Huyện ủy on the same day: a dated citation then fits two.
DISTRICT_23 = DISTRICT_21.replace("Số 21-KH/HU", "Số 23-KH/HU")
DISTRICT_21_LATER = DISTRICT_21.replace("ngày 02 tháng 4 năm 2025", "ngày 10 tháng 4 năm 2025")
NGHIA_DAN = commune("Nghĩa Dân", "NGHĨA DÂN", 5, FORMS["with a date"])
SONG_MAI = commune("Song Mai", "SONG MAI", 8, FORMS["without a date"])
# A commune plan citing 21-KH/HU by its number: adding it replays that citation group.
NUMBERED = commune("Toàn Thắng", "TOÀN THẮNG", 9, "Thực hiện Kế hoạch số 21-KH/HU ngày 02/4/2025 của Ban "
                   "Thường vụ Huyện ủy Kim Động")


def unnumbered_links(folder) -> list[tuple[str, str, str]]:
    """(citing unit, cited symbol, IMPLEMENTS or MAY_IMPLEMENT)."""
    conn = sqlite3.connect(folder / graph_tables.FILE_NAME)
    try:
        return sorted((source.split(":")[0], json.loads(node)["symbol"], key) for source, node, key in conn.execute(
            "SELECT e.source, n.data, e.key FROM edges e JOIN nodes n ON n.node_id = e.target "
            "WHERE json_extract(e.data, '$.subtype') = 'unnumbered'"))
    finally:
        conn.close()


def test_unnumbered_links_follow_additions_removals_and_replacements(tmp_path, registry, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    store = Store(tmp_path / "store")

    def add(name: str, text: str) -> None:
        (docs / name).write_text(text, encoding="utf-8")
        assert not ingest_paths([docs / name], store).failures

    add("xa-nghia-dan.txt", NGHIA_DAN)
    store.graph_tables()
    builds = []
    real_build = graph_tables.build
    monkeypatch.setattr(graph_tables, "build", lambda *a, **k: builds.append(1) or real_build(*a, **k))
    nghia_dan, song_mai = "xa.hung-yen.kim-dong.nghia-dan", "xa.hung-yen.kim-dong.song-mai"
    parent = [(nghia_dan, "21-KH/HU", "IMPLEMENTS")]
    both = [(nghia_dan, "21-KH/HU", "MAY_IMPLEMENT"), (nghia_dan, "23-KH/HU", "MAY_IMPLEMENT")]
    song_mai_parent = [(song_mai, "21-KH/HU", "IMPLEMENTS")]
    song_mai_both = [(song_mai, "21-KH/HU", "MAY_IMPLEMENT"), (song_mai, "23-KH/HU", "MAY_IMPLEMENT")]
    steps = [
        ("the one fit added", lambda: add("hu-21.txt", DISTRICT_21), parent),
        ("a numbered citation of it replayed", lambda: add("xa-toan-thang.txt", NUMBERED), parent),
        ("a second fit added", lambda: add("hu-23.txt", DISTRICT_23), both),
        ("the second fit removed", lambda: store.remove([str(docs / "hu-23.txt")]), parent),
        ("the fit redated", lambda: add("hu-21.txt", DISTRICT_21_LATER), []),
        ("an undated citation added", lambda: add("xa-song-mai.txt", SONG_MAI), song_mai_parent),
        ("the fit dated back", lambda: add("hu-21.txt", DISTRICT_21), parent + song_mai_parent),
        ("a second undated fit", lambda: add("hu-23.txt", DISTRICT_23), both + song_mai_both),
        ("the citing plan removed", lambda: store.remove([str(docs / "xa-nghia-dan.txt")]), song_mai_both),
        ("the fits removed", lambda: store.remove([str(docs / "hu-21.txt"), str(docs / "hu-23.txt")]), []),
        ("the citing plan added after its fit", lambda: (add("hu-21.txt", DISTRICT_21),
                                                         add("xa-nghia-dan.txt", NGHIA_DAN)),
         parent + song_mai_parent),
    ]
    for name, step, links in steps:
        builds.clear()
        step()
        store.graph_tables()
        assert builds == [], name                                # updated in place, not built again
        assert unnumbered_links(store.folder) == links, name
        got, want = table_contents(store.folder / graph_tables.FILE_NAME), rebuilt_contents(store, tmp_path, registry)
        assert got == want, (name, {t: (sorted(set(got[t]) - set(want[t]), key=repr)[:3],
                                        sorted(set(want[t]) - set(got[t]), key=repr)[:3])
                                    for t in got if got[t] != want[t]})
