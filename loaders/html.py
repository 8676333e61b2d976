""".html/.htm files saved from portals: the article text, without menus, share buttons, etc.

BeautifulSoup with the stdlib "html.parser". Every walk here is iterative; a page nested more
deeply than MAX_DEPTH is read as flat text instead (no RecursionError, no hang).
"""

from __future__ import annotations

import html as html_lib
import re

from loaders.base import LoadedDocument, LoadError, finish
from loaders.text import decode_bytes

MAX_DEPTH = 400

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
_DROP_TAGS = {"script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg",
              "button", "select", "input", "textarea", "object", "embed", "canvas", "footer",
              "menu", "dialog"}
_CHROME = re.compile(
    r"(?:^|[-_ ])(?:menu|menus|nav|navbar|navigation|breadcrumbs?|share|sharing|social|"
    r"comments?|binh-?luan|sidebar|side-?bar|footer|site-?header|page-?header|top-?header|"
    r"banner|ads?|advert\w*|quang-?cao|"
    r"related|tin-?lien-?quan|login|search|cookie\w*|popup|modal|toolbar|pagination|widget|"
    r"tags?|print|rating|topbar|top-?bar|social-?links)(?:$|[-_ ])",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"content|article|detail|post|entry|body|main|noi-?dung|chi-?tiet|fulltext",
                      re.IGNORECASE)
_BLOCK = {"address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt",
          "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header",
          "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody",
          "thead", "tfoot", "tr", "ul", "caption", "body", "html"}
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "ul", "ol",
              "hr", "section", "article"}
_HEADER_HINT = re.compile(r"ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HO?ÒA XÃ HỘI|Độc lập|ngày\s+\S+\s+tháng|"
                          r"\bSố\b", re.IGNORECASE)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _decode(data: bytes, source: str) -> tuple[str, str | None, list[str]]:
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _CHARSET.search(data[:8192])
        if m:
            name = m.group(1).decode("ascii").lower()
            try:
                return data.decode(name), name, []
            except (LookupError, UnicodeDecodeError):
                pass  # wrong or unknown declaration: sniff instead
    return decode_bytes(data, source)


def _max_depth(markup: str) -> int:
    """Nesting depth estimated from the tags alone (cheap, before any tree exists)."""
    depth = deepest = 0
    for m in _TAG.finditer(markup):
        name = m.group(2).lower()
        # Optional-close tags count too: html.parser nests an unclosed <li> inside the previous one.
        if name in _VOID or m.group(3):
            continue
        if m.group(1):
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _tree_depth(soup, limit: int) -> int:
    """Real nesting depth of the parsed tree (unclosed <li>, <p>, <font> nest too); stops early."""
    from bs4 import Tag

    stack = [(soup, 0)]
    deepest = 0
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            break
        stack.extend((child, depth + 1) for child in node.contents if isinstance(child, Tag))
    return deepest


def _flat_text(markup: str) -> str:
    """Tag-stripping fallback for pathological pages."""
    markup = re.sub(r"(?is)<(script|style|noscript|template)\b.*?</\1\s*>", " ", markup)
    markup = re.sub(r"(?is)<!--.*?-->", " ", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</?(?:p|div|h[1-6]|li|tr|table|section|article)\b[^>]*>",
                    "\n", markup)
    markup = re.sub(r"<[^>]*>", " ", markup)
    return html_lib.unescape(markup)


def _metadata(soup) -> dict:
    meta: dict = {}

    def content(**attrs) -> str | None:
        tag = soup.find("meta", attrs=attrs)
        value = tag.get("content") if tag else None
        return value.strip() if isinstance(value, str) and value.strip() else None

    title = content(property="og:title") or content(name="og:title")
    if not title and soup.title and soup.title.string:
        title = soup.title.string.strip()
    if title:
        meta["title"] = title
    date = (content(property="article:published_time") or content(name="article:published_time")
            or content(itemprop="datePublished") or content(name="pubdate") or content(name="date"))
    if date:
        meta["date"] = date
    if site := content(property="og:site_name"):
        meta["site_name"] = site
    if url := content(property="og:url"):
        meta["url"] = url
    return meta


def _has_ancestor_in(tag, ids: set[int]) -> bool:
    return any(id(p) in ids for p in tag.parents)


def _drop_chrome(soup) -> None:
    total = len(soup.get_text(" ", strip=True)) or 1
    doomed: list = []
    doomed_ids: set[int] = set()
    for tag in soup.find_all(True):
        if tag.name in ("html", "body"):
            continue
        drop = tag.name in _DROP_TAGS
        if tag.name == "header" and tag.find_parent(["article", "main"]) is None:
            drop = True
        if not drop:
            names = [n for n in [tag.get("id") or "", *(tag.get("class") or [])] if n]
            chrome = any(_CHROME.search(n) for n in names)
            # "main-menu" is chrome; class="post sidebar-left" keeps its "post"
            content = any(_CONTENT.search(n) and not _CHROME.search(n) for n in names)
            role = (tag.get("role") or "").lower()
            if role in ("navigation", "banner", "contentinfo", "complementary", "search"):
                drop = True
            elif chrome and not content:
                # a "menu" that holds most of the page is a mislabelled wrapper, keep it
                drop = len(tag.get_text(" ", strip=True)) < 0.5 * total
        if drop and not _has_ancestor_in(tag, doomed_ids):
            doomed.append(tag)
            doomed_ids.add(id(tag))
    for tag in doomed:
        tag.decompose()


def _main_content(soup):
    body = soup.body or soup
    total = len(body.get_text(" ", strip=True))
    if total == 0:
        return body
    marked = soup.find_all(["article", "main"]) + soup.find_all(attrs={"role": "main"})
    if marked:
        best = max(marked, key=lambda t: len(t.get_text(" ", strip=True)))
        size = len(best.get_text(" ", strip=True))
        if size >= 200 or size >= 0.3 * total:
            return best
    # Largest text block: credit each sizeable string to its nearest block container.
    scores: dict[int, int] = {}
    tags: dict[int, object] = {}
    for s in body.find_all(string=True):
        n = len(s.strip())
        if n < 20:
            continue
        parent = s.parent
        while parent is not None and parent.name not in ("div", "section", "td", "article", "main", "body"):
            parent = parent.parent
        if parent is not None:
            scores[id(parent)] = scores.get(id(parent), 0) + n
            tags[id(parent)] = parent
    if not scores:
        return body
    best = tags[max(scores, key=scores.__getitem__)]
    size = len(best.get_text(" ", strip=True))
    # Climb while the parent adds little text, or adds the document header (issuer, number).
    while best.parent is not None and best.parent is not body and best.name != "body":
        parent_size = len(best.parent.get_text(" ", strip=True))
        extra = parent_size - size
        head = best.parent.get_text(" ", strip=True)[: extra + 500]
        if parent_size <= 1.3 * size or (parent_size <= 2 * size and extra < 2000
                                          and _HEADER_HINT.search(head)):
            best, size = best.parent, parent_size
        else:
            break
    return best if size >= 0.4 * total else body


def _rewrite_header_tables(soup, root) -> None:
    """Two-column header tables: left column's lines, then right column's (as in .docx)."""
    for table in root.find_all("table"):
        if table.find("table"):
            continue
        rows = table.find_all("tr")
        if not rows or len(rows) > 4:
            continue
        grid = [row.find_all(["td", "th"], recursive=False) for row in rows]
        if max(len(r) for r in grid) != 2 or not _HEADER_HINT.search(table.get_text(" ")):
            continue
        div = soup.new_tag("div")
        for col in (0, 1):
            for cells in grid:
                if len(cells) > col:
                    for line in _lines_of(cells[col]):
                        p = soup.new_tag("p")
                        p.string = line
                        div.append(p)
        table.replace_with(div)


def _lines_of(tag) -> list[str]:
    return [line for line in _render(tag).split("\n") if line.strip()]


def _render(root) -> str:
    """Block-structured text of `root`, without recursion."""
    from bs4 import NavigableString, Tag

    out: list[str] = []
    stack: list[tuple[object, bool]] = [(root, True)]
    while stack:
        node, entering = stack.pop()
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:  # not Comment, Doctype, CData ...
                in_pre = node.find_parent("pre") is not None
                out.append(str(node) if in_pre else re.sub(r"\s+", " ", str(node)))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if entering:
            if name == "br":
                out.append("\n")
                continue
            if name in _PARAGRAPH:
                out.append("\n\n")
            elif name in _BLOCK:
                out.append("\n")
            if name == "li":
                out.append("- ")
            elif (name in ("td", "th") and node is not root
                  and node.find_previous_sibling(["td", "th"]) is not None):
                out.append(" | ")
            stack.append((node, False))
            stack.extend((child, True) for child in reversed(node.contents))
        else:
            if name in _PARAGRAPH:
                out.append("\n\n")
            elif name in _BLOCK:
                out.append("\n")
    return "".join(out)


def _tidy(text: str) -> str:
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_PAGE_TAG = re.compile(r"<(?:html|head|body|div|span|p|br|td|tr|table|font|b|i|strong)\b[^<>]{0,400}>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """A text file that is a page's source (saved with "View source", pasted from an editor):
    markup enough that reading it as text would bury the document in tags."""
    sample = text[:20000]
    return len(_PAGE_TAG.findall(sample)) >= 8


def load_html(data: bytes, source: str) -> LoadedDocument:
    markup, encoding, warnings = _decode(data, source)
    if not markup.strip():
        raise LoadError(source, "empty file")
    flat_warning = f"HTML nested more than {MAX_DEPTH} levels deep: read as flat text"
    if _max_depth(markup) > MAX_DEPTH:
        warnings.append(flat_warning)
        return finish(source, "html", _tidy(_flat_text(markup)), encoding=encoding, warnings=warnings)
    try:
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(markup, "html.parser")
        # Unclosed tags can nest deeply without deep markup; the per-element steps below
        # look at ancestors, so a deep tree would cost depth x size.
        if _tree_depth(soup, MAX_DEPTH) > MAX_DEPTH:
            warnings.append(flat_warning)
            return finish(source, "html", _tidy(_flat_text(markup)), encoding=encoding,
                          warnings=warnings)
        metadata = _metadata(soup)
        _drop_chrome(soup)
        root = _main_content(soup)
        _rewrite_header_tables(soup, root)
        text = _tidy(_render(root))
    except RecursionError:
        warnings.append("HTML too deeply nested: read as flat text")
        return finish(source, "html", _tidy(_flat_text(markup)), encoding=encoding, warnings=warnings)
    return finish(source, "html", text, encoding=encoding, warnings=warnings, metadata=metadata)
