"""Which characters a TrueType font has, read from its ``cmap`` table alone.

Choosing a face for each run of text needs every face's character set, but loading a font into
reportlab reads and indexes the whole file: the CJK collection alone is 5 MB, about 0.2 s and
28 MB, and an all-Latin document never draws from it. This reads the file's table directory and
its character map, nothing else (a few milliseconds), and answers as reportlab's own parser
would: the same subtable (the last Unicode one), every code point of every segment, and the space
and no-break space standing in for each other.
"""

from __future__ import annotations

import struct
from pathlib import Path

__all__ = ["code_points"]


def code_points(path: Path, subfont: int = 0) -> frozenset[int]:
    """The code points ``path``'s character map lists (``subfont``: the face in a .ttc)."""
    with open(path, "rb") as fh:
        head = fh.read(12)
        base = 0
        if head[:4] == b"ttcf":
            fh.seek(12 + 4 * subfont)
            (base,) = struct.unpack(">L", fh.read(4))
            fh.seek(base)
            head = fh.read(12)
        (tables,) = struct.unpack(">H", head[4:6])
        directory = fh.read(16 * tables)
        for i in range(tables):
            tag, _, offset, length = struct.unpack(">4sLLL", directory[16 * i : 16 * i + 16])
            if tag == b"cmap":
                fh.seek(offset)
                return _parse(fh.read(length))
    raise ValueError(f"{path} has no character map")


def _parse(cmap: bytes) -> frozenset[int]:
    version, count = struct.unpack(">HH", cmap[:4])
    if count == 0 and version != 0:
        count = version
    chosen = None
    rank = 0
    for i in range(count):
        platform, encoding, offset = struct.unpack(">HHL", cmap[4 + 8 * i : 12 + 8 * i])
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            chosen, rank = offset, 1
        elif platform == 1 and encoding == 0 and rank != 1:
            chosen, rank = offset, 2
    if chosen is None:
        raise ValueError("no Unicode character map")
    (fmt,) = struct.unpack(">H", cmap[chosen : chosen + 2])
    points: set[int] = set()
    if fmt == 4:
        (seg2,) = struct.unpack(">H", cmap[chosen + 6 : chosen + 8])
        segs = seg2 // 2
        ends = struct.unpack(f">{segs}H", cmap[chosen + 14 : chosen + 14 + seg2])
        starts = struct.unpack(f">{segs}H", cmap[chosen + 16 + seg2 : chosen + 16 + 2 * seg2])
        for start, end in zip(starts, ends, strict=True):
            points.update(range(start, end + 1))
    elif fmt in (12, 13):
        (groups,) = struct.unpack(">L", cmap[chosen + 12 : chosen + 16])
        for g in range(groups):
            at = chosen + 16 + 12 * g
            start, end, _ = struct.unpack(">LLL", cmap[at : at + 12])
            points.update(range(start, end + 1))
    else:
        raise ValueError(f"character map format {fmt} is not read here")
    if 0x20 in points or 0xA0 in points:
        points.update((0x20, 0xA0))
    return frozenset(points)
