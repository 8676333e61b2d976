"""A generated cascade, built as DocumentRecord objects directly (no files, no extraction).

Each root is a central resolution (NN-NQ/TW) that directs every province committee (pre-2025
registry: tu.*) to issue a plan; each province plan implements the root and directs its
district committees; each district plan directs its communes. Some units answer late, some
never; some plans cite the root directly as BASED_ON (several parents) and MENTION a sibling.
Deterministic for a given (n_documents, seed). Used by tests/test_backends.py and
benchmarks/neo4j_bench.py."""
from __future__ import annotations

import random

from domain.registry import Registry
from extraction import identity
from extraction.models import Assignment, DocumentRecord, Issuer, Reference

ROOT_DATE = "2024-03-01"


def _record(body, code: str, number: int, date: str, title: str) -> DocumentRecord:
    scope = identity.scope(code, body.body_id if body else None)
    symbol = f"{number}-KH/{code}"
    issuer = Issuer(name=body.name if body else "Bộ Chính trị", level=body.level if body else "central",
                    system=body.system if body else "party", locality=body.locality if body else None,
                    province=body.province if body else None, body_id=body.body_id if body else None,
                    evidence="generated", confidence=1.0)
    doc_type, type_code = ("Nghị quyết", "NQ") if body is None else ("Kế hoạch", "KH")
    if body is None:
        symbol = f"{number}-NQ/TW"
    return DocumentRecord(source=f"generated/{scope}/{number}", doc_id=identity.document_id(scope, type_code, str(number), date),
                          symbol=symbol, number=str(number), doc_type=doc_type, date=date, title=title,
                          issuer=issuer, type_code=type_code, issuer_code=code, effective_date=date)


def _cite(parent: DocumentRecord, relation: str) -> Reference:
    return Reference(relation=relation, symbol=parent.symbol, doc_type=parent.doc_type, date=parent.date,
                     issuer=parent.issuer.name, text=f"{parent.doc_type} số {parent.symbol}", span=(0, 10),
                     number=parent.number, type_code=parent.type_code, issuer_code=parent.issuer_code,
                     where="preamble" if relation != "mentions" else "body",
                     issuer_body_id=parent.issuer.body_id)


def _direct(record: DocumentRecord, units: list, deadline: str, what: str) -> None:
    record.assignments.append(Assignment(
        unit=what, expects_plan=True, deadline=deadline, text=f"{what} xây dựng kế hoạch thực hiện",
        span=(20, 60), unit_class="child", body_ids=[u.body_id for u in units], evidence="generated"))


def _next(numbers: dict[str, int], body) -> int:
    """A number not used before by this body (doc ids must not collide)."""
    numbers[body.body_id] = numbers.get(body.body_id, 0) + 1
    return numbers[body.body_id]


def _day(rng: random.Random, month: int, late: bool) -> str:
    return f"2024-{month + (2 if late else 0):02d}-{rng.randint(1, 28):02d}"


def generate_records(n_documents: int, seed: int = 0, registry: Registry | None = None) -> list[DocumentRecord]:
    """About n_documents records (exactly, unless the registry runs out of units)."""
    registry = registry or Registry.load()
    rng = random.Random(seed)
    provinces = [b for b in registry.all() if b.level == "province" and b.system == "party"
                 and b.valid_to and b.valid_to.year == 2025]
    records: list[DocumentRecord] = []
    numbers: dict[str, int] = {}
    number = 0
    while len(records) < n_documents:
        number += 1
        root = _record(None, "TW", 100 + number, ROOT_DATE, f"Nghị quyết số {100 + number} về chủ đề {number}")
        _direct(root, provinces, "2024-05-31", "Các tỉnh ủy, thành ủy")
        records.append(root)
        for province in provinces:
            if len(records) >= n_documents or rng.random() < 0.05:
                continue
            plan = _record(province, "TU", _next(numbers, province), _day(rng, 4, rng.random() < 0.1),
                           f"Kế hoạch thực hiện Nghị quyết {root.symbol} tại {province.locality}")
            plan.references.append(_cite(root, "implements"))
            districts = registry.children(province.body_id, level="district")
            _direct(plan, districts, "2024-07-31", "Các huyện ủy, thị ủy, thành ủy trực thuộc")
            records.append(plan)
            _answer(records, rng, registry, numbers, plan, root, districts, n_documents)
    return records


def _answer(records, rng, registry, numbers, plan, root, districts, limit) -> None:
    for district in districts:
        if len(records) >= limit or rng.random() < 0.1:
            continue
        doc = _record(district, "HU", _next(numbers, district), _day(rng, 6, rng.random() < 0.1),
                      f"Kế hoạch thực hiện {plan.symbol} tại {district.locality}")
        doc.references.append(_cite(plan, "implements"))
        if rng.random() < 0.2:
            doc.references.append(_cite(root, "based_on"))
        communes = registry.children(district.body_id, level="commune")
        _direct(doc, communes, "2024-09-30", "Các đảng ủy xã, thị trấn")
        records.append(doc)
        previous = None
        for commune in communes:
            if len(records) >= limit or rng.random() < 0.25:
                continue
            answer = _record(commune, "ĐU", _next(numbers, commune), _day(rng, 8, rng.random() < 0.15),
                             f"Kế hoạch thực hiện {doc.symbol} tại {commune.locality}")
            answer.references.append(_cite(doc, "implements"))
            if previous is not None and rng.random() < 0.1:
                answer.references.append(_cite(previous, "mentions"))
            records.append(answer)
            previous = answer
