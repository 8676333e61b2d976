"""Is a page kept for the independent check? Answers yes/no for each URL; never prints the list.

usage: python3 tools/real_corpus/reserved.py URL [URL ...]   (exit 1 if any URL is reserved)
The list lives in ../shared/reserved/pages.txt; pages on it must stay out of every corpus.
"""
import pathlib
import re
import sys

LIST = pathlib.Path(__file__).resolve().parents[3] / "shared" / "reserved" / "pages.txt"


def page_key(url: str) -> str:
    """Scheme, 'www.', 'm.'/'lite.' prefixes, query-less trailing slashes and case do not make another page."""
    url = url.strip().lower()
    url = re.sub(r"^[a-z]+://", "", url)
    url = re.sub(r"^(www\d?|m|lite|amp)\.", "", url)
    url = url.split("#", 1)[0].rstrip("/")
    return url


def reserved_keys() -> set[str]:
    if not LIST.exists():
        return set()
    keys = set()
    for line in LIST.read_text(encoding="utf-8").splitlines():
        for token in line.split():
            if "." in token:
                keys.add(page_key(token))
    return keys


def main(argv: list[str]) -> int:
    keys = reserved_keys()
    any_reserved = False
    for url in argv:
        hit = page_key(url) in keys
        any_reserved |= hit
        print(f"{'RESERVED - do not use' if hit else 'ok'}\t{url}")
    return 1 if any_reserved else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
