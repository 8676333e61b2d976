"""The browser benchmark's floor: a Streamlit page that reads nothing (benchmarks/browser_scale.py)."""
import streamlit as st

st.write("Cascade")
