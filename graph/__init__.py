"""The cascade graph: built from records, kept in the embedded store, exported."""
from graph.build import build_graph
from graph.store import Store, default_store_dir

__all__ = ["build_graph", "Store", "default_store_dir"]
