"""The app in a real browser on a large store: how long each page takes to show its main content,
and the server's peak memory.

    python -m benchmarks.browser_scale --store benchmarks/out/store-100000 [--json out.json]

For each page a fresh `streamlit run app.py` serves the store (CASCADE_STORE); headless Chromium
(Playwright, Debian's /usr/bin/chromium) opens the page first ("cold": the first page after the
server starts, the store and graph.sqlite opened, nothing cached), then again in a new browser
session ("warm": the server's caches filled), then once more in that same session ("returning":
the browser's cache holds Streamlit's scripts, as for a user who opened the app before). Each
time is from the navigation until the page's main content is in the page (the selector in PAGES).
The first row, "floor", is a Streamlit script that writes one line and reads nothing
(benchmarks/floor_app.py), served and measured the same way: what any Streamlit page costs on
this machine, so a page's own share is its time above that row. The peak memory is the server's VmHWM after
both. A page that loads the whole graph can take minutes and gigabytes on a national store: the
server is stopped when its memory passes --max-mb or the page passes --timeout, and that is
reported instead of a time. Not part of the test suite; the figures go to BENCHMARKS.md."""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CASCADE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
DOC_ARG = "{doc}"
# page: (path, what shows that its main content is there; " >> " enters a frame)
FLOOR = "floor"
PAGES = {
    FLOOR: ("", "[data-testid='stMarkdown']"),
    "find (home)": ("find", "[data-testid='stDataFrame']"),
    "lineage": (f"lineage?doc={DOC_ARG}", "iframe >> #mynetwork canvas"),
    "coverage": (f"coverage?doc={DOC_ARG}", "[data-testid='stMetricValue']"),
    "document": (f"document?doc={DOC_ARG}", ".cascade-text"),
    "quality": ("quality", "[data-testid='stMetricValue']"),
    "upload": ("upload", "[data-testid='stFileUploader']"),
    "export": (f"export?doc={DOC_ARG}", "[data-testid='stFileUploader']"),
}


class StoppedEarly(Exception):
    pass


def _memory(pid: int, field: str) -> float:
    try:
        with open(f"/proc/{pid}/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith(field)) / 1024
    except (OSError, StopIteration):
        return 0.0


def healthy(url: str, proc: subprocess.Popen, seconds: float) -> bool:
    """Whether the Streamlit server at url answers its health check within `seconds`."""
    deadline = time.time() + seconds
    while proc.poll() is None and time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


class Server:
    """`streamlit run app.py` on the store, stopped when its memory passes max_mb."""

    def __init__(self, store: str, max_mb: float, log: Path, script: str = "app.py") -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.max_mb, self.over = max_mb, False
        env = dict(os.environ, CASCADE_STORE=store, STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
        self.log = open(log, "w")
        self.proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true",
                                      "--server.port", str(self.port), "--server.address", "127.0.0.1"],
                                     cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        threading.Thread(target=self._watch, daemon=True).start()
        if not healthy(self.url, self.proc, 120):
            self.stop()
            raise RuntimeError(f"streamlit did not start: {log.read_text()[-2000:]}")

    def _watch(self) -> None:
        while self.proc.poll() is None:
            if _memory(self.proc.pid, "VmRSS") > self.max_mb:
                self.over = True
                self.proc.kill()
                return
            time.sleep(0.2)

    def peak_mb(self) -> float:
        return _memory(self.proc.pid, "VmHWM")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def new_session(browser):
    return browser.new_context(viewport={"width": 1400, "height": 1000}, locale="vi-VN")


def open_page(context, server: Server, path: str, selector: str, timeout: float) -> float:
    """Seconds from navigation until the selector is in the page, in a new tab of the browser session."""
    page = context.new_page()
    try:
        started = time.perf_counter()
        page.goto(f"{server.url}/{path}", wait_until="commit", timeout=timeout * 1000)
        frame, _, inner = selector.rpartition(" >> ")
        content = (page.frame_locator(frame).first.locator(inner) if frame else page.locator(inner)).first
        while True:
            try:
                content.wait_for(state="attached", timeout=1000)
                return time.perf_counter() - started
            except Exception as error:  # noqa: BLE001 - Playwright's timeout: look at the server, wait on
                if "Timeout" not in type(error).__name__:
                    raise
            if server.over or server.proc.poll() is not None:
                raise StoppedEarly(f"server stopped at > {server.max_mb:.0f} MB" if server.over else "server exited")
            if time.perf_counter() - started > timeout:
                raise StoppedEarly(f"no content after {timeout:.0f} s")
    finally:
        page.close()


def measure(store: str, doc: str, pages: dict, max_mb: float, timeout: float, work: Path) -> dict:
    from playwright.sync_api import sync_playwright
    results = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            for label, (path, selector) in pages.items():
                path = path.replace(DOC_ARG, quote(doc, safe=""))
                script = "benchmarks/floor_app.py" if label == FLOOR else "app.py"
                server = Server(store, max_mb, work / f"streamlit-{label.split()[0]}.log", script)
                figure: dict = {}
                sessions = [new_session(browser)]
                try:
                    figure["cold"] = round(open_page(sessions[0], server, path, selector, timeout), 2)
                    sessions.append(new_session(browser))
                    for run in ("warm", "returning"):
                        figure[run] = round(open_page(sessions[-1], server, path, selector, timeout), 2)
                except StoppedEarly as stopped:
                    figure["stopped"] = str(stopped)
                finally:
                    for session in sessions:
                        session.close()
                figure["peak_mb"] = round(server.peak_mb()) if not server.over else f"> {max_mb:.0f}"
                server.stop()
                results[label] = figure
                print(f"{label:<14} " + "  ".join(f"{k} {v}" for k, v in figure.items()), flush=True)
        finally:
            browser.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--doc", default=None, help="the document the lineage, coverage, document and export pages "
                                                    "open (default: the central root that directs the most units)")
    parser.add_argument("--pages", default="", help="only these pages, comma-separated words of their labels "
                                                    "(the floor is always measured)")
    parser.add_argument("--max-mb", type=float, default=4000)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--json", default=None)
    args = parser.parse_args()
    from benchmarks.scale import central_root
    store = str(Path(args.store).resolve())
    doc = args.doc or central_root(store)
    wanted = [word for word in args.pages.split(",") if word]
    pages = {label: page for label, page in PAGES.items()
             if not wanted or label == FLOOR or any(word in label for word in wanted)}
    work = Path(store) / "exports"
    work.mkdir(exist_ok=True)
    results = measure(store, doc, pages, args.max_mb, args.timeout, work)
    if args.json:
        Path(args.json).write_text(json.dumps({"store": store, "doc": doc, "pages": results}, ensure_ascii=False,
                                              indent=1))


if __name__ == "__main__":
    main()
