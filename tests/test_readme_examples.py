"""Every `cascade ...` example of README.md works as written on the bundled corpus: each line of
the README's code blocks that starts with `cascade` is run, in order (the ingest fills the store
the later lines read), from a scratch folder that sees the repository's data/."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"```[a-z]*\n(.*?)```", re.S)


def readme_commands() -> list[list[str]]:
    commands = []
    for block in BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8")):
        for line in block.splitlines():
            if line.startswith("cascade "):
                commands.append(shlex.split(line, comments=True)[1:])
    return commands


def test_the_readme_has_examples_of_every_reading_command():
    names = {command[0] for command in readme_commands()}
    assert {"extract", "ingest", "lineage", "gaps", "export", "search", "stats"} <= names


def test_every_readme_example_runs_on_the_bundled_corpus(tmp_path):
    (tmp_path / "data").symlink_to(ROOT / "data")
    env = {**os.environ, "CASCADE_STORE": str(tmp_path / "store"), "PYTHONPATH": str(ROOT)}
    for args in readme_commands():
        if args[0] == "serve":
            continue                          # starts a server: the browser test covers the app
        done = subprocess.run([sys.executable, "-m", "cascade.cli", *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"cascade {shlex.join(args)}\n{done.stderr[-2000:]}"
        if args[0] in ("lineage", "gaps", "search"):
            assert done.stdout.strip(), f"cascade {shlex.join(args)} printed nothing"
    assert (tmp_path / "cascade.html").exists()
