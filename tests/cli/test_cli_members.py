import subprocess
import sys

import pytest

from familysafe import __version__


def test_version(capsys):
    from familysafe.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_member_add_and_list_json(cli):
    assert cli("member", "add", "Arun", "--born", "2017-03")[0] == 0
    assert cli("member", "add", "Rosa", "--born", "2022-06-15")[0] == 0
    assert cli("member", "add", "Priya", "--adult")[0] == 0
    members = cli.json("member", "list")
    assert members == [
        {"name": "Arun", "role": "child", "born": "2017-03", "age": 9, "band": "8-10"},
        {"name": "Rosa", "role": "child", "born": "2022-06-15", "age": 4, "band": "0-4"},
        {"name": "Priya", "role": "adult", "born": None, "age": None, "band": "18+"},
    ]


def test_member_list_for_people(cli):
    cli("member", "add", "Arun", "--born", "2017-03")
    code, out, _ = cli("member", "list")
    assert code == 0
    assert "Arun" in out and "8-10" in out


def test_today_moves_bands(cli):
    cli("member", "add", "Arun", "--born", "2017-03")
    assert cli.json("member", "list", today="2028-03-01")[0]["band"] == "11-12"


def test_rename_edit_remove(cli):
    cli("member", "add", "Arun", "--born", "2017-03")
    assert cli("member", "rename", "arun", "أرون")[0] == 0
    assert cli("member", "edit", "أرون", "--born", "2014-01")[0] == 0
    assert cli.json("member", "list")[0] == {
        "name": "أرون",
        "role": "child",
        "born": "2014-01",
        "age": 12,
        "band": "11-12",
    }
    code, _, err = cli("member", "remove", "أرون")
    assert code == 2 and "--yes" in err
    assert cli("member", "remove", "أرون", "--yes")[0] == 0
    assert cli.json("member", "list") == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["member", "add", "X", "--born", "2017-13"], "not a birth month"),
        (["member", "add", "X", "--born", "2030-01"], "future"),
        (["member", "add", " ", "--adult"], "name"),
        (["member", "add", "X" * 41, "--adult"], "40"),
        (["member", "add", "X"], "--born"),
        (["member", "rename", "Nobody", "Y"], "Nobody"),
        (["member", "edit", "Priya", "--born", "2017-01"], "Adults"),
        (["nonsense"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line(cli, argv, message):
    cli("member", "add", "Priya", "--adult")
    before = cli.json("member", "list")
    code, _, err = cli(*argv)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert cli.json("member", "list") == before


def test_duplicate_name_is_refused(cli):
    cli("member", "add", "Arun", "--born", "2017-03")
    code, _, err = cli("member", "add", "ARUN", "--adult")
    assert code == 2 and "already" in err


def test_newer_database_exits_1(cli, data_dir):
    import sqlite3

    cli("member", "add", "Priya", "--adult")
    with sqlite3.connect(data_dir / "familysafe.db") as raw:
        raw.execute("PRAGMA user_version = 999")
    code, _, err = cli("member", "list")
    assert code == 1 and "newer version" in err


def test_data_dir_from_environment(tmp_path):
    env = {
        "FAMILYSAFE_DATA_DIR": str(tmp_path / "env"),
        "PATH": "/usr/bin:/bin",
        "FAMILYSAFE_LANG": "en",
    }

    def run(*a):
        return subprocess.run(
            [sys.executable, "-m", "familysafe", *a],
            env=env,  # noqa
            capture_output=True,
            text=True,
            check=False,
        )

    assert run("member", "add", "Joy", "--adult").returncode == 0
    assert (tmp_path / "env" / "familysafe.db").exists()
    assert '"Joy"' in run("member", "list", "--json").stdout
