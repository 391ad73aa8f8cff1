"""Temporary folders (the sample family, print previews) never outlive FamilySafe."""

import os

from familysafe.system import scratch


def test_folders_are_private_named_for_their_process_and_removed(tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    folder = scratch.make("demo")
    assert folder.name.startswith(f"familysafe-demo-{os.getpid()}-")
    if os.name == "posix":
        assert folder.stat().st_mode & 0o777 == 0o700
    (folder / "familysafe.db").write_bytes(b"x")
    scratch.remove_all()  # what atexit does
    assert not folder.exists()


def test_leftovers_of_gone_processes_are_removed_and_others_kept(tmp_path):
    gone = tmp_path / "familysafe-preview-999999999-abc"
    mine = tmp_path / f"familysafe-demo-{os.getpid()}-def"
    parent = tmp_path / f"familysafe-demo-{os.getppid()}-ghi"  # a running process
    unrelated = tmp_path / "familysafe-notes-1-x"
    for folder in (gone, mine, parent, unrelated):
        folder.mkdir()
        (folder / "file").write_text("x")
    assert scratch.remove_leftovers(tmp_path) == [gone]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (mine, parent, unrelated)
    )
