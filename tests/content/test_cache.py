"""The compiled content cache: used only when current, rebuilt when anything it was built from
changes, never trusted across versions, ignored when damaged or not private."""

import os
import shutil
from pathlib import Path

import pytest

from familysafe.content import cache, loader


@pytest.fixture
def content(tmp_path, monkeypatch):
    """A copy of the shipped content, and a cache folder of its own."""
    from familysafe import paths

    root = tmp_path / "content"
    shutil.copytree(paths.content_dir(), root)
    monkeypatch.setattr(paths, "content_dir", lambda: root)
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    cache.library.cache_clear()
    yield root
    cache.library.cache_clear()


@pytest.fixture
def builds(monkeypatch):
    """Counts how often the TOML files are parsed."""
    calls = []
    real = loader.load_library

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(loader, "load_library", counting)
    return calls


def fresh(language=None):
    cache.library.cache_clear()
    return cache.library(language)


def test_built_once_then_read_back(content, builds):
    first = fresh()
    assert len(builds) == 1
    path = cache.cache_file(None)
    assert path.is_file() and path.stat().st_mode & 0o777 == 0o600
    again = fresh()
    assert len(builds) == 1
    assert again == first and again is not first
    assert sorted(again.topics) == sorted(first.topics)


def test_each_language_has_its_own(content, builds):
    english, spanish = fresh(None), fresh("es")
    assert len(builds) == 2
    assert cache.cache_file("es") != cache.cache_file(None)
    some = next(iter(english.topics))
    assert spanish.topics[some].title != english.topics[some].title
    assert fresh("es") == spanish and len(builds) == 2


def test_a_changed_content_file_rebuilds_it(content, builds):
    first = fresh()
    topic = next(content.glob("topics/*.toml"))
    text = topic.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("title ="))
    topic.write_text(text.replace(old, 'title = "A title changed on disk"'), encoding="utf-8")
    changed = fresh()
    assert len(builds) == 2
    assert changed.topics[topic.stem].title == "A title changed on disk"
    assert first.topics[topic.stem].title != changed.topics[topic.stem].title


def test_a_new_content_file_rebuilds_it(content, builds):
    fresh()
    source = next(content.glob("topics/*.toml"))
    text = source.read_text(encoding="utf-8").replace(f'id = "{source.stem}"', 'id = "zz-copy"')
    (content / "topics" / "zz-copy.toml").write_text(text, encoding="utf-8")
    assert "zz-copy" in fresh().topics
    assert len(builds) == 2


def test_another_version_never_reads_it(content, builds, monkeypatch):
    fresh()
    monkeypatch.setattr(cache, "__version__", "99.0.0")
    fresh()
    assert len(builds) == 2


def test_a_damaged_cache_is_ignored_and_rebuilt(content, builds):
    first = fresh()
    path = cache.cache_file(None)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert fresh() == first
    assert len(builds) == 2
    path.write_bytes(b"\0" * 10)
    assert fresh() == first
    assert len(builds) == 3
    assert path.read_bytes() == data  # written again, whole


def test_a_cache_others_could_write_is_not_trusted(content, builds):
    fresh()
    os.chmod(cache.cache_file(None), 0o666)
    fresh()
    assert len(builds) == 2
    assert cache.cache_file(None).stat().st_mode & 0o777 == 0o600


def test_a_cache_that_cannot_be_written_is_not_an_error(content, builds, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    assert fresh().topics
    assert fresh().topics
    assert len(builds) == 2


def test_a_changed_byte_rebuilds_it_even_with_the_same_size_and_time(content, builds):
    first = fresh()
    topic = next(content.glob("topics/*.toml"))
    before = topic.stat()
    text = topic.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("title ="))
    new = 'title = "' + "Z" * (len(old.encode()) - len('title = ""')) + '"'
    assert len(new.encode()) == len(old.encode())
    topic.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(topic, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert topic.stat().st_size == before.st_size
    assert topic.stat().st_mtime_ns == before.st_mtime_ns
    changed = fresh()
    assert len(builds) == 2
    assert changed.topics[topic.stem].title == new[len('title = "') : -1]
    assert changed.topics[topic.stem].title != first.topics[topic.stem].title


def test_a_changed_translation_rebuilds_only_its_language(content, builds):
    english, spanish = fresh(None), fresh("es")
    overlay = next(content.glob("locales/es/topics/*.toml"))
    text = overlay.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("title ="))
    overlay.write_text(text.replace(old, 'title = "Un título nuevo"'), encoding="utf-8")
    assert fresh(None) == english and len(builds) == 2  # English reads no Spanish file
    assert fresh("es").topics[overlay.stem].title == "Un título nuevo"
    assert len(builds) == 3
    assert spanish.topics[overlay.stem].title != "Un título nuevo"


def test_touching_a_file_without_changing_it_keeps_the_cache(content, builds):
    fresh()
    topic = next(content.glob("topics/*.toml"))
    later = topic.stat().st_mtime_ns + 5_000_000_000
    os.utime(topic, ns=(later, later))
    fresh()
    assert len(builds) == 1


def test_another_python_never_reads_it(content, builds, monkeypatch):
    fresh()
    monkeypatch.setattr(cache.sys, "version", "3.99.0 (another build)")
    fresh()
    assert len(builds) == 2


def test_the_key_covers_the_bytes_of_the_code_that_builds_it(content, tmp_path, monkeypatch):
    code = tmp_path / "code"
    shutil.copytree(Path(cache.__file__).parent, code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "_CODE", (code,))
    key = cache.cache_key(content, None)
    module = code / "loader.py"
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace("def ", "def  ", 1), encoding="utf-8")
    assert cache.cache_key(content, None) != key
    module.write_text(text, encoding="utf-8")
    assert cache.cache_key(content, None) == key
    assert cache.cache_key(content, "es") != key
