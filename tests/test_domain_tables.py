"""The domain tables (data/domain/*.csv) are tested like code: every row is well formed and
every example in them is read the way the row says (as courts-db tests its regexes)."""
from __future__ import annotations

import re
import unicodedata

import pytest

from domain import tables
from extraction import extract_document
from extraction.symbols import find_symbols
from loaders import match_text

FILES = ["doc_types.csv", "issuer_codes.csv", "relation_phrases.csv", "unit_classes.csv", "body_kinds.csv",
         "boards.csv", "opening_words.csv", "damaged_codes.csv", "place_abbreviations.csv", "head_titles.csv",
         "stacked_names.csv", "type_word_compounds.csv", "date_words.csv", "code_look_alikes.csv"]
RELATIONS = {"implements", "based_on", "mentions", "amends", "supersedes", "repeals", "guides", "details",
             "attached_to", "reports_on"}


@pytest.mark.parametrize("name", FILES)
def test_rows_are_well_formed(name):
    rows = tables.read_rows(name)
    assert rows, name
    header = list(rows[0])
    for row in rows:
        assert list(row) == header and None not in row, f"{name}: a row has extra or missing columns: {row}"
        for value in row.values():
            assert value == unicodedata.normalize("NFC", value), f"{name}: not NFC: {value!r}"
    columns = KEY_COLUMNS.get(name, header[:1])
    keys = [tuple(row[c] for c in columns) for row in rows]
    assert len(keys) == len(set(keys)), f"{name}: duplicate {columns}"


# A row's key is its first column, but an opening word may play two roles ("Theo đó" moves to the
# body, and retells the preamble when a cue follows it).
KEY_COLUMNS = {"opening_words.csv": ["word", "role"], "date_words.csv": ["printed"], "code_look_alikes.csv": ["example"]}


def test_relation_phrases_use_known_relations():
    for phrase in tables.relation_phrases():
        assert phrase.relation in RELATIONS and phrase.strength in ("strong", "medium", "weak")


def _relation_of(sentence: str, where: str) -> str:
    text = "TỈNH ỦY THANH HÓA\n*\nSố 9-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nThanh Hóa, ngày 05 tháng 5 năm 2025\n\nKẾ HOẠCH\n"
    if where == "preamble":
        text += f"tuyên truyền\n\n{sentence}, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n\nNội dung.\n"
    else:
        text += f"tuyên truyền\n\nBan Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n\n1. Nội dung {sentence}.\n"
    record = extract_document(text)
    symbols = [s.symbol for s in find_symbols(match_text(sentence))]
    return next(r.relation for r in record.references if r.symbol == symbols[-1])


@pytest.mark.parametrize("phrase", tables.relation_phrases(), ids=lambda p: p.phrase)
def test_every_relation_example_reads_as_its_relation(phrase):
    where = "preamble" if phrase.relation in ("implements", "based_on") or phrase.phrase == "theo đề nghị" else "body"
    example = tables.read_rows("relation_phrases.csv")
    sentence = next(r["example"] for r in example if r["phrase"] == phrase.phrase)
    assert _relation_of(sentence, where) == phrase.relation


@pytest.mark.parametrize("row", tables.read_rows("doc_types.csv"), ids=lambda r: r["doc_type"])
def test_doc_type_examples_parse_with_their_codes(row):
    for example in filter(None, row["examples"].split(";")):
        found = find_symbols(match_text(example))
        assert [s.symbol for s in found] == [example]
        codes = row["codes"].split(";") + (["QĐ"] if row["doc_type"] == "Quy định" else [])
        assert found[0].type_code in codes or found[0].type_code is None


@pytest.mark.parametrize("row", tables.read_rows("code_look_alikes.csv"), ids=lambda r: r["example"])
def test_a_letter_for_a_digit_in_a_symbols_number_is_read_as_the_digit_and_said(row):
    from loaders.code_digits import repair
    text, warnings = repair(row["example"])
    assert text == row["repaired"] and len(warnings) == 1 and row["printed"] in warnings[0]


@pytest.mark.parametrize("row", tables.read_rows("damaged_codes.csv"), ids=lambda r: r["printed"])
def test_a_type_code_a_broken_font_printed_is_kept_as_printed_and_read_as_the_intact_code(row):
    found = find_symbols(match_text(f"Căn c Quy t nh s {row['example']} ngày 12/3/2009"))
    assert [s.symbol for s in found] == [row["example"].replace(" ", "")]
    assert found[0].type_code == row["code"] and row["code"].replace("Đ", "") == row["printed"]


@pytest.mark.parametrize("code", list(tables.issuer_codes()))
def test_issuer_codes_parse(code):
    found = find_symbols(f"12-KH/{code}")
    assert [s.issuer_code for s in found] == [code]


@pytest.mark.parametrize("row", tables.read_rows("issuer_codes.csv"), ids=lambda r: r["code"])
def test_each_issuer_code_gives_its_rows_level_to_a_page_named_only_by_its_symbol(row):
    """A row's level is the level a page that names its issuer only by the symbol gets; a row without one (UBND,
    BHXH, MTTQ: any level) gives none, unless its kind has one (ĐU: grassroots unless the text says more)."""
    symbol = f"12-KH/{row['code']}" if row["system"] == "party" else f"12/KH-{row['code']}"
    record = extract_document(f"Số: {symbol}\nKẾ HOẠCH\nTổ chức hội thi năm 2024\n\nI. MỤC ĐÍCH\n\nNội dung.\n")
    assert record.issuer_code == row["code"] and row["code"] in record.issuer.evidence
    if row["level"] or not row["kind"]:
        assert record.issuer.level == (row["level"] or None)


@pytest.mark.parametrize("printed, code", [("SGD&ĐT", "SGDĐT"), ("PGD&ĐT", "PGDĐT"), ("PGDDT", "PGDĐT"),
                                           ("SLDTBXH", "SLĐTBXH"), ("ĐĐQH15", "ĐĐQH")])
def test_an_issuer_code_as_pages_print_it_finds_its_row(printed, code):
    assert tables.issuer_code_entry(printed).code == code


@pytest.mark.parametrize("row", tables.read_rows("unit_classes.csv"), ids=lambda r: r["example"])
def test_unit_class_examples_match(row):
    assert re.search(row["pattern"], row["example"], re.IGNORECASE)


@pytest.mark.parametrize("row", tables.read_rows("body_kinds.csv"), ids=lambda r: r["example"])
def test_body_kind_examples_find_their_kind(row):
    first = next(k for k in tables.body_kinds() if k.pattern.search(row["example"]))
    assert first.kind == row["kind"]


def _plan(opening: str) -> str:
    return ("ĐẢNG BỘ TỈNH THANH HÓA\nHUYỆN ỦY THỌ XUÂN\n*\nSố 9-KH/HU\nThọ Xuân, ngày 05 tháng 5 năm 2025\n\n"
            f"KẾ HOẠCH\ntuyên truyền\n\n{opening}\n\nII. NHIỆM VỤ\n\n1. Nội dung.\n")


@pytest.mark.parametrize("row", [r for r in tables.read_rows("opening_words.csv") if r["role"] in ("cue", "weak_cue")],
                         ids=lambda r: r["word"])
def test_a_cue_opens_the_opening_and_its_citation_is_a_parent(row):
    """Each cue, as its example writes it, makes the document it cites a parent (or, when it
    cites none, the plan its list goes on with)."""
    cited = [s.symbol for s in find_symbols(match_text(row["example"]))]
    sentence = row["example"] if cited else f"{row['example']}; Kế hoạch số 21-KH/TU ngày 02/4/2025 của Tỉnh ủy"
    record = extract_document(_plan(sentence + ", Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:"))
    relations = {r.symbol: r.relation for r in record.references}
    assert relations.get((cited or ["21-KH/TU"])[0]) in ("implements", "based_on"), (row["word"], relations)


@pytest.mark.parametrize("row", [r for r in tables.read_rows("opening_words.csv") if r["role"] == "basis_heading"],
                         ids=lambda r: r["word"])
def test_a_basis_heading_makes_its_list_the_basis(row):
    heading = row["example"] if row["example"][:2].strip(". ").isalnum() else f"I. {row['example']}"
    opening = (f"Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:\n\n{heading}\n"
               "- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n"
               "- Kế hoạch số 21-KH/TU ngày 02/4/2025 của Ban Thường vụ Tỉnh ủy.")
    record = extract_document(_plan(opening))
    relations = {r.symbol: r.relation for r in record.references}
    assert relations == {"57-NQ/TW": "based_on", "21-KH/TU": "based_on"}, (row["word"], relations)



@pytest.mark.parametrize("row", [r for r in tables.read_rows("opening_words.csv") if r["role"] == "related_list"],
                         ids=lambda r: r["word"])
def test_a_list_of_other_articles_ends_the_opening(row):
    """Under a news page's text, a site's list of other articles (its heading as the example prints it) cites
    what other documents carry out: no parent of the page's document."""
    heading = row["example"].split(" (")[0]
    page = ("Ngày 05/5/2025, Ban Thường vụ Huyện ủy Thọ Xuân ban hành Kế hoạch số 9-KH/HU thực hiện Kết luận số "
            f"121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương.\n\n{heading}\nTriển khai Chỉ thị số 45-CT/TW "
            "của Bộ Chính trị\nThực hiện Kế hoạch số 21-KH/TU ngày 02/4/2025 của Tỉnh ủy\n")
    relations = {r.symbol: r.relation for r in extract_document(page).references}
    assert relations == {"121-KL/TW": "implements", "45-CT/TW": "mentions", "21-KH/TU": "mentions"}, relations


@pytest.mark.parametrize("row", [r for r in tables.read_rows("opening_words.csv") if r["role"] == "retells_opening"],
                         ids=lambda r: r["word"])
def test_a_news_paragraph_retelling_the_preamble_gives_parents(row):
    """After a lead that announces the document, the paragraph that retells its preamble names its parents."""
    page = ("Hoãn tổ chức lễ hội năm 2020\n\nUBND tỉnh Lai Châu đã có văn bản số 215/UBND-VX gửi các sở về việc "
            f"hoãn tổ chức lễ hội.\n\n{row['example']}, UBND tỉnh chỉ đạo hoãn tổ chức lễ hội.\n")
    cited = [s.symbol for s in find_symbols(match_text(row["example"]))]
    relations = {r.symbol: r.relation for r in extract_document(page).references}
    assert cited and all(relations.get(c) == "implements" for c in cited), (row["word"], relations)


@pytest.mark.parametrize("row", tables.read_rows("place_abbreviations.csv"), ids=lambda r: r["example"])
def test_place_abbreviation_examples_are_spelled_out(row):
    from extraction.issuer import spell_out_places
    spelled = spell_out_places(row["example"])
    assert row["place"] in spelled and spelled.count(row["place"].split()[0]) == 1, spelled


def test_each_head_title_reads_its_example():
    for row in tables.read_rows("head_titles.csv"):
        title = re.compile(rf"(?:{row['title']})\s", re.IGNORECASE)
        assert title.match(row["example"]), row


@pytest.mark.parametrize("row", tables.read_rows("stacked_names.csv"), ids=lambda r: r["example"])
def test_a_left_column_flattened_into_one_cell_names_its_last_body(row):
    # The example is a superior and the issuer in one cell: the issuer is the name the row's words open last.
    from extraction.pipeline import extract_document
    page = (f"{row['example']} | Số: 45-KH | Hưng Yên, ngày 12 tháng 3 năm 2023\n\nKẾ HOẠCH\nchuyển đổi số\n\n"
            "I. MỤC ĐÍCH\n")
    issuer = extract_document(page).issuer
    last = row["example"].rindex(row["name"] + " ")
    assert issuer.span and issuer.span[0] == last, issuer


@pytest.mark.parametrize("row", tables.read_rows("type_word_compounds.csv"), ids=lambda r: r["compound"])
def test_a_headline_opening_with_a_type_word_compound_names_no_type(row):
    """A news headline that starts with such a noun ("Báo cáo viên ...") is no document's title."""
    page = f"{row['example']}\n\nSáng 5/3, đông đảo cán bộ, người dân tham dự.\n"
    assert row["example"].lower().startswith(row["compound"].lower())
    assert extract_document(page).doc_type is None


@pytest.mark.parametrize("row", tables.read_rows("date_words.csv"), ids=lambda r: r["printed"])
def test_a_date_word_as_pages_print_it_dates_the_header_line(row):
    """The example is a header's place-date line with the word printed so: the page bears its date."""
    assert row["printed"] in row["example"]
    page = f"UBND TỈNH HƯNG YÊN\nSố: 45/KH-UBND\nĐộc lập - Tự do - Hạnh phúc\n{row['example']}\n\nKẾ HOẠCH\nchuyển đổi số\n"
    assert extract_document(page).date == row["date"]
