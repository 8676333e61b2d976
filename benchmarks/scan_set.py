"""The scan set: real texts of the project's corpus (tests/fixtures/real/texts, DEV split only)
printed on paper-like images, as a scanner would return them.

Each page gets the real header layout (issuer and number left, motto and place-date right), the
body lines, the closing (recipients left, signature right) with a red round stamp over the
signature, then a slight rotation, blur, speckle and JPEG compression. Written as image-only PDFs
and as images (.png, .jpg, multi-page .tif), at 200 and 300 dpi.

    python3 -m benchmarks.scan_set --out /tmp/scans --docs 20      # prints what it wrote
"""
from __future__ import annotations

import argparse
import io
import math
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.real_corpus.split import split_of  # noqa: E402

TEXTS = ROOT / "tests" / "fixtures" / "real" / "texts"
FONTS = Path("/usr/share/fonts/truetype/dejavu")   # Debian fonts-dejavu-core (tools/setup.sh --all)
A4 = (8.27, 11.69)                                 # inches
MAX_PAGES = 2                                      # the head of each document: header, parents, body

_MOTTO = re.compile(r"^(ĐẢNG CỘNG SẢN|CỘNG H[OÒỊ]A|Độc lập|[-*_\s]+$)|ngày\s+\S+\s+tháng", re.IGNORECASE)
_TITLE = re.compile(r"^(KẾ HOẠCH|NGHỊ QUYẾT|CHỈ THỊ|QUYẾT ĐỊNH|KẾT LUẬN|THÔNG BÁO|HƯỚNG DẪN|BÁO CÁO|"
                    r"QUY ĐỊNH|CHƯƠNG TRÌNH|CÔNG VĂN|TỜ TRÌNH|QUY CHẾ|ĐỀ ÁN|THÔNG TƯ|NGHỊ ĐỊNH|LUẬT)\b")
_CLOSING = re.compile(r"^(Nơi nhận|T/M|TM\.|KT\.|TL\.|Q\.|TUQ\.)")


def dev_texts() -> list[Path]:
    """The DEV split's texts, sorted (never the test split: tools/real_corpus/split.py)."""
    return sorted(p for p in TEXTS.glob("*.txt") if split_of(p.name) == "dev")


def printable(text: str) -> bool:
    """A document as issued (header columns, a number line, a title), not a web page's copy."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:30]
    title = next((i for i, line in enumerate(lines) if _TITLE.match(line)), None)
    if title is None or not 2 <= title <= 12:
        return False
    header = lines[:title]
    return (all(len(line) <= 70 for line in header) and any(line.startswith("Số") for line in header)
            and any(_MOTTO.search(line) for line in header))


def scan_texts() -> list[Path]:
    return [p for p in dev_texts() if printable(p.read_text(encoding="utf-8"))]


@dataclass
class Layout:
    left: list[str]      # header, left column
    right: list[str]     # header, right column
    body: list[str]
    recipients: list[str]
    signature: list[str]


def layout(text: str) -> Layout:
    """Split a text version (header columns one after the other) back into the printed layout."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = next((i for i, line in enumerate(lines[:25]) if _TITLE.match(line)), min(6, len(lines)))
    header, rest = lines[:title], lines[title:]
    left, right = [], []
    for line in header:   # "ỦY BAN NHÂN DÂN | CỘNG HÒA ..." is a flattened header table row
        cells = [cell.strip() for cell in line.split("|") if cell.strip()]
        if len(cells) > 1:
            left.append(cells[0])
            right.extend(cells[1:])
        elif cells:
            (right if _MOTTO.search(cells[0]) else left).append(cells[0])
    close = next((i for i in range(max(0, len(rest) - 40), len(rest)) if _CLOSING.match(rest[i])), len(rest))
    closing = rest[close:]
    recipients = [line for line in closing if line.startswith(("Nơi nhận", "-", "+", "•"))]
    signature = [line for line in closing if line not in recipients]
    return Layout(left, right, rest[:close], recipients, signature)


def printed_text(lay: Layout, lines_drawn: int | None = None) -> str:
    """The text version of what was printed, in the order a text layer gives it."""
    body = lay.body if lines_drawn is None else lay.body[:lines_drawn]
    closing = lay.recipients + lay.signature if lines_drawn is None or lines_drawn >= len(lay.body) else []
    # each source line is printed as a paragraph, with paragraph spacing: a blank line here
    return "\n".join(lay.left + lay.right) + "\n\n" + "\n\n".join(body) + "\n\n" + "\n".join(closing) + "\n"


class Page:
    def __init__(self, dpi: int) -> None:
        self.dpi = dpi
        self.size = (int(A4[0] * dpi), int(A4[1] * dpi))
        self.image = Image.new("RGB", self.size, (250, 248, 242))
        self.draw = ImageDraw.Draw(self.image)
        pt = dpi / 72
        self.font = ImageFont.truetype(str(FONTS / "DejaVuSerif.ttf"), int(12.5 * pt))
        self.bold = ImageFont.truetype(str(FONTS / "DejaVuSerif-Bold.ttf"), int(12.5 * pt))
        self.line = int(12.5 * pt * 1.45)
        self.margin_left, self.margin_right = int(1.18 * dpi), int(0.79 * dpi)
        self.y = int(0.8 * dpi)

    @property
    def full(self) -> bool:
        return self.y > self.size[1] - int(1.0 * self.dpi)

    def centred(self, text: str, centre: float, y: int, font) -> None:
        width = self.draw.textlength(text, font=font)
        self.draw.text((centre - width / 2, y), text, font=font, fill=(20, 20, 20))

    def column(self, lines: list[str], centre: float, y: int, font, room: float, flush_left: bool = False) -> int:
        """Lines centred on `centre` (or from its cell's left edge), each shrunk to fit `room`."""
        for line in lines:
            fitted = font
            while self.draw.textlength(line, font=fitted) > room and fitted.size > 8:
                fitted = fitted.font_variant(size=fitted.size - 2)
            if flush_left:
                self.draw.text((centre - room / 2, y), line, font=fitted, fill=(20, 20, 20))
            else:
                self.centred(line, centre, y, fitted)
            y += self.line
        return y

    def body_line(self, text: str) -> None:
        """One line of the text version; wrapped when the paper is narrower than its source."""
        room = self.size[0] - self.margin_left - self.margin_right
        words, current = text.split(), ""
        for word in words:
            trial = f"{current} {word}".strip()
            if current and self.draw.textlength(trial, font=self.font) > room:
                self.draw.text((self.margin_left, self.y), current, font=self.font, fill=(20, 20, 20))
                self.y += self.line
                current = word
            else:
                current = trial
        if current:
            font = self.bold if _TITLE.match(current) else self.font
            if font is self.bold:
                self.centred(current, self.size[0] / 2, self.y, font)
            else:
                self.draw.text((self.margin_left, self.y), current, font=font, fill=(20, 20, 20))
            self.y += self.line

    def stamp(self, centre: tuple[float, float], rng: random.Random) -> None:
        """A red round seal and a signature stroke, over the signer's name."""
        overlay = Image.new("RGBA", self.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        r = int(0.75 * self.dpi)
        x, y = centre
        red = (200, 30, 40, 170)
        width = max(2, self.dpi // 60)
        draw.ellipse((x - r, y - r, x + r, y + r), outline=red, width=width)
        draw.ellipse((x - 0.78 * r, y - 0.78 * r, x + 0.78 * r, y + 0.78 * r), outline=red, width=width // 2 + 1)
        star = [(x + 0.3 * r * math.cos(a * math.pi / 5 - math.pi / 2) * (1 if a % 2 == 0 else 0.45),
                 y + 0.3 * r * math.sin(a * math.pi / 5 - math.pi / 2) * (1 if a % 2 == 0 else 0.45)) for a in range(10)]
        draw.polygon(star, fill=red)
        small = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), max(8, int(r * 0.16)))
        for i, letter in enumerate("ĐẢNG BỘ * BAN THƯỜNG VỤ *"):
            angle = -math.pi / 2 + i * 2 * math.pi / 25
            draw.text((x + 0.88 * r * math.cos(angle), y + 0.88 * r * math.sin(angle)), letter, font=small, fill=red,
                      anchor="mm")
        ink = (30, 40, 140, 220)
        points = [(x - r + i * r / 10, y + rng.uniform(-0.25, 0.25) * r) for i in range(21)]
        draw.line(points, fill=ink, width=width)
        ink_layer = Image.new("RGB", self.size, (255, 255, 255))
        ink_layer.paste(overlay, (0, 0), overlay)
        self.image = ImageChops.multiply(self.image, ink_layer)   # ink over print: black stays black
        self.draw = ImageDraw.Draw(self.image)


def render(text: str, dpi: int, seed: int, max_pages: int = MAX_PAGES) -> tuple[list[Image.Image], str]:
    """Paper-like pages of a text version, and the text version of what they show."""
    rng = random.Random(seed)
    lay = layout(text)
    pages = [Page(dpi)]
    page = pages[0]
    width = page.size[0]
    left_centre, right_centre = width * 0.26, width * 0.68
    end_left = page.column(lay.left, left_centre, page.y, page.bold, room=width * 0.40)
    end_right = page.column(lay.right, right_centre, page.y, page.bold, room=width * 0.52)
    page.y = max(end_left, end_right) + page.line
    drawn = 0
    for line in lay.body:
        if page.full:
            if len(pages) == max_pages:
                break
            pages.append(Page(dpi))
            page = pages[-1]
        page.body_line(line)
        page.y += page.line // 2   # paragraph spacing
        drawn += 1
    if drawn == len(lay.body) and not page.full:
        page.y += page.line
        top = page.y
        page.column(lay.recipients, width * 0.30, top, page.font, room=width * 0.34, flush_left=True)
        end = page.column(lay.signature, right_centre, top, page.bold, room=width * 0.52)
        page.stamp((right_centre - 0.3 * dpi, (top + end) / 2), rng)
    return [_age(p.image, dpi, rng) for p in pages], printed_text(lay, drawn)


def _age(image: Image.Image, dpi: int, rng: random.Random) -> Image.Image:
    """What a scanner does to paper: a slight rotation, blur, speckle and JPEG noise."""
    image = image.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=(250, 248, 242))
    image = image.filter(ImageFilter.GaussianBlur(radius=0.6 * dpi / 300))
    draw = ImageDraw.Draw(image)
    for _ in range(int(image.size[0] * image.size[1] / 4000)):
        x, y = rng.randrange(image.size[0]), rng.randrange(image.size[1])
        draw.point((x, y), fill=(rng.randint(90, 200),) * 3)
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=rng.randint(55, 75))
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def write(pages: list[Image.Image], out: Path, fmt: str, dpi: int) -> Path:
    if fmt == "pdf":     # image-only PDF: each page one JPEG, no text layer
        pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=70)
    elif fmt == "tif":   # multi-page TIFF
        pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw", dpi=(dpi, dpi))
    elif fmt == "jpg":
        pages[0].save(out, "JPEG", quality=70, dpi=(dpi, dpi))
    else:
        pages[0].save(out, "PNG", dpi=(dpi, dpi))
    return out


def build(out: Path, docs: int, dpis=(200, 300), formats=("pdf",)) -> list[dict]:
    """Render `docs` DEV texts; each scan is listed with its text version (written beside it)."""
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for i, path in enumerate(scan_texts()[:docs]):
        text = path.read_text(encoding="utf-8")
        for dpi in dpis:
            pages, printed = render(text, dpi, seed=i)
            twin = out / f"{path.stem}.txt"
            twin.write_text(printed, encoding="utf-8")
            for fmt in formats:
                scan = write(pages, out / f"{path.stem}-{dpi}.{fmt}", fmt, dpi)
                made.append({"doc": path.stem, "dpi": dpi, "format": fmt, "scan": scan, "text": twin,
                             "pages": len(pages)})
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--docs", type=int, default=20)
    parser.add_argument("--formats", default="pdf")
    args = parser.parse_args()
    for item in build(args.out, args.docs, formats=tuple(args.formats.split(","))):
        print(f"{item['scan']}\t{item['pages']} page(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
