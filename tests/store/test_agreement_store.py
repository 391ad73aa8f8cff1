"""Storing the family agreement: draft lines, frozen versions, and members leaving."""

import sqlite3
from datetime import date

import pytest

from familysafe.core.agreement import AgreedLine, AgreementVersion
from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.core.planning import AgreementReview
from familysafe.store import agreement as repo
from familysafe.store import members
from familysafe.store.db import Database, migrations, schema_version

AGREED = date(2026, 9, 1)


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "familysafe.db")
    yield database
    database.close()


@pytest.fixture
def family(db):
    """Member ids: Arun and Lucia (children), Priya (adult)."""
    with db.transaction() as conn:
        arun = members.insert(conn, "Arun", Role.CHILD, BirthMonth(2017, 3)).id
        lucia = members.insert(conn, "Lucia", Role.CHILD, BirthMonth(2013, 6)).id
        priya = members.insert(conn, "Priya", Role.ADULT, None).id
    return arun, lucia, priya


def version(signed_by, lines=None, number=1) -> AgreementVersion:
    lines = lines or (AgreedLine("getting-started", "Getting started", "We made it together."),)
    return AgreementVersion(number, AGREED, date(2026, 12, 1), tuple(signed_by), tuple(lines))


def test_draft_lines_keep_their_order_words_and_children(db, family):
    arun, lucia, _ = family
    with db.transaction() as conn:
        a = repo.insert_line(conn, "screen-time-places", "screens-sleep-first", "Screens sleep.")
        b = repo.insert_line(conn, "screen-time-places", None, "No phones at dinner.", [lucia])
        c = repo.insert_line(conn, "getting-started", None, "We made it.", [arun, lucia, arun])
    draft = repo.draft(db.conn)
    assert [x.id for x in draft.in_section("screen-time-places")] == [a, b]
    assert draft.line(a).suggestion_id == "screens-sleep-first" and draft.line(a).for_everyone
    assert draft.line(b).own and draft.line(b).child_ids == (lucia,)
    assert draft.line(c).child_ids == tuple(sorted((arun, lucia)))
    with db.transaction() as conn:
        repo.set_order(conn, [b, a])
        assert repo.update_line(conn, a, None, "Screens sleep at eight.")
        repo.set_line_children(conn, b, [])
        assert repo.delete_line(conn, c) and not repo.delete_line(conn, c)
    draft = repo.draft(db.conn)
    assert [x.id for x in draft.lines] == [b, a]
    assert draft.line(a).own and draft.line(a).text == "Screens sleep at eight."
    assert draft.line(b).for_everyone and draft.line(c) is None


def test_a_new_line_goes_to_the_end_of_its_section(db):
    with db.transaction() as conn:
        first = repo.insert_line(conn, "parents-promise", None, "We listen.")
        second = repo.insert_line(conn, "parents-promise", None, "We stay calm.")
        repo.set_order(conn, [second, first])
        third = repo.insert_line(conn, "parents-promise", None, "We ask first.")
    assert [x.id for x in repo.draft(db.conn).lines] == [second, first, third]


def test_the_database_refuses_what_the_rules_refuse(db):
    with db.transaction() as conn:
        repo.insert_line(conn, "parents-promise", "stay-calm-and-listen", "We stay calm.")
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:  # twice
        repo.insert_line(conn, "getting-started", "stay-calm-and-listen", "We stay calm.")
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        repo.insert_line(conn, "parents-promise", None, "x" * 301)
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        repo.insert_version(conn, AgreementVersion(1, AGREED, AGREED, (), ()))  # review too soon
    assert len(repo.draft(db.conn).lines) == 1 and repo.versions(db.conn) == ()


def test_a_version_is_stored_whole_and_read_back_as_agreed(db, family):
    arun, lucia, priya = family
    lines = (
        AgreedLine("getting-started", "Getting started", "We made it together.", "made-it"),
        AgreedLine("talking-to-people", "Talking", "I block and tell.", None, (lucia,)),
        AgreedLine("talking-to-people", "Talking", "I only call family.", None, (arun, lucia)),
    )
    with db.transaction() as conn:
        repo.insert_version(conn, version([priya, lucia, arun], lines))
        repo.insert_version(conn, version([priya], number=2))
    first, second = repo.versions(db.conn)
    assert first == version([priya, lucia, arun], lines)  # signers in the order they were given
    assert repo.latest(db.conn) == second
    assert repo.review(db.conn) == AgreementReview(2, AGREED, date(2026, 12, 1))


def test_only_the_review_dates_of_a_version_change(db, family):
    with db.transaction() as conn:
        repo.insert_version(conn, version(family))
        changed = AgreementVersion(
            1, AGREED, date(2027, 3, 1), (), (), reviewed_on=date(2026, 12, 1)
        )
        assert repo.set_review(conn, changed)
        assert not repo.set_review(conn, AgreementVersion(9, AGREED, date(2027, 1, 1), (), ()))
    stored = repo.latest(db.conn)
    assert stored.review_on == date(2027, 3, 1) and stored.reviewed_on == date(2026, 12, 1)
    assert stored.signed_by == family and len(stored.lines) == 1  # untouched


def test_no_agreement_means_no_review(db):
    assert repo.review(db.conn) is None and repo.latest(db.conn) is None


def test_a_failed_version_leaves_nothing_behind(db, family):
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        repo.insert_version(conn, version([family[0], 999]))  # no member 999
    assert repo.versions(db.conn) == ()
    assert db.conn.execute("SELECT count(*) FROM agreement_version_line").fetchone()[0] == 0


def test_removing_a_member_takes_their_lines_and_signature_but_not_the_agreement(db, family):
    arun, lucia, priya = family
    lines = (
        AgreedLine("a", "A", "For everyone."),
        AgreedLine("a", "A", "Only for Arun.", None, (arun,)),
        AgreedLine("a", "A", "For both.", None, (arun, lucia)),
    )
    with db.transaction() as conn:
        everyone = repo.insert_line(conn, "a", None, "For everyone.")
        only_arun = repo.insert_line(conn, "a", None, "Only for Arun.", [arun])
        both = repo.insert_line(conn, "a", None, "For both.", [arun, lucia])
        repo.insert_version(conn, version([priya, arun], lines))
    with db.transaction() as conn:
        members.delete(conn, arun)
    draft = repo.draft(db.conn)
    assert [x.id for x in draft.lines] == [everyone, both]  # not turned into a line for all
    assert draft.line(both).child_ids == (lucia,)
    assert draft.line(only_arun) is None
    kept = repo.latest(db.conn)
    assert kept.signed_by == (priya,)
    assert [(x.text, x.child_ids) for x in kept.lines] == [
        ("For everyone.", ()),
        ("For both.", (lucia,)),
    ]
    with db.transaction() as conn:  # the other child's lines are theirs alone now
        members.delete(conn, lucia)
    assert [x.text for x in repo.draft(db.conn).lines] == ["For everyone."]


def test_removing_someone_through_the_household_service_works(services):
    arun = services.household.add("Arun", Role.CHILD, BirthMonth(2017, 3))
    with services.db.transaction() as conn:
        repo.insert_line(conn, "a", None, "Only for Arun.", [arun.id])
        repo.insert_version(conn, version([arun.id]))
    services.household.remove(services.household.get("Arun").id)
    assert repo.draft(services.db.conn).lines == ()
    assert repo.latest(services.db.conn).signed_by == ()


def _database_at_version_2(path) -> None:
    """A database as FamilySafe wrote it before the agreement existed, with some data."""
    conn = sqlite3.connect(path)
    with conn:
        for migration in migrations()[:2]:
            conn.executescript(migration.sql)
        conn.execute(
            "INSERT INTO member (name, name_key, role, born_year, born_month, created_on)"
            " VALUES ('Arun', 'arun', 'child', 2017, 3, '2026-01-05')"
        )
        conn.execute("INSERT INTO setting (key, value) VALUES ('welcomed', '1')")
        conn.execute(
            "INSERT INTO member_app (member_id, app_id, added_on)"
            " VALUES (1, 'roblox', '2026-02-01')"
        )
        conn.execute("INSERT INTO talk (held_on, notes) VALUES ('2026-03-01', 'private')")
        conn.execute("INSERT INTO talk_member (talk_id, member_id) VALUES (1, 1)")
        conn.execute("PRAGMA user_version = 2")
    conn.close()


def test_a_version_2_database_is_upgraded_and_keeps_its_data(tmp_path):
    path = tmp_path / "familysafe.db"
    _database_at_version_2(path)
    with Database(path) as db:
        assert db.user_version == schema_version() >= 3
        assert [m.name for m in members.all_members(db.conn)] == ["Arun"]
        assert db.conn.execute("SELECT value FROM setting WHERE key = 'welcomed'").fetchone()[0]
        assert db.conn.execute("SELECT app_id FROM member_app").fetchone()[0] == "roblox"
        assert db.conn.execute("SELECT notes FROM talk").fetchone()[0] == "private"
        assert repo.draft(db.conn).lines == () and repo.versions(db.conn) == ()
        with db.transaction() as conn:  # and the new tables work with the old members
            repo.insert_line(conn, "a", None, "Only for Arun.", [1])
    assert (tmp_path / "familysafe.db.before-v3.bak").exists()
