"""Rebuild the merged fonts in this folder from Debian's font packages.

Why: reportlab shapes a "word" (text between spaces) with a single font. Noto Sans Arabic has no
parentheses, quotation marks, slash or per cent sign, Noto Sans Hebrew and Noto Sans Devanagari no
Latin letters, so
a word such as "(مريم)" would mix two fonts and be drawn as empty boxes. Merging Noto Sans's Basic
Latin, Latin-1 and general punctuation into the Arabic and Devanagari fonts lets every such word be
set in one font. The merged fonts are renamed (OFL: a Modified Version) and stay under the OFL.

Run with a Python that has fontTools (Debian: ``apt-get install python3-fonttools``, then
``/usr/bin/python3``)::

    apt-get download fonts-noto-core
    dpkg-deb -x fonts-noto-core_*.deb /tmp/noto
    python3 scripts/build_fonts.py /tmp/noto/usr/share/fonts/truetype/noto [FAMILY...]

This is a maintainer's tool, not part of the app: nothing imports it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger, Options
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent.parent / "resources" / "fonts"  # where the fonts live

# What Noto Sans lends the script fonts: Basic Latin, Latin-1, general punctuation, a few symbols.
BORROWED = (
    list(range(0x20, 0x7F))
    + list(range(0xA0, 0x100))
    + list(range(0x2010, 0x2028))
    + list(range(0x2030, 0x203B))
    + [0x20AC, 0x2212, 0x2116]
)

MERGES = {
    # target family: source script font stem
    "FamilySafeSansArabic": "NotoSansArabic",
    "FamilySafeSansDevanagari": "NotoSansDevanagari",
    "FamilySafeSansHebrew": "NotoSansHebrew",
}
WEIGHTS = ("Regular", "Bold")


def _latin_subset(source: Path, out: Path) -> None:
    options = subset.Options()
    options.layout_features = ["kern"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=BORROWED)
    subsetter.subset(font)
    font.save(out)


def _rename(font: TTFont, family: str, weight: str, source_name: str) -> None:
    full = f"{family} {weight}"
    postscript = f"{family}-{weight}"
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (16, 17, 21, 22):
            names.removeNames(nameID=record.nameID)
    for name_id, value in (
        (1, family.replace("FamilySafeSans", "FamilySafe Sans ")),
        (2, weight),
        (3, f"{postscript};FamilySafe merge"),
        (4, full.replace("FamilySafeSans", "FamilySafe Sans ")),
        (6, postscript),
        (
            10,
            f"{source_name} with Noto Sans Basic Latin and punctuation merged in, "
            "for FamilySafe's PDF exports.",
        ),
    ):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)


def build(noto_dir: Path, only: list[str] | None = None) -> None:
    """Build every merged family, or only those named (e.g. FamilySafeSansHebrew)."""
    with tempfile.TemporaryDirectory() as tmp:
        for family, script_stem in MERGES.items():
            if only and family not in only:
                continue
            for weight in WEIGHTS:
                latin = Path(tmp) / f"latin-{weight}.ttf"
                _latin_subset(noto_dir / f"NotoSans-{weight}.ttf", latin)
                # The script font comes first so that its own digits, space and full stop win.
                merger = Merger(options=Options(drop_tables=["vhea", "vmtx"]))
                merged = merger.merge([str(noto_dir / f"{script_stem}-{weight}.ttf"), str(latin)])
                _rename(merged, family, weight, script_stem)
                out = HERE / f"{family}-{weight}.ttf"
                merged.save(out)
                print(f"wrote {out.name}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build(Path(sys.argv[1]), sys.argv[2:] or None)
