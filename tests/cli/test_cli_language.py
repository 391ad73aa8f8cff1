"""The command line speaks the language the family chose in Settings; FAMILYSAFE_LANG wins."""

import pytest

from familysafe import words
from familysafe.services import open_services


@pytest.fixture
def spanish_family(cli, data_dir, clock):
    cli("member", "add", "Arun", "--born", "2017-03")
    with open_services(data_dir, clock) as s:
        s.settings.set_language("es")
    yield cli
    words.use_language(None)


def test_the_familys_language_is_used(spanish_family, monkeypatch):
    monkeypatch.delenv("FAMILYSAFE_LANG")
    code, out, _ = spanish_family("due")
    assert code == 0 and "Hablar con Arun" in out


def test_the_command_lines_own_words_are_translated(spanish_family, monkeypatch):
    monkeypatch.delenv("FAMILYSAFE_LANG")
    code, out, _ = spanish_family("topic", "list")  # once hidden from lupdate by a wrapper
    assert code == 0 and out.split()[:3] == ["Id", "Título", "Edades"]


def test_the_environment_wins_for_one_run(spanish_family):
    code, out, _ = spanish_family("due")  # the tests run with FAMILYSAFE_LANG=en
    assert code == 0 and "Talk with Arun" in out


def test_due_speaks_spanish_with_plural_forms(spanish_family, monkeypatch):
    monkeypatch.delenv("FAMILYSAFE_LANG")
    spanish_family("app", "add", "Arun", "roblox")
    code, out, _ = spanish_family("due", "--within", "0", today="2026-11-24")
    assert code == 3
    assert "Cuándo" in out and "Qué" in out and "Clave" in out
    assert "Desde el " in out and "Roblox de Arun: 5 ajustes por configurar" in out
    for english in ("Talk with", "Overdue", "What", "Since", "settings to"):
        assert english not in out


def test_content_not_yet_translated_says_so(cli, monkeypatch):
    monkeypatch.setenv("FAMILYSAFE_LANG", "pl")  # Polish has no content overlays yet
    try:
        code, out, _ = cli("topic", "show", "account-taken-over")
        assert code == 0 and "Jeszcze nie przetłumaczone na ten język" in out
        code, out, _ = cli("app", "show", "roblox")
        assert code == 0 and "Jeszcze nie przetłumaczone na ten język" in out
        monkeypatch.setenv("FAMILYSAFE_LANG", "es")  # translated into Spanish: no note
        code, out, _ = cli("topic", "show", "account-taken-over")
        assert code == 0 and "traducido" not in out
    finally:
        words.use_language(None)


def test_help_speaks_the_familys_language(spanish_family, monkeypatch):
    monkeypatch.delenv("FAMILYSAFE_LANG")
    code, out, _ = spanish_family("--help")
    assert code == 0
    assert out.startswith("uso: familysafe")
    assert "FamilySafe te ayuda a proteger a tus hijos" in out
    assert "muestra esta ayuda y sale" in out and "show this help" not in out


def test_an_invalid_choice_is_refused_in_spanish(cli, monkeypatch):
    monkeypatch.setenv("FAMILYSAFE_LANG", "es")
    try:
        code, out, err = cli("member", "frob")
    finally:
        words.use_language(None)
    assert code == 2 and out == ""
    assert err.strip() == (
        "familysafe member: argumento ACTION: opción no válida: 'frob' (elige entre 'add', "
        "'list', 'rename', 'edit', 'remove') (consulta --help)"
    )


def test_our_own_usage_errors_are_translated_too(cli, monkeypatch):
    monkeypatch.setenv("FAMILYSAFE_LANG", "de")
    try:
        code, _, err = cli("due", "--within", "soon")
        missing = cli("talk")
    finally:
        words.use_language(None)
    assert code == 2 and "„soon“ ist keine Anzahl von Tagen (siehe --help)" in err
    assert missing[0] == 2 and "diese Argumente fehlen: MEMBER, --topic" in missing[2]


def test_argparse_gets_its_own_words_back_after_a_run(cli, monkeypatch):
    import argparse
    import gettext

    monkeypatch.setenv("FAMILYSAFE_LANG", "fr")
    try:
        cli("--help")
    finally:
        words.use_language(None)
    assert vars(argparse)["_"] is gettext.gettext
    assert vars(argparse)["ngettext"] is gettext.ngettext


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("pl", 1, "wymagany jest 1 argument"),
        ("pl", 3, "wymagane są 3 argumenty"),
        ("pl", 5, "wymaganych jest 5 argumentów"),
        ("ar", 2, "المتوقع وسيطتان"),
        ("en", 2, "expected 2 arguments"),
    ],
)
def test_argparse_counts_in_each_languages_plural_forms(language, count, expected):
    from familysafe.cli.argparse_words import ngettext

    words.use_language(language)
    try:
        said = ngettext("expected %s argument", "expected %s arguments", count) % count
    finally:
        words.use_language(None)
    assert said == expected


def helps(parser) -> dict[str, str]:
    """Every help text and description of ``parser`` and its sub-commands, by where it is."""
    import argparse

    from familysafe.cli.helptext import shown

    found = {f"{parser.prog} (description)": shown(parser.description or "")}
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            where = f"{parser.prog} {'/'.join(action.option_strings) or action.dest}"
            found[where] = shown(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                found[f"{parser.prog} {choice.dest}"] = shown(choice.help)
            for sub in action.choices.values():
                found.update(helps(sub))
    return found


@pytest.mark.parametrize("language", ["es", "fr", "de", "pl", "ar", "zh_CN"])
def test_every_commands_help_is_translated(language):
    from familysafe.cli import all_groups
    from familysafe.cli.argparse_words import speaking
    from familysafe.cli.parser import build

    english = helps(build(all_groups()))
    words.use_language(language)
    try:
        with speaking():
            translated = helps(build(all_groups()))  # looked up as help shows them
    finally:
        words.use_language(None)
    assert translated.keys() == english.keys()
    same = [where for where, text in english.items() if text and translated[where] == text]
    assert same == []
    assert len(english) > 100  # the walk reached every command


def test_french_help_from_the_command_line_itself(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, FAMILYSAFE_LANG="fr", FAMILYSAFE_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-m", "familysafe", "backup", "--help"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("utilisation : familysafe backup")
    assert "back up your data now" not in done.stdout
    assert "sauvegarder vos données maintenant" in done.stdout
    assert "affiche cette aide et quitte" in done.stdout


@pytest.mark.parametrize("language", ["zh_CN", "fr"])
def test_help_fits_the_terminal_in_every_script(cli, monkeypatch, language):
    """A Chinese character takes two columns of a terminal: lines are wrapped by columns."""
    import unicodedata

    monkeypatch.setenv("FAMILYSAFE_LANG", language)
    monkeypatch.setenv("COLUMNS", "80")
    try:
        code, out, _ = cli("export", "pdf", "--help")
    finally:
        words.use_language(None)

    def columns(line: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)

    assert code == 0 and len(out.splitlines()) > 20
    too_wide = [line for line in out.splitlines() if columns(line) > 80]
    assert too_wide == []


def test_wrapping_keeps_closing_marks_with_their_sentence():
    from familysafe.cli.helptext import wrap

    lines = wrap("一二三四五六七八，九十", 16)  # the comma falls just past the width
    assert lines == ["一二三四五六七八，", "九十"]
    assert wrap("plain words wrap as before", 10) == ["plain", "words wrap", "as before"]
