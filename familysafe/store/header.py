"""Reading a database's ``user_version`` from its files without SQLite touching them.

Opening a database with SQLite may write: switching the journal mode, recovering a WAL index in
``-shm``, or checkpointing and deleting ``-wal`` when the last connection closes. A database
written by a newer FamilySafe must be refused without a byte of it changing, so its version is
read here from the bytes: the main file's header, or the newest committed copy of page 1 in the
``-wal`` file (frames are checked against the WAL's salts and checksums, as SQLite does).
See https://www.sqlite.org/fileformat2.html (checked 2026-12-07).
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = b"SQLite format 3\x00"
_WAL_MAGIC = (0x377F0682, 0x377F0683)  # little- or big-endian checksums
_WAL_HEADER = 32
_FRAME_HEADER = 24
_VERSION_OFFSET = 60


class NotADatabase(Exception):
    """The main file is not empty and is not an SQLite database."""


def stored_version(path: Path, verify: bool = False) -> int | None:
    """The ``user_version`` the database at ``path`` holds; None for a missing or empty file.

    Without ``verify`` the WAL's frames are matched by their salts only (fast: enough to see
    that a database is not newer); with it, their checksums are checked too."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        return None
    if not header:
        return None
    if len(header) < 100 or not header.startswith(MAGIC):
        raise NotADatabase(str(path))
    version: int = struct.unpack_from(">I", header, _VERSION_OFFSET)[0]
    page_one = _newest_page_one(path.with_name(path.name + "-wal"), verify)
    if page_one is not None and len(page_one) >= 100:
        version = struct.unpack_from(">I", page_one, _VERSION_OFFSET)[0]
    return version


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _newest_page_one(wal: Path, verify: bool) -> bytes | None:
    """Page 1 as of the last transaction committed in ``wal``; None if it holds none."""
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return None
    if len(data) < _WAL_HEADER:
        return None
    magic, _format, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack_from(">8I", data)
    if magic not in _WAL_MAGIC or page_size < 512:
        return None
    big = magic == _WAL_MAGIC[1]
    s0, s1 = _checksum(data[:24], 0, 0, big)
    if verify and (s0, s1) != (c0, c1):
        return None
    newest, pending = None, None
    offset = _WAL_HEADER
    while offset + _FRAME_HEADER + page_size <= len(data):
        page, commit, f_salt1, f_salt2, f0, f1 = struct.unpack_from(">6I", data, offset)
        if (f_salt1, f_salt2) != (salt1, salt2):
            break
        body = data[offset + _FRAME_HEADER : offset + _FRAME_HEADER + page_size]
        if verify:
            s0, s1 = _checksum(data[offset : offset + 8], s0, s1, big)
            s0, s1 = _checksum(body, s0, s1, big)
            if (s0, s1) != (f0, f1):
                break
        if page == 1:
            pending = body
        if commit and pending is not None:
            newest, pending = pending, None
        offset += _FRAME_HEADER + page_size
    return newest
