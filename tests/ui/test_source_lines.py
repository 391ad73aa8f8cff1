"""The window keeps no copy of its modules' source (PySide6 reads all of it once)."""

import linecache
from pathlib import Path

import familysafe.about
from familysafe.ui.source_lines import no_source_kept


def test_source_lines_are_read_but_not_kept_and_the_cache_comes_back():
    before = linecache.cache
    path = familysafe.about.__file__
    with no_source_kept():
        lines = linecache.getlines(path)
        assert lines and lines == Path(path).read_text(encoding="utf-8").splitlines(True)
        assert path not in linecache.cache
        assert linecache.getline(path, 1) == lines[0]  # read again when asked
    assert linecache.cache is before


def test_a_traceback_inside_still_shows_its_lines():
    import traceback

    with no_source_kept():
        try:
            raise ValueError("shown with its line")
        except ValueError:
            text = traceback.format_exc()
    assert 'raise ValueError("shown with its line")' in text
