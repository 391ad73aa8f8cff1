"""Reading and writing the family agreement: the draft's lines and the versions agreed.

Rows become ``familysafe.core.agreement`` dataclasses. A version's lines are copied in full when
it is agreed and never changed afterwards; only its review dates move.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date

from familysafe.core.agreement import AgreedLine, Agreement, AgreementLine, AgreementVersion
from familysafe.core.planning import AgreementReview


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _day(text: str) -> date:
    """A date column that is NOT NULL in the schema."""
    return date.fromisoformat(text)


def _links(conn: sqlite3.Connection, table: str) -> dict[int, tuple[int, ...]]:
    found: dict[int, list[int]] = {}
    for r in conn.execute(f"SELECT line_id, member_id FROM {table} ORDER BY member_id"):
        found.setdefault(r["line_id"], []).append(r["member_id"])
    return {k: tuple(v) for k, v in found.items()}


# The draft ------------------------------------------------------------------------------------


def draft(conn: sqlite3.Connection) -> Agreement:
    """Every draft line, each section's lines in their order."""
    children = _links(conn, "agreement_line_member")
    rows = conn.execute(
        "SELECT id, section_id, suggestion_id, text FROM agreement_line"
        " ORDER BY section_id, position, id"
    )
    return Agreement(
        tuple(
            AgreementLine(
                r["id"], r["section_id"], r["suggestion_id"], r["text"], children.get(r["id"], ())
            )
            for r in rows
        )
    )


def insert_line(
    conn: sqlite3.Connection,
    section_id: str,
    suggestion_id: str | None,
    text: str,
    child_ids: Iterable[int] = (),
) -> int:
    """Add a line at the end of its section; returns its id."""
    position = conn.execute(
        "SELECT coalesce(max(position), -1) + 1 FROM agreement_line WHERE section_id = ?",
        (section_id,),
    ).fetchone()[0]
    line_id = conn.execute(
        "INSERT INTO agreement_line (section_id, position, suggestion_id, text)"
        " VALUES (?, ?, ?, ?)",
        (section_id, position, suggestion_id, text),
    ).lastrowid
    assert line_id is not None  # an INSERT always sets it
    set_line_children(conn, line_id, child_ids)
    return line_id


def update_line(
    conn: sqlite3.Connection, line_id: int, suggestion_id: str | None, text: str
) -> bool:
    cur = conn.execute(
        "UPDATE agreement_line SET suggestion_id = ?, text = ? WHERE id = ?",
        (suggestion_id, text, line_id),
    )
    return cur.rowcount == 1


def set_line_children(conn: sqlite3.Connection, line_id: int, child_ids: Iterable[int]) -> None:
    conn.execute("DELETE FROM agreement_line_member WHERE line_id = ?", (line_id,))
    conn.executemany(
        "INSERT INTO agreement_line_member (line_id, member_id) VALUES (?, ?)",
        [(line_id, m) for m in dict.fromkeys(child_ids)],
    )


def delete_line(conn: sqlite3.Connection, line_id: int) -> bool:
    return conn.execute("DELETE FROM agreement_line WHERE id = ?", (line_id,)).rowcount == 1


def set_order(conn: sqlite3.Connection, line_ids: Sequence[int]) -> None:
    """Number the given lines (one section's) 0, 1, 2... in the order given."""
    conn.executemany(
        "UPDATE agreement_line SET position = ? WHERE id = ?",
        [(i, line_id) for i, line_id in enumerate(line_ids)],
    )


# Versions -------------------------------------------------------------------------------------


def versions(conn: sqlite3.Connection) -> tuple[AgreementVersion, ...]:
    """Every version agreed, oldest first."""
    children = _links(conn, "agreement_version_line_member")
    lines: dict[int, list[AgreedLine]] = {}
    for r in conn.execute(
        "SELECT id, version, section_id, section_title, suggestion_id, text"
        " FROM agreement_version_line ORDER BY version, position"
    ):
        lines.setdefault(r["version"], []).append(
            AgreedLine(
                r["section_id"],
                r["section_title"],
                r["text"],
                r["suggestion_id"],
                children.get(r["id"], ()),
            )
        )
    signers: dict[int, list[int]] = {}
    for r in conn.execute(
        "SELECT version, member_id FROM agreement_signature ORDER BY version, position"
    ):
        signers.setdefault(r["version"], []).append(r["member_id"])
    return tuple(
        AgreementVersion(
            r["number"],
            _day(r["agreed_on"]),
            _day(r["review_on"]),
            tuple(signers.get(r["number"], ())),
            tuple(lines.get(r["number"], ())),
            _d(r["reviewed_on"]),
        )
        for r in conn.execute(
            "SELECT number, agreed_on, review_on, reviewed_on FROM agreement_version"
            " ORDER BY number"
        )
    )


def latest(conn: sqlite3.Connection) -> AgreementVersion | None:
    found = versions(conn)
    return found[-1] if found else None


def review(conn: sqlite3.Connection) -> AgreementReview | None:
    """When the latest version is due to be looked at again (None before the first)."""
    row = conn.execute(
        "SELECT number, agreed_on, review_on FROM agreement_version ORDER BY number DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return AgreementReview(row["number"], _day(row["agreed_on"]), _day(row["review_on"]))


def insert_version(conn: sqlite3.Connection, version: AgreementVersion) -> None:
    conn.execute(
        "INSERT INTO agreement_version (number, agreed_on, review_on, reviewed_on)"
        " VALUES (?, ?, ?, ?)",
        (
            version.number,
            version.agreed_on.isoformat(),
            version.review_on.isoformat(),
            version.reviewed_on.isoformat() if version.reviewed_on else None,
        ),
    )
    for position, line in enumerate(version.lines):
        line_id = conn.execute(
            "INSERT INTO agreement_version_line"
            " (version, position, section_id, section_title, suggestion_id, text)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                version.number,
                position,
                line.section,
                line.section_title,
                line.suggestion_id,
                line.text,
            ),
        ).lastrowid
        conn.executemany(
            "INSERT INTO agreement_version_line_member (line_id, member_id) VALUES (?, ?)",
            [(line_id, m) for m in line.child_ids],
        )
    conn.executemany(
        "INSERT INTO agreement_signature (version, member_id, position) VALUES (?, ?, ?)",
        [(version.number, m, i) for i, m in enumerate(version.signed_by)],
    )


def set_review(conn: sqlite3.Connection, version: AgreementVersion) -> bool:
    """Save a version's review date and the day it was last reviewed; nothing else changes."""
    cur = conn.execute(
        "UPDATE agreement_version SET review_on = ?, reviewed_on = ? WHERE number = ?",
        (
            version.review_on.isoformat(),
            version.reviewed_on.isoformat() if version.reviewed_on else None,
            version.number,
        ),
    )
    return cur.rowcount == 1
