"""The loader refuses content that breaks the schema, naming the file and the field."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from familysafe.content.loader import load_library
from familysafe.content.schema import ContentError

DATA = Path(__file__).parent.parent / "data" / "content"
BROKEN = sorted((DATA / "broken").glob("*.toml"))


def header(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()[:3]
    return dict(line.lstrip("# ").split(": ", 1) for line in lines)


def test_the_valid_sample_loads():
    library = load_library(DATA / "valid")
    assert list(library.topics) == ["tell-a-trusted-adult"]
    assert list(library.apps) == ["signal"]
    assert list(library.countries) == ["GB"]


@pytest.mark.parametrize("broken", BROKEN, ids=lambda p: p.stem)
def test_broken_file_is_refused_with_file_and_field(broken, tmp_path):
    meta = header(broken)
    root = tmp_path / "content"
    shutil.copytree(DATA / "valid", root)
    kind_dir = root / meta["kind"]
    for old in kind_dir.glob("*.toml"):
        old.unlink()
    target = kind_dir / f"{meta['target']}.toml"
    shutil.copy(broken, target)
    if meta["kind"] == "guides" and meta["expect"] == "topics":
        pass  # the reference is checked once everything is loaded
    with pytest.raises(ContentError) as err:
        load_library(root)
    assert err.value.path.endswith(target.name), str(err.value)
    assert err.value.field == meta["expect"], str(err.value)
    assert target.name in str(err.value) and meta["expect"] in str(err.value)


def test_duplicate_ids_across_files_are_refused(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(DATA / "valid", root)
    (root / "locales").mkdir()
    # Two countries with the same code cannot both exist: their file names would differ.
    text = (root / "helplines" / "gb.toml").read_text(encoding="utf-8")
    (root / "helplines" / "uk.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_library(root)
    assert "uk.toml" in err.value.path and err.value.field == "country"


def test_translation_overlays_texts_and_falls_back_to_english(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(DATA / "valid", root)
    overlay = root / "locales" / "es" / "topics"
    overlay.mkdir(parents=True)
    (overlay / "tell-a-trusted-adult.toml").write_text(
        'title = "Contárselo a un adulto de confianza"\n'
        '[parents]\nsummary = "Resumen en español."\n',
        encoding="utf-8",
    )
    spanish = load_library(root, "es").topics["tell-a-trusted-adult"]
    english = load_library(root, "en").topics["tell-a-trusted-adult"]
    assert spanish.title == "Contárselo a un adulto de confianza"
    assert spanish.parents.summary == "Resumen en español."
    assert spanish.parents.why == english.parents.why  # untranslated: English
    assert english.title != spanish.title


def test_translation_with_a_key_the_original_lacks_is_refused(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(DATA / "valid", root)
    overlay = root / "locales" / "es" / "topics"
    overlay.mkdir(parents=True)
    (overlay / "tell-a-trusted-adult.toml").write_text('titel = "x"\n', encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_library(root, "es")
    assert err.value.field == "titel"


def test_an_app_with_country_ages_age_rules_and_ratings_loads(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(DATA / "valid", root)
    path = root / "apps" / "signal.toml"
    path.write_text(
        path.read_text(encoding="utf-8") + (DATA / "app-extras.toml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    app = load_library(root).apps["signal"]
    assert app.min_age == 13 and app.min_age_by_country == {"AU": 16}
    assert app.min_age_in("AU") == 16 and app.min_age_in("au") == 16
    assert app.min_age_in("GB") == 13 and app.min_age_in(None) == 13
    (rule,) = app.age_rules
    assert (rule.feature, rule.min_age, rule.text) == (
        "video-chat",
        16,
        "Video calls with strangers need 16+",
    )
    assert rule.checked == date(2026, 12, 7)
    assert app.rules_above(15) == (rule,) and app.rules_above(16) == ()
    assert (app.rating.pegi, app.rating.esrb) == (12, "T")
    item = app.checklist[0]
    assert item.written == date(2026, 11, 23) and item.checked == date(2026, 11, 23)
