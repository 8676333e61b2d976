"""Cascade: a directive-cascade graph explorer for Vietnamese Party and state documents."""
__version__ = "0.1.0"
