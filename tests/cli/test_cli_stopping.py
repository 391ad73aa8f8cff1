"""Ctrl+C and SIGTERM stop a command with one line and the shell's exit code, never a
traceback; a file being written is removed, and one left by a killed run goes at the next export."""

import os
import signal

import pytest

from familysafe.cli import main
from familysafe.files import atomic_file, atomic_write


def stop_inside_the_command(monkeypatch, stop):
    def services_for(args):
        stop()

    for module in ("members", "planner"):
        monkeypatch.setattr(f"familysafe.cli.{module}.services_for", services_for)


def test_ctrl_c_is_one_line_and_exit_130(monkeypatch, capsys, tmp_path):
    def interrupt():
        raise KeyboardInterrupt

    stop_inside_the_command(monkeypatch, interrupt)
    assert main(["--data-dir", str(tmp_path), "member", "list"]) == 130
    out, err = capsys.readouterr()
    assert err.strip() == "familysafe: Stopped." and "Traceback" not in out + err


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_sigterm_is_one_line_and_exit_143(monkeypatch, capsys, tmp_path):
    stop_inside_the_command(monkeypatch, lambda: os.kill(os.getpid(), signal.SIGTERM))
    before = signal.getsignal(signal.SIGTERM)
    assert main(["--data-dir", str(tmp_path), "due"]) == 143
    assert capsys.readouterr().err.strip() == "familysafe: Stopped."
    assert signal.getsignal(signal.SIGTERM) is before  # put back for whoever runs next


def test_an_interrupted_export_leaves_no_part_file(tmp_path):
    target = tmp_path / "plan.pdf"
    with pytest.raises(KeyboardInterrupt), atomic_file(target) as fh:
        fh.write(b"half a PDF")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_a_killed_writers_part_file_goes_at_the_next_export(tmp_path):
    dead = tmp_path / ".familysafe-plan.pdf.999999999.x1y2.part"  # no such process
    alive = tmp_path / f".familysafe-plan.pdf.{os.getpid()}.a1b2.part"  # still writing
    dead.write_bytes(b"left by kill -9")
    alive.write_bytes(b"being written")
    atomic_write(tmp_path / "plan.pdf", b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == [alive.name, "plan.pdf"]
