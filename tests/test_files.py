"""Exports are written whole or not at all, and privately."""

from __future__ import annotations

import os
import stat

import pytest

from familysafe.files import atomic_file, atomic_write


class Boom(Exception):
    pass


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_atomic_write_creates_the_file(tmp_path):
    target = tmp_path / "plan.pdf"
    atomic_write(target, b"hello")
    assert target.read_bytes() == b"hello"
    assert os.listdir(tmp_path) == ["plan.pdf"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_atomic_write_creates_a_private_file(tmp_path):
    target = tmp_path / "plan.pdf"
    atomic_write(target, b"hello")
    assert _mode(target) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_replacing_a_public_file_makes_it_private(tmp_path):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert _mode(target) == 0o600


def test_atomic_file_streams(tmp_path):
    target = tmp_path / "cards.pdf"
    with atomic_file(target) as fh:
        fh.write(b"part one, ")
        fh.write(b"part two")
        assert not target.exists(), "the target only appears once the writer is done"
    assert target.read_bytes() == b"part one, part two"


def test_failure_mid_write_leaves_no_file(tmp_path):
    target = tmp_path / "plan.pdf"
    with pytest.raises(Boom), atomic_file(target) as fh:
        fh.write(b"half a PDF")
        raise Boom
    assert os.listdir(tmp_path) == []


def test_failure_mid_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"the old plan")
    with pytest.raises(Boom), atomic_file(target) as fh:
        fh.write(b"half a new plan")
        raise Boom
    assert target.read_bytes() == b"the old plan"
    assert os.listdir(tmp_path) == ["plan.pdf"]


def test_missing_folder_raises_and_leaves_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "missing" / "plan.pdf", b"x")
    assert os.listdir(tmp_path) == []


def test_keyboard_interrupt_also_cleans_up(tmp_path):
    target = tmp_path / "plan.ics"
    with pytest.raises(KeyboardInterrupt), atomic_file(target) as fh:
        fh.write(b"BEGIN:VCALENDAR")
        raise KeyboardInterrupt
    assert os.listdir(tmp_path) == []
