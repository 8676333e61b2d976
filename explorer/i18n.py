"""Vietnamese UI text (English when the sidebar toggle is on) and dd/mm/yyyy dates.

The language is per session: it is read from the Streamlit session being rendered (each script
run has its own context), never from a module global, so two users rendering at the same moment
cannot take each other's language. Outside a Streamlit run (CLI, tests) the text is Vietnamese
unless `language(english=True)` says otherwise for the current thread."""
from __future__ import annotations

import contextlib
import contextvars
import csv
import datetime as dt
import functools
from pathlib import Path

LEVELS = ("central", "province", "district", "commune", "cell")
LEVEL_VI = {"central": "Trung ương", "province": "Cấp tỉnh", "district": "Cấp huyện", "commune": "Cấp xã",
            "cell": "Chi bộ", None: "Chưa rõ cấp"}
LEVEL_EN = {"central": "Central", "province": "Province", "district": "District", "commune": "Commune",
            "cell": "Cell", None: "Unknown level"}
SYSTEM_VI = {"party": "Đảng", "state": "Nhà nước", "mass": "Đoàn thể", None: "Khác"}
SYSTEM_EN = {"party": "Party", "state": "State", "mass": "Mass organisations", None: "Other"}
STATUS_VI = {"covered": "đã ban hành", "late": "ban hành muộn", "missing": "chưa ban hành",
             "overdue": "quá hạn", "not_due": "chưa đến hạn"}
STATUS_EN = {"covered": "covered", "late": "late", "missing": "missing", "overdue": "overdue",
             "not_due": "not due"}

TEXT = {
    # key: (vi, en)
    "app_title": ("Cascade: phả hệ văn bản chỉ đạo", "Cascade: directive cascades"),
    "find": ("Tìm kiếm", "Find"),
    "lineage": ("Phả hệ văn bản", "Lineage"),
    "coverage": ("Tình hình ban hành", "Coverage"),
    "document": ("Văn bản", "Document"),
    "quality": ("Chất lượng dữ liệu", "Data quality"),
    "upload": ("Tải lên", "Upload"),
    "export": ("Xuất dữ liệu", "Export"),
    "backend": ("Nguồn dữ liệu đồ thị", "Graph backend"),
    "english": ("English", "English"),
    "current_doc": ("Văn bản đang chọn", "Selected document"),
    "no_doc": ("Chưa chọn văn bản: hãy tìm và chọn ở trang Tìm kiếm.",
               "No document selected: find one on the Find page."),
    "search_box": ("Tìm theo số hiệu, trích yếu, nội dung", "Search symbols, titles, bodies"),
    "doc_type": ("Loại văn bản", "Document type"),
    "level": ("Cấp", "Level"),
    "locality": ("Địa phương", "Locality"),
    "date_from": ("Từ ngày", "From"),
    "date_to": ("Đến ngày", "To"),
    "all": ("Tất cả", "All"),
    "results": ("{n} văn bản", "{n} documents"),
    "choose": ("Chọn văn bản", "Choose a document"),
    "direction": ("Chiều", "Direction"),
    "down": ("Xuống (văn bản thực hiện)", "Down (implementing documents)"),
    "up": ("Lên (văn bản căn cứ)", "Up (parent documents)"),
    "depth": ("Độ sâu", "Depth"),
    "expand": ("Mở rộng nhóm", "Expand groups"),
    "shown": ("Hiển thị {shown} / {total} văn bản", "{shown} of {total} documents shown"),
    "open_doc": ("Mở văn bản", "Open document"),
    "as_of": ("Tính đến ngày", "As of"),
    "deadline": ("Thời hạn", "Deadline"),
    "expected": ("Đơn vị phải ban hành", "Expected units"),
    "per_level": ("Theo cấp", "Per level"),
    "per_province": ("Theo tỉnh/thành", "Per province"),
    "delay": ("Độ trễ từ văn bản cấp trên đến văn bản trả lời (ngày)", "Delay from parent to answer (days)"),
    "checklist": ("Tải bảng kiểm", "Download checklist"),
    "metadata": ("Thông tin văn bản", "Metadata"),
    "text": ("Nội dung (đánh dấu trích dẫn, giao nhiệm vụ, thời hạn)",
             "Text (references, assignments, deadlines highlighted)"),
    "parents": ("Văn bản cấp trên", "Parent documents"),
    "relayed": ("Quan hệ được dẫn lại", "Relayed claims"),
    "warnings": ("Cảnh báo", "Warnings"),
    "not_ingested": ("chưa có văn bản", "not in the corpus"),
    "failed": ("Tệp lỗi", "Files that failed"),
    "missing_fields": ("Văn bản thiếu số hiệu, ngày hoặc cơ quan ban hành",
                       "Documents missing a symbol, date or issuer"),
    "ambiguous": ("Cơ quan ban hành chưa chắc chắn", "Ambiguous issuers"),
    "cited_missing": ("Văn bản được trích dẫn nhưng chưa có trong kho", "Cited but missing documents"),
    "upload_help": ("Kéo thả tệp .txt, .docx, .doc, .pdf, .html, .md hoặc ảnh quét .png, .jpg, .tif "
                    "(tối đa {mb} MB mỗi tệp)",
                    "Drop .txt, .docx, .doc, .pdf, .html, .md files or scans .png, .jpg, .tif (at most {mb} MB each)"),
    "ingest": ("Đưa vào kho", "Add to the store"),
    "scope": ("Phạm vi", "Scope"),
    "whole": ("Toàn bộ đồ thị", "Whole graph"),
    "view": ("Văn bản đang chọn và phả hệ", "Selected document's cascade"),
    "format": ("Định dạng", "Format"),
    "compare": ("So sánh hai bản chụp", "Compare two snapshots"),
    "none": ("Không có", "Nothing listed"),
}

_OVERRIDE: contextvars.ContextVar[bool | None] = contextvars.ContextVar("cascade_english", default=None)


@contextlib.contextmanager
def language(english: bool):
    """Render in one language within this block (this thread only), e.g. for a download."""
    token = _OVERRIDE.set(bool(english))
    try:
        yield
    finally:
        _OVERRIDE.reset(token)


def is_english() -> bool:
    """The language of the current session: the override, else the session's toggle, else Vietnamese."""
    override = _OVERRIDE.get()
    if override is not None:
        return override
    try:
        from streamlit.runtime.scriptrunner import get_script_run_ctx
    except ImportError:      # streamlit is not installed where only the CLI runs
        return False
    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None:
        return False
    return bool(ctx.session_state["english"]) if "english" in ctx.session_state else False


def frozen(func):
    """FUNC bound to the current session's language, for widget format_funcs (Streamlit may
    call them outside the script run, where the session is not known)."""
    english = is_english()

    def call(*args, **kwargs):
        with language(english):
            return func(*args, **kwargs)
    return call


def t(key: str, **values) -> str:
    vi, en = TEXT[key]
    return (en if is_english() else vi).format(**values)


def level_name(level: str | None) -> str:
    return (LEVEL_EN if is_english() else LEVEL_VI).get(level, level or LEVEL_VI[None])


def system_name(system: str | None) -> str:
    return (SYSTEM_EN if is_english() else SYSTEM_VI).get(system, system or "")


def status_name(status: str) -> str:
    return (STATUS_EN if is_english() else STATUS_VI).get(status, status)


def fmt_date(value: str | dt.date | None) -> str:
    """ISO date (or date) -> dd/mm/yyyy; '' for none; anything unparsable as given."""
    if not value:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    try:
        return dt.date.fromisoformat(str(value)[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return str(value)


# -- explorer pages (issue 12): every word a page shows, in both languages -----------------------
TEXT.update({
    "backend_networkx": ("Kho nhúng (networkx)", "Embedded store (networkx)"),
    "ocr_progress": ("{name}: nhận dạng chữ (OCR) trang {page}/{pages}", "{name}: reading the scan (OCR), page {page}/{pages}"),
    "backend_neo4j": ("Máy chủ Neo4j", "Neo4j server"),
    "backend_down": ("Không kết nối được máy chủ Neo4j ({uri}). Trang này không hiển thị dữ liệu nào. Hãy khởi động "
                     "máy chủ (tools/neo4j.sh start) hoặc chọn nguồn dữ liệu \"Kho nhúng\" ở thanh bên.",
                     "The Neo4j server cannot be reached ({uri}). This page shows no data. Start the server "
                     "(tools/neo4j.sh start) or choose the \"Embedded store\" backend in the sidebar."),
    "backend_down_short": ("Neo4j không trả lời.", "Neo4j does not answer."),
    "loading_store": ("Đang nạp kho văn bản…", "Loading the document store…"),
    # columns
    "col_no": ("STT", "No."), "col_symbol": ("Số hiệu", "Number"), "col_type": ("Loại", "Type"),
    "col_date": ("Ngày", "Date"), "col_issuer": ("Cơ quan ban hành", "Issuer"), "col_level": ("Cấp", "Level"),
    "col_province": ("Tỉnh/thành", "Province"), "col_title": ("Trích yếu", "Title"),
    "col_in_store": ("Có văn bản", "In the corpus"), "col_open": ("Mở", "Open"), "col_lineage": ("Phả hệ", "Lineage"),
    "col_coverage": ("Ban hành", "Coverage"), "col_unit": ("Đơn vị", "Unit"), "col_body": ("Cơ quan", "Body"),
    "col_status": ("Trạng thái", "Status"), "col_deadline": ("Thời hạn", "Deadline"),
    "col_answered_on": ("Ngày ban hành", "Issued on"), "col_delay": ("Độ trễ (ngày)", "Delay (days)"),
    "col_answers": ("Văn bản trả lời", "Answering documents"), "col_reason": ("Căn cứ", "Grounds"),
    "col_total": ("Tổng", "Total"), "col_count": ("Số văn bản", "Documents"),
    "col_relation": ("Quan hệ", "Relation"), "col_state": ("Tình trạng", "State"),
    "col_field": ("Trường", "Field"), "col_value": ("Giá trị", "Value"), "col_passage": ("Đoạn văn", "Passage"),
    "col_document": ("Văn bản", "Document"), "col_parent": ("Văn bản cấp trên", "Parent document"),
    "col_expects_plan": ("Phải ban hành văn bản", "Must issue a document"), "col_file": ("Tệp", "File"),
    "col_reason_failed": ("Lý do", "Reason"), "col_missing": ("Thiếu", "Missing"),
    "col_confidence": ("Độ tin cậy", "Confidence"), "col_candidates": ("Các khả năng", "Candidates"),
    "col_cited_times": ("Số lần được trích dẫn", "Times cited"), "col_cited_by": ("Được trích dẫn bởi", "Cited by"),
    "col_depth": ("Độ sâu", "Depth"), "col_directive": ("Văn bản chỉ đạo", "Directive"),
    "col_before": ("Trước", "Before"), "col_after": ("Sau", "After"), "col_info": ("Thông tin", "Information"),
    # values
    "yes": ("có", "yes"), "no": ("không", "no"), "in_store": ("có văn bản", "in the corpus"),
    "open_link": ("mở", "open"), "doc_link": ("văn bản", "document"), "lineage_link": ("phả hệ", "lineage"),
    "coverage_link": ("tình hình", "coverage"),
    "rel_implements": ("thực hiện", "implements"), "rel_based_on": ("căn cứ", "based on"),
    "rel_cites": ("trích dẫn", "cites"), "rel_amends": ("sửa đổi", "amends"), "rel_supersedes": ("thay thế", "supersedes"),
    "rel_attached_to": ("kèm theo", "attached to"), "rel_details": ("quy định chi tiết", "details"),
    "rel_guides": ("hướng dẫn", "guides"), "rel_repeals": ("bãi bỏ", "repeals"),
    "rel_reports_on": ("báo cáo về", "reports on"), "rel_mentions": ("nhắc đến", "mentions"),
    "rel_relayed": ("thực hiện (được dẫn lại)", "implements (relayed)"),
    "field_symbol": ("số hiệu", "number"), "field_date": ("ngày", "date"), "field_issuer": ("cơ quan ban hành", "issuer"),
    "meta_file": ("Tệp", "File"), "meta_format": ("Định dạng", "Format"),
    "meta_issuer_evidence": ("Căn cứ xác định cơ quan", "How the issuer was found"),
    "meta_signer": ("Người ký", "Signed by"), "meta_recipients": ("Nơi nhận", "Recipients"),
    "meta_system": ("Hệ thống", "System"),
    # find
    "find_placeholder": ("nghi quyet 57 · 57 NQ TW · kim dong", "nghi quyet 57 · 57 NQ TW · kim dong"),
    # lineage
    "folded_groups": ("{n} nhóm thu gọn", "{n} folded groups"),
    "lineage_legend": ("Màu theo cấp: đỏ Trung ương · cam tỉnh · xanh lá huyện · xanh dương xã. Khung trắng viền nét "
                       "đứt: văn bản chưa có trong kho. Mũi tên nét đứt: quan hệ được dẫn lại. Bấm vào một văn bản "
                       "để mở trang của nó.",
                       "Colour by level: red central · orange province · green district · blue commune. White box "
                       "with a dashed border: a document not in the corpus. Dashed arrow: a relayed claim. Click a "
                       "document to open its page."),
    "download_list": ("Tải danh sách (CSV)", "Download the list (CSV)"), "lineage_file": ("pha-he", "lineage"),
    "agg_answered": ("{answered} / {expected} đơn vị đã ban hành", "{answered} / {expected} units have issued"),
    "agg_docs": ("{n} văn bản", "{n} documents"), "agg_below": ("+{n} văn bản cấp dưới", "+{n} documents below"),
    "agg_hint": ("chọn 'Mở rộng nhóm' để xem từng văn bản", "choose 'Expand groups' to see each document"),
    "agg_rest": ("+{n} văn bản khác", "+{n} more documents"),
    # coverage
    "missing_total": ("chưa ban hành (tổng)", "not issued (total)"),
    "no_deadline": ("văn bản không ghi thời hạn", "no deadline in the document"),
    "no_units": ("Văn bản này không giao đơn vị nào xây dựng văn bản thực hiện.",
                 "This document asks no unit to issue an implementing document."),
    "unit_list": ("Danh sách đơn vị", "Units"),
    "checklist_csv": ("Tải bảng kiểm (CSV)", "Download the checklist (CSV)"),
    "checklist_xlsx": ("Tải bảng kiểm (XLSX)", "Download the checklist (XLSX)"),
    "checklist_file": ("bang-kiem", "checklist"), "checklist_sheet": ("Bảng kiểm", "Checklist"),
    "checklist_title": ("Bảng kiểm tình hình ban hành văn bản thực hiện {name}",
                        "Checklist of implementing documents for {name}"),
    "checklist_issuer": ("Cơ quan ban hành: {issuer}; ngày {date}", "Issuer: {issuer}; date {date}"),
    "checklist_deadline": ("Thời hạn: {deadline}; tính đến ngày {as_of}", "Deadline: {deadline}; as of {as_of}"),
    "no_deadline_short": ("không ghi", "none given"),
    "no_answers_dated": ("Chưa có văn bản trả lời có ngày ban hành.", "No dated answer yet."),
    "unknown_place": ("Chưa rõ", "Unknown"),
    # document
    "tab_refs": ("Trích dẫn", "References"), "tab_assign": ("Giao nhiệm vụ", "Assignments"),
    "tab_deadlines": ("Thời hạn", "Deadlines"),
    "cited_only": ("Văn bản này chưa có trong kho: chỉ biết qua trích dẫn của văn bản khác.",
                   "This document is not in the corpus: it is known only from other documents citing it."),
    "legend_parent": ("văn bản căn cứ / thực hiện", "parent document"), "legend_ref": ("trích dẫn khác", "other citation"),
    "legend_assign": ("giao nhiệm vụ", "assignment"), "legend_deadline": ("thời hạn", "deadline"),
    "legend_relay": ("quan hệ được dẫn lại", "relayed claim"), "legend_meta": ("số hiệu, ngày, trích yếu",
                                                                              "number, date, title"),
    # quality
    "q_missing": ("Thiếu thông tin", "Incomplete"), "q_ambiguous": ("Cơ quan chưa chắc", "Uncertain issuer"),
    "q_cited": ("Trích dẫn chưa có", "Cited, not in corpus"),
    # upload
    "reading": ("Đang đọc tệp…", "Reading files…"), "done": ("Xong", "Done"),
    "added": ("Đã thêm {n} văn bản vào kho:", "Added {n} documents to the store:"),
    "unchanged": ("{n} tệp đã có trong kho, không thay đổi.", "{n} files were already in the store, unchanged."),
    "store_count": ("Kho: {n} văn bản.", "Store: {n} documents."),
    "read_line": ("{name} · {issuer} · căn cứ tìm thấy: {parents}", "{name} · {issuer} · parents found: {parents}"),
    "no_parents": ("không có", "none"),
    "rejected_title": ("Tệp bị từ chối", "Rejected files"), "dismiss": ("Bỏ qua các thông báo này", "Dismiss these"),
    "synced": ("Đã đồng bộ kho lên Neo4j.", "The store was synced to Neo4j."),
    "sync_failed": ("Chưa đồng bộ được lên Neo4j: máy chủ không trả lời. Văn bản vẫn ở trong kho nhúng.",
                    "Could not sync to Neo4j: the server does not answer. The documents are kept in the embedded store."),
    "err_type": ("loại tệp không hỗ trợ ({suffix})", "unsupported file type ({suffix})"),
    "err_no_suffix": ("không có đuôi", "no extension"),
    "err_too_big": ("tệp quá lớn: {size} MB > giới hạn {limit} MB", "file too large: {size} MB > limit {limit} MB"),
    "err_empty": ("tệp rỗng", "empty file"),
    "err_unreadable": ("không đọc được nội dung tệp", "the file's content could not be read"),
    # export
    "make_snapshot": ("Tạo bản chụp", "Make a snapshot"), "download_file": ("Tải tệp .{suffix}", "Download .{suffix}"),
    "snap_old": ("Bản chụp cũ (JSON)", "Older snapshot (JSON)"), "snap_new": ("Bản chụp mới (JSON)", "Newer snapshot (JSON)"),
    "snap_bad": ("Không đọc được bản chụp: tệp không phải bản chụp JSON của Cascade.",
                 "The snapshot cannot be read: the file is not a Cascade JSON snapshot."),
    "snap_sides": ("Cũ: {old_date} · {old_n} văn bản — Mới: {new_date} · {new_n} văn bản",
                   "Older: {old_date} · {old_n} documents — Newer: {new_date} · {new_n} documents"),
    "arrived": ("Văn bản mới đến", "Documents arrived"), "opened": ("Khoảng trống mới mở", "Gaps opened"),
    "closed": ("Khoảng trống đã đóng", "Gaps closed"),
    "decided": ("Quyết định xem xét mới", "Review decisions taken"),
    "fmt_json": ("JSON (node-link)", "JSON (node-link)"), "fmt_graphml": ("GraphML", "GraphML"),
    "fmt_gexf": ("GEXF (Gephi)", "GEXF (Gephi)"), "fmt_csv": ("CSV (nút + cạnh, nén zip)", "CSV (nodes + edges, zipped)"),
    "fmt_cypher": ("Cypher (Neo4j)", "Cypher (Neo4j)"), "fmt_html": ("HTML độc lập", "Standalone HTML"),
    "meta_created": ("Thời điểm", "Created"), "meta_root": ("Văn bản gốc", "Root document"),
    "meta_digest": ("Mã kho", "Corpus digest"), "meta_documents": ("Số văn bản", "Documents"),
    "meta_nodes": ("Số nút", "Nodes"), "meta_edges": ("Số cạnh", "Edges"),
})
RELATIONS = ("implements", "based_on", "cites", "amends", "supersedes", "attached_to", "details", "guides",
             "repeals", "reports_on", "mentions", "relayed")


def relation_name(relation: str | None) -> str:
    """A reference's relation in the UI language ('implements' -> 'thực hiện')."""
    relation = (relation or "").lower()
    return t(f"rel_{relation}") if relation in RELATIONS else t("rel_cites")


def doc_name(meta: dict) -> str:
    """A document as people name it: its number, else type, issuer and date (no dangling dots)."""
    if meta.get("symbol"):
        return str(meta["symbol"])
    parts = [type_name(meta.get("doc_type")) or t("document"), meta.get("issuer"), fmt_date(meta.get("date"))]
    return " · ".join(str(p) for p in parts if p)


def doc_label(meta: dict) -> str:
    """The name with issuer and date, for pickers: '57-NQ/TW · Bộ Chính trị · 22/12/2024'."""
    name = doc_name(meta)
    if not meta.get("symbol"):
        return name
    return " · ".join(str(p) for p in (name, meta.get("issuer"), fmt_date(meta.get("date"))) if p)


# Loader messages (English, from loaders/) -> sentences in the UI language, by their first words;
# a message not listed reads as "the file's content could not be read".
TEXT.update({
    "err_folder": ("là thư mục, không phải tệp", "is a folder, not a file"),
    "err_not_found": ("không tìm thấy tệp", "file not found"), "err_denied": ("không có quyền đọc tệp", "permission denied"),
    "err_docx": ("tệp .docx hỏng hoặc không đầy đủ", "corrupt or truncated .docx"),
    "err_doc": ("tệp Word .doc cũ (hoặc .docx có mật khẩu): hãy lưu lại dưới dạng .docx",
                "old binary Word .doc (or encrypted .docx): save it as .docx"),
    "err_zip_bomb": ("tệp nén có kích thước bất thường", "suspicious compressed size"),
    "err_binary": ("tệp nhị phân, không phải văn bản", "binary file, not text"),
    "err_pdf": ("tệp PDF hỏng hoặc không đầy đủ", "corrupt or truncated PDF"),
    "err_pdf_encrypted": ("tệp PDF có mật khẩu", "encrypted PDF (password required)"),
    "err_pdf_scan": ("PDF không có lớp chữ (bản quét?)", "PDF has no text layer (scanned?)"),
    "err_no_text": ("không tìm thấy chữ trong tệp", "no text found in the file"),
})
LOAD_ERRORS = (("empty file", "err_empty"), ("unsupported file type", "err_type_plain"), ("is a folder", "err_folder"),
               ("file not found", "err_not_found"), ("permission denied", "err_denied"),
               ("old binary word", "err_doc"), ("corrupt or truncated .docx", "err_docx"),
               ("suspicious compressed", "err_zip_bomb"), ("binary file", "err_binary"),
               ("corrupt pdf", "err_pdf"), ("corrupt or truncated pdf", "err_pdf"),
               ("encrypted pdf", "err_pdf_encrypted"), ("pdf has no text layer", "err_pdf_scan"),
               ("no text found", "err_no_text"), ("file too large", "err_too_big_plain"), ("too large", "err_too_big_plain"))
TEXT.update({"err_type_plain": ("loại tệp không hỗ trợ", "unsupported file type"),
             "err_too_big_plain": ("tệp quá lớn", "file too large")})


def load_error_text(reason: str) -> str:
    """A loader's reason (the message without the file name) as a sentence in the UI language."""
    low = reason.lower()
    return next((t(key) for prefix, key in LOAD_ERRORS if prefix in low), t("err_unreadable"))


# --- Gaps: the reason each unit is listed, and the statuses (issue 11) ------------------------------
# One sentence per status, in the UI language: names and document numbers only, never an internal
# id. queries/reasons.py fills them; the CLI, the CSV/XLSX checklists and the app show them.
STATUS_VI["unplaced"] = "không xác định được đơn vị"
STATUS_EN["unplaced"] = "unit not identified"
UNPLACED_BODY = (STATUS_VI["unplaced"], STATUS_EN["unplaced"])
REASON_TEXT = {
    # key: (vi, en)
    "covered": ("{unit} có {documents}, trong hạn.", "{unit} issued {documents}, on time."),
    "covered_undated": ("{unit} có {documents}.", "{unit} issued {documents}."),
    "covered_via": ("{unit} trả lời qua {counterpart}: {documents}.", "{unit} answered through {counterpart}: {documents}."),
    "late": ("{unit} có {documents}, ban hành sau hạn {days} ngày.",
             "{unit} issued {documents}, {days} days after the deadline."),
    "late_via": ("{unit} trả lời qua {counterpart}: {documents}, ban hành sau hạn {days} ngày.",
                 "{unit} answered through {counterpart}: {documents}, {days} days after the deadline."),
    "overdue": ("{unit} chưa có văn bản thực hiện; đã quá hạn {deadline} {days} ngày.",
                "{unit} has issued nothing; the deadline {deadline} passed {days} days ago."),
    "not_due": ("{unit} chưa có văn bản thực hiện; hạn {deadline} chưa đến.",
                "{unit} has issued nothing yet; the deadline {deadline} has not come."),
    "missing": ("{unit} chưa có văn bản thực hiện; văn bản không ghi thời hạn.",
                "{unit} has issued nothing; the document sets no deadline."),
    "unplaced": ("Không xác định được đơn vị «{text}» trong danh mục đơn vị: cần người kiểm tra.",
                 "The unit «{text}» could not be identified in the registry of bodies: a person should check."),
    "assigned": ("Được giao tại phần Tổ chức thực hiện: «{text}».", "Assigned in 'Tổ chức thực hiện': «{text}»."),
    "document": ("{doc_type} {symbol} ngày {date}", "{doc_type} {symbol} of {date}"),
    "document_undated": ("{doc_type} {symbol}", "{doc_type} {symbol}"),
    "no_number": ("không số", "without a number"),
    "a_document": ("Văn bản", "Document"),
    "possible": ("{unit} có {document}, dẫn «{cites}» không ghi số: có thể là {candidates}, chưa xác định "
                 "được văn bản nào; cần người xác nhận.",
                 "{unit} issued {document}, which cites «{cites}» without a number: it may be {candidates}; "
                 "which one is not known: a person should confirm."),
    "or": (" hoặc ", " or "),
}


def reason_text(key: str, lang: str = "vi", **values) -> str:
    """A reason sentence of REASON_TEXT in `lang` ('vi' or 'en'), whatever the UI toggle says."""
    vi, en = REASON_TEXT[key]
    return (en if lang == "en" else vi).format(**values)


def ui_lang() -> str:
    """The language the UI shows now (this session's): 'en' or 'vi'."""
    return "en" if is_english() else "vi"


# --- Review in the app (issue 11, item 7): confirm or reject uncertain gaps rows ------------------
TEXT.update({
    "review_title": ("Xem xét các trường hợp chưa chắc chắn", "Review uncertain readings"),
    "review_help": ("Văn bản trả lời qua cơ quan tương ứng hoặc không ghi số, đơn vị không xác định được: "
                    "hãy xác nhận hoặc bác bỏ. Văn bản trả lời bị bác bỏ không được tính.",
                    "Answers through a counterpart or without a number, units not identified: confirm or "
                    "reject them. A rejected answer does not count."),
    "review_none": ("Không có trường hợp nào cần xem xét.", "Nothing to review."),
    "review_who": ("Người xem xét (họ tên)", "Reviewer (full name)"),
    "review_row": ("Đơn vị cần xem xét", "Row to review"),
    "review_note": ("Ghi chú (không bắt buộc)", "Note (optional)"),
    "review_choice": ("Văn bản được dẫn (nhiều văn bản phù hợp)", "Document cited (several fit)"),
    "review_do_confirm": ("Xác nhận", "Confirm"), "review_do_reject": ("Bác bỏ", "Reject"),
    "review_do_undo": ("Hủy quyết định", "Undo decision"),
    "review_need_who": ("Hãy nhập họ tên người xem xét trước khi quyết định.",
                        "Enter the reviewer's name before deciding."),
    "review_saved": ("Đã ghi quyết định: {decision} — {unit}.", "Decision recorded: {decision} — {unit}."),
    "review_undone": ("Đã hủy quyết định về {unit}.", "Decision on {unit} undone."),
    "review_confirm": ("đã xác nhận", "confirmed"), "review_reject": ("đã bác bỏ", "rejected"),
    "review_pending": ("chưa xem xét", "not reviewed"),
    "col_review": ("Xem xét", "Review"), "col_review_who": ("Người xem xét", "Reviewer"),
    "col_review_when": ("Ngày xem xét", "Reviewed on"),
    "meta_reviews": ("Số quyết định xem xét", "Review decisions"),
})


# --- Document types in the UI language (data/i18n/doc_types.csv: the type as printed -> English).
# Types are shown as printed in Vietnamese mode; a type the table lacks stays as printed.
TYPE_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "i18n" / "doc_types.csv"


@functools.cache
def type_names_en() -> dict[str, str]:
    with open(TYPE_NAMES_FILE, encoding="utf-8", newline="") as handle:
        return {row["doc_type"]: row["english"] for row in csv.DictReader(handle)}


def type_name(doc_type: str | None, lang: str | None = None) -> str:
    """'Kế hoạch' -> 'Plan' in English ('' for no type); LANG ('vi'/'en') overrides the session's."""
    if not doc_type:
        return ""
    english = is_english() if lang is None else lang == "en"
    return type_names_en().get(doc_type, doc_type) if english else doc_type


TEXT.update({
    "picker_search": ("Tìm văn bản để chọn", "Search for a document"),
})
