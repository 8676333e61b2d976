"""Queries over the cascade graph: plain functions, each with a Cypher twin for Neo4j."""
from queries.gaps import GapsResult, gaps
from queries.lineage import LineageResult, lineage
from queries.resolve import RootError, describe, find_root, resolve_root
from queries.search import search
from queries.stats import stats

__all__ = ["lineage", "gaps", "search", "stats", "resolve_root", "find_root", "describe", "RootError",
           "LineageResult", "GapsResult"]
