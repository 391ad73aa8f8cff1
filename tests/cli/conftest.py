import json

import pytest

from familysafe.cli import main


class Cli:
    """Runs ``familysafe`` in-process against one data folder, as a user would type it."""

    def __init__(self, data_dir, capsys):
        self.data_dir = data_dir
        self.capsys = capsys

    def __call__(self, *argv: str, today: str = "2026-11-23"):
        try:
            code = main(["--data-dir", str(self.data_dir), "--today", today, *argv])
        except SystemExit as exit_:  # argparse's usage errors
            code = exit_.code
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str, **kw):
        code, out, err = self(*argv, "--json", **kw)
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(data_dir, capsys):
    return Cli(data_dir, capsys)
