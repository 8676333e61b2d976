"""The `cascade` command line (../shared/CONTRACT.md): a thin layer over the library.

Human-readable output by default; --format json/jsonl/csv print machine output on stdout,
with progress and warnings on stderr only. Exit codes: 0 success, 1 a file or query failed,
2 usage error or ambiguous ROOT."""
from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import sys
from pathlib import Path

import click

from cascade import backends
from loaders import LoadError, iter_paths

EXIT_FAILED, EXIT_USAGE = 1, 2


def _echo_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def _err(message: str) -> None:
    click.echo(message, err=True)


def store_options(command):
    """--store and --backend, shared by every command that reads the graph."""
    command = click.option("--backend", type=click.Choice(["networkx", "neo4j"]), default="networkx",
                           show_default=True, help="Graph backend: the embedded store or a Neo4j server "
                           "(NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).")(command)
    return click.option("--store", type=click.Path(file_okay=False), default=None,
                        help="Embedded store folder (default: data/store, or CASCADE_STORE).")(command)


def root_options(command):
    command = click.option("--year", type=int, default=None, help="Narrow a symbol ROOT to this year.")(command)
    return click.option("--issuer", default=None, help="Narrow a symbol ROOT to an issuer (name or place).")(command)


def handles_errors(command):
    """Turn the library's errors into one line on stderr and the contract's exit codes."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from queries import RootError
        try:
            return command(*args, **kwargs)
        except RootError as error:
            _err(f"error: {error}")
            for candidate in error.candidates:
                _err(f"  {candidate['doc_id']}\t{candidate.get('symbol') or ''}\t{candidate.get('issuer') or ''}"
                     f"\t{candidate.get('date') or ''}")
            sys.exit(EXIT_USAGE if error.candidates else EXIT_FAILED)
        except backends.BackendError as error:
            _err(f"error: {error}")
            sys.exit(EXIT_FAILED)
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cascade")
def main() -> None:
    """Cascade: the graph of Party and state documents that implement one another."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "json"]), default="table", show_default=True)
@click.option("--with-text", is_flag=True, help="Include the normalised text in JSON records.")
def extract(paths, fmt, with_text):
    """Read files or folders and print one document record per file."""
    from domain.registry import Registry
    from graph.ingest import read_and_extract
    registry = Registry.load()
    failed = 0
    records = []
    files = list(iter_paths(paths))
    if not files:
        _err("error: no readable files (.txt .md .docx .doc .pdf .html, scans .png .jpg .tif) in " + ", ".join(paths))
        sys.exit(EXIT_FAILED)
    for path in files:
        try:
            with _ocr_progress(_err):
                record, _ = read_and_extract(path, registry)
        except LoadError as error:
            failed += 1
            _err(f"error: {error}")
            continue
        except Exception as error:  # noqa: BLE001 - one bad file must not stop the batch
            failed += 1
            _err(f"error: {path}: extraction failed: {type(error).__name__}: {error}")
            continue
        data = record.to_json(with_text=with_text)
        if fmt == "jsonl":
            click.echo(json.dumps(data, ensure_ascii=False, default=str))
        elif fmt == "json":
            records.append(data)
        else:
            _print_record(data)
        for warning in record.warnings:
            _err(f"warning: {path}: {warning}")
    if fmt == "json":
        _echo_json(records)
    sys.exit(EXIT_FAILED if failed else 0)


@contextlib.contextmanager
def _ocr_progress(show):
    """Scans take seconds a page: say which page OCR is on (stderr only)."""
    from loaders import ocr
    ocr.set_progress(lambda source, done, total: show(f"OCR {Path(source).name}: trang {done}/{total}"))
    try:
        yield
    finally:
        ocr.set_progress(None)


def _print_record(data: dict) -> None:
    issuer = data["issuer"]
    click.echo(f"{data['source']}")
    click.echo(f"  Số/ký hiệu : {data['symbol'] or '—'}   Loại: {data['doc_type'] or '—'}   Ngày: "
               f"{_vn_date(data['date'])}")
    click.echo(f"  Cơ quan    : {issuer['name'] or '—'} ({issuer['level'] or '?'}; tin cậy {issuer['confidence']:.2f})")
    click.echo(f"  Trích yếu  : {(data['title'] or '—')[:110]}")
    for ref in data["references"]:
        if ref["relation"] != "mentions":
            click.echo(f"  {ref['relation']:<11}: {ref['symbol']} {_vn_date(ref['date'])} {ref['issuer'] or ''}")
    for claim in data["relayed"]:
        click.echo(f"  relayed    : {claim['child']} -> {claim['parent']}")
    expected = [a for a in data["assignments"] if a["expects_plan"]]
    if expected:
        click.echo(f"  Giao ban hành kế hoạch: {len(expected)} mục, "
                   f"{sum(len(a['body_ids']) for a in expected)} đơn vị")
    click.echo(f"  doc_id     : {data['doc_id']}")


def _vn_date(iso: str | None) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if iso else "—"


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_options
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def ingest(paths, store, backend, fmt):
    """Extract files and add them to the graph store (idempotent)."""
    from graph.ingest import ingest_paths
    from graph.store import Store
    files = list(iter_paths(paths))
    target = Store(store)
    with click.progressbar(length=len(files), label="Đang nạp", file=sys.stderr,
                           show_pos=True) as bar:
        with _ocr_progress(lambda line: (setattr(bar, "label", line), bar.render_progress())):
            report = ingest_paths(files, target, progress=lambda n, path: bar.update(1))
    for source, message in report.failures:
        _err(f"error: {message}")
    for source, message in report.warnings:
        _err(f"warning: {source}: {message}")
    synced = None
    if backend == "neo4j":
        synced = _handle_backend_errors(lambda: backends.sync_store_to_neo4j(target))
    summary = {"files": report.files, "skipped_unchanged": report.skipped, "added": report.result.added,
               "replaced": report.result.replaced, "merged": report.result.merged,
               "conflicts": report.result.conflicts, "failed": len(report.failures),
               "documents_in_store": target.count(), "store": str(target.folder), "backend": backend}
    if synced is not None:
        summary["neo4j"] = synced
    if fmt == "json":
        _echo_json(summary)
    else:
        click.echo(f"{summary['files']} tệp: {summary['added']} mới, {summary['replaced']} cập nhật, "
                   f"{summary['skipped_unchanged']} không đổi, {summary['merged']} trùng văn bản, "
                   f"{summary['conflicts']} trùng khóa, {summary['failed']} lỗi; "
                   f"kho có {summary['documents_in_store']} văn bản ({summary['store']})")
    sys.exit(EXIT_FAILED if report.failures else 0)


@main.command()
@click.argument("names", nargs=-1, required=True)
@click.option("--store", type=click.Path(file_okay=False), default=None,
              help="Embedded store folder (default: data/store, or CASCADE_STORE).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def remove(names, store, fmt):
    """Remove documents from the store, by file path (as ingested) or doc_id; the graph follows."""
    from graph.store import Store
    target = Store(store)
    if not target.exists():
        _err(f"error: no store at {target.folder}")
        sys.exit(EXIT_FAILED)
    result = target.remove(names)
    if result["removed"]:
        target.graph_tables()    # current again before the command returns
    summary = {**result, "documents_in_store": target.count(), "store": str(target.folder)}
    if fmt == "json":
        _echo_json(summary)
    else:
        click.echo(f"đã xóa {len(result['removed'])} văn bản; {len(result['kept_other_source'])} còn tệp khác; "
                   f"{len(result['not_found'])} không có trong kho; kho có {summary['documents_in_store']} văn bản")
    for name in result["not_found"]:
        _err(f"error: {name}: not in the store")
    sys.exit(EXIT_FAILED if result["not_found"] else 0)


def _handle_backend_errors(call):
    try:
        return call()
    except backends.BackendError as error:
        _err(f"error: {error}")
        sys.exit(EXIT_FAILED)


@main.command()
@click.argument("root")
@click.option("--direction", type=click.Choice(["down", "up"]), default="down", show_default=True)
@click.option("--depth", type=click.IntRange(min=1), default=None, help="Stop after N levels.")
@click.option("--as-of", "as_of", default=None, help="Ignore documents dated after YYYY-MM-DD.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@root_options
@store_options
@handles_errors
def lineage(root, direction, depth, as_of, fmt, issuer, year, store, backend):
    """The documents that implement ROOT (down) or that ROOT implements (up)."""
    engine = backends.open_backend(backend, store)
    doc_id = engine.resolve_root(root, issuer=issuer, year=year)
    result = engine.lineage(doc_id, direction=direction, depth=depth, as_of=as_of).to_json()
    if fmt == "json":
        _echo_json(result)
    elif fmt == "csv":
        _csv(result["documents"], ["depth", "doc_id", "symbol", "doc_type", "date", "issuer", "level", "ingested"])
    else:
        r = result["root"]
        click.echo(f"{r['symbol'] or r['doc_id']} ({r['issuer'] or '?'}, {_vn_date(r['date'])})"
                   f"{'' if r['ingested'] else ' — chưa có văn bản'}")
        for doc in result["documents"]:
            click.echo(f"{'  ' * doc['depth']}└ {doc['symbol'] or doc['doc_id']}  {doc['doc_type'] or ''}  "
                       f"{_vn_date(doc['date'])}  {doc['issuer'] or ''}{'' if doc['ingested'] else '  (chưa có văn bản)'}")
        click.echo(f"{len(result['documents'])} văn bản ({'cấp dưới' if direction == 'down' else 'cấp trên'})")


def _csv(rows: list[dict], columns: list[str]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("; ".join(v) if isinstance(v, list) else v) for k, v in row.items() if k in columns})
    click.echo(buffer.getvalue(), nl=False)


@main.command()
@click.argument("root")
@click.option("--as-of", "as_of", default=None, help="Status as of YYYY-MM-DD (default: today).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="Language of the reasons and status labels (JSON keeps both in 'reasons').")
@root_options
@store_options
@handles_errors
def gaps(root, as_of, fmt, lang, issuer, year, store, backend):
    """The units ROOT directs to issue a follow-up document, each with its status."""
    from explorer.i18n import STATUS_EN, STATUS_VI
    from queries.reasons import document_words
    engine = backends.open_backend(backend, store)
    doc_id = engine.resolve_root(root, issuer=issuer, year=year)
    result = engine.gaps(doc_id, as_of=as_of).to_json()
    _reviewed(result, store)
    for row in result["expected"]:
        row["reason"] = row["reasons"][lang]
    if fmt == "json":
        _echo_json(result)
    elif fmt == "csv":
        _csv(result["expected"], ["body", "unit", "level", "province", "status", "deadline", "documents",
                                  "answered_via", "reason"])
    else:
        labels = STATUS_EN if lang == "en" else STATUS_VI
        for row in result["expected"]:
            answers = "; ".join(document_words(answer, lang) for answer in row["answers"])
            click.echo(f"{labels[row['status']]:<14} {row['body']:<45} {answers}")
            click.echo(f"{'':<15}{row['reason']}")
        s = result["summary"]
        unplaced = f", {s['unplaced']} không xác định được đơn vị" if s.get("unplaced") else ""
        click.echo(f"Tổng {s['expected']}: {s['covered']} đã ban hành, {s['late']} muộn, {s['missing']} chưa ban hành"
                   f"{unplaced} (hạn: {_vn_date(result['deadline'])}, tính đến {_vn_date(result['as_of'])})")


def _review_log(store: str | None):
    """The decisions people took on gaps rows (<store>/reviews.jsonl)."""
    from graph.store import default_store_dir
    from queries.review import ReviewLog
    return ReviewLog(store or default_store_dir())


def _reviewed(result: dict, store: str | None) -> dict:
    """The gaps with the decisions people took on them, on either backend."""
    from queries.review import apply_reviews
    return apply_reviews(result, _review_log(store))


@main.command()
@click.argument("root", required=False)
@click.option("--unit", default=None, help="The row to decide on: its body id, body or unit name.")
@click.option("--confirm", "decision", flag_value="confirm", help="Confirm the row's reading.")
@click.option("--reject", "decision", flag_value="reject", help="Reject the row's answer (it no longer counts).")
@click.option("--undo", "undo_id", default=None, help="Undo the decision with this id.")
@click.option("--who", default=None, help="Who decides (kept with the decision).")
@click.option("--note", default="", help="Why (kept with the decision).")
@click.option("--choose", "choice", default="", help="With --confirm: the number (or id) of the document a citation "
                                                     "without a number names, when several fit.")
@click.option("--all", "show_all", is_flag=True, help="List every row, not only those to check.")
@click.option("--as-of", "as_of", default=None, help="Status as of YYYY-MM-DD (default: today).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@root_options
@store_options
@handles_errors
def review(root, unit, decision, undo_id, who, note, choice, show_all, as_of, fmt, issuer, year, store, backend):
    """Check uncertain readings of ROOT's gaps: answers through a counterpart or without a number,
    units the registry cannot place. Without --confirm/--reject, lists them with their decisions."""
    from domain.registry import fold
    from graph.store import default_store_dir
    from queries.review import ReviewError, ReviewLog, needs_review
    log = ReviewLog(store or default_store_dir())
    try:
        if undo_id:
            entry = log.undo(undo_id, who or "")
            _err(f"đã hủy quyết định {undo_id}")
            return _echo_json(entry) if fmt == "json" else None
        if not root:
            raise click.UsageError("ROOT is needed (or --undo ID)")
        engine = backends.open_backend(backend, store)
        doc_id = engine.resolve_root(root, issuer=issuer, year=year)
        result = _reviewed(engine.gaps(doc_id, as_of=as_of).to_json(), store)
        if decision:
            rows = [r for r in result["expected"] if unit and (r["body_id"] == unit or fold(unit) in
                                                                (fold(r["body"] or ""), fold(r["unit"] or "")))]
            if len(rows) != 1:
                raise click.UsageError(f"--unit must name one row of the gaps of {root} ({len(rows)} match)")
            entry = log.decide(doc_id, rows[0]["body_id"], decision, who or "", note, _chosen(rows[0], choice))
            _err(f"đã ghi quyết định {entry['id']}: {decision} {rows[0]['body']}")
            return _echo_json(entry) if fmt == "json" else None
    except ReviewError as error:
        raise click.UsageError(str(error)) from error
    rows = [r for r in result["expected"] if show_all or needs_review(r) or r.get("review")]
    if fmt == "json":
        return _echo_json(rows)
    for row in rows:
        mark = row.get("review", {}).get("decision", "?")
        click.echo(f"[{mark}] {row['body']} ({row['unit']}): {row['reason']}")
    click.echo(f"{len(rows)} dòng cần xem xét")


def _chosen(row: dict, choice: str) -> str:
    """The doc id --choose names among the row's candidates (by id or number); '' without --choose.
    A row whose citation several documents in ROOT's lineage fit needs it: none is picked silently."""
    candidates = {c["doc_id"]: c for answer in row.get("possible_answers") or () for c in answer["candidates"]}
    if not choice:
        if sum(c["in_lineage"] for c in candidates.values()) > 1:
            raise click.UsageError("several documents fit the citation: name one with --choose "
                                   + ", ".join(c["symbol"] or c["doc_id"] for c in candidates.values()))
        return ""
    found = [d for d, c in candidates.items() if choice in (d, c["symbol"])]
    if len(found) != 1:
        raise click.UsageError(f"--choose must name one of: {', '.join(c['symbol'] or d for d, c in candidates.items())}")
    return found[0]


@main.command()
@click.argument("root", required=False)
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json", "csv", "cypher", "html"]),
              required=True)
@click.option("--out", required=True, type=click.Path(), help="Output file (a folder for csv is fine too).")
@click.option("--as-of", "as_of", default=None, help="Leave out documents dated after YYYY-MM-DD.")
@root_options
@store_options
@handles_errors
def export(root, fmt, out, as_of, issuer, year, store, backend):
    """A snapshot of the whole graph or of ROOT's cascade."""
    from graph.export import ExportError, export as write
    engine = backends.open_backend(backend, store)
    doc_id = engine.resolve_root(root, issuer=issuer, year=year) if root else None
    try:
        # Review decisions travel with the snapshot (graph.export.carry_reviews).
        reviews = list(_review_log(store).current().values())
        if isinstance(engine, backends.NetworkxBackend):
            # Streamed from graph.sqlite: the whole graph never in memory (graph/stream_export.py).
            from graph.stream_export import export_tables
            meta = export_tables(engine.store.graph_tables(), fmt, out, root=doc_id, as_of=as_of,
                                 reviews=reviews or None)
        else:
            meta = write(engine.graph(), fmt, out, root=doc_id, as_of=as_of, reviews=reviews)
    except ExportError as error:
        _err(f"error: {error}")
        sys.exit(EXIT_FAILED)
    _err(f"wrote {out}: {meta['nodes']} nodes, {meta['edges']} edges")


@main.command()
@click.argument("query", required=False, default="")
@click.option("--type", "doc_type", default=None, help="Document type, e.g. 'Kế hoạch'.")
@click.option("--level", type=click.Choice(["central", "province", "district", "commune", "cell"]), default=None)
@click.option("--locality", default=None)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@store_options
@handles_errors
def search(query, doc_type, level, locality, fmt, store, backend):
    """Find documents by symbol, title or body ("57 NQ TW", "kim dong")."""
    engine = backends.open_backend(backend, store)
    hits = engine.search(query, doc_type=doc_type, level=level, locality=locality)
    if fmt == "json":
        _echo_json(hits)
        return
    for hit in hits:
        click.echo(f"{hit['symbol'] or '—':<18} {_vn_date(hit['date'])}  {hit['issuer'] or '':<35} {hit['doc_id']}")


@main.command()
@store_options
@handles_errors
def stats(store, backend):
    """Counts of documents, bodies and links in the store."""
    _echo_json(backends.open_backend(backend, store).stats())


@main.command()
@click.option("--port", default=8501, show_default=True)
def serve(port):
    """Open the app: streamlit run app.py."""
    import subprocess
    app = Path(__file__).resolve().parent.parent / "app.py"
    sys.exit(subprocess.call([sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(port)]))


@main.command()
@click.option("--docs", type=click.IntRange(min=1), required=True, help="Number of documents to write.")
@click.option("--seed", type=int, default=1, show_default=True)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Output folder (docs/, truth.jsonl, roots.json).")
@click.option("--start", default="2024-01-01", show_default=True, help="First date (YYYY-MM-DD).")
@click.option("--end", default="2026-06-30", show_default=True, help="Last date (YYYY-MM-DD).")
@click.option("--as-of", "as_of", default=None, help="Date of the gap statuses in the truth (default: --end).")
@click.option("--kb", type=float, default=20.0, show_default=True, help="Target size of a plan in kB.")
def generate(docs, seed, out, start, end, as_of, kb):
    """Write a synthetic national cascade with its ground truth (benchmarks/generate.py)."""
    import datetime as dt
    from benchmarks.generate import generate as write_cascade
    summary = write_cascade(docs, seed, out, start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end),
                            as_of=dt.date.fromisoformat(as_of) if as_of else None, kb=kb)
    _echo_json(summary)


if __name__ == "__main__":
    main()
