"""Extraction: normalised text -> DocumentRecord with spans (find -> resolve -> annotate)."""
from extraction.models import DocumentRecord, Reference, Issuer, Assignment
from extraction.pipeline import extract_document

__all__ = ["extract_document", "DocumentRecord", "Reference", "Issuer", "Assignment"]
