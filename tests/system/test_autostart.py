"""Start at login: the XDG entry for real in a temporary config folder, the macOS LaunchAgent in a
temporary home, and the Windows Run key against a small stand-in for ``winreg``."""

from __future__ import annotations

import configparser
import plistlib
import stat
import sys
import types

import pytest

from familysafe.about import APP_ID
from familysafe.core.errors import FamilySafeError
from familysafe.services.startup import StartupService
from familysafe.system import autostart
from familysafe.system.autostart import LaunchAgent, RunKey, exec_value, launch_command

COMMAND = ["/opt/Family Safe/bin/familysafe"]


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


def read_entry(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # desktop entry keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


# --- Linux (XDG) --------------------------------------------------------------------------------


def test_enabling_writes_a_private_desktop_entry_that_starts_in_the_tray(config_home):
    autostart.enable(COMMAND, platform="linux")
    path = config_home / "autostart" / f"{APP_ID}.desktop"
    entry = read_entry(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "FamilySafe" and entry["Comment"]
    assert entry["Icon"] == APP_ID
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry["Exec"] == '"/opt/Family Safe/bin/familysafe" --tray'
    assert entry["Exec"].endswith(" --tray")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert autostart.is_enabled(platform="linux")


def test_disabling_removes_the_entry_and_is_harmless_twice(config_home):
    autostart.enable(COMMAND, platform="linux")
    autostart.disable(platform="linux")
    assert not (config_home / "autostart" / f"{APP_ID}.desktop").exists()
    assert not autostart.is_enabled(platform="linux")
    autostart.disable(platform="linux")


@pytest.mark.parametrize("line", ["X-GNOME-Autostart-enabled=false", "Hidden=true"])
def test_an_entry_switched_off_in_the_desktop_settings_is_not_enabled(config_home, line):
    autostart.enable(COMMAND, platform="linux")
    path = config_home / "autostart" / f"{APP_ID}.desktop"
    text = path.read_text().replace("X-GNOME-Autostart-enabled=true", line)
    path.write_text(text)
    assert not autostart.is_enabled(platform="linux")
    autostart.enable(COMMAND, platform="linux")  # switching it on again wins
    assert autostart.is_enabled(platform="linux")


def test_config_home_defaults_to_dot_config_and_ignores_a_relative_one(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    for value in (None, "", "relative/config"):
        if value is None:
            monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
        else:
            monkeypatch.setenv("XDG_CONFIG_HOME", value)
        assert autostart.xdg_config_home() == tmp_path / ".config"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["/usr/bin/familysafe", "--tray"], "/usr/bin/familysafe --tray"),
        (["/opt/My Apps/python3", "-m", "familysafe"], '"/opt/My Apps/python3" -m familysafe'),
        (["/home/a$b/run"], '"/home/a\\\\$b/run"'),  # \$ in the quotes, then \ doubled
        (['/x/quote"d'], '"/x/quote\\\\"d"'),
        (["/x/back\\slash"], '"/x/back\\\\\\\\slash"'),  # four backslashes, as the spec says
        (["/x/100%/run"], "/x/100%%/run"),
        ([""], '""'),
    ],
)
def test_exec_quoting_follows_the_desktop_entry_spec(argv, expected):
    assert exec_value(argv) == expected


def test_the_default_command_is_this_installation(config_home):
    autostart.enable(platform="linux")
    exec_line = read_entry(config_home / "autostart" / f"{APP_ID}.desktop")["Exec"]
    assert exec_line.endswith(" --tray") and "familysafe" in exec_line


def test_launch_command_prefers_the_script_beside_the_interpreter(tmp_path):
    python = tmp_path / "bin" / "python3"
    python.parent.mkdir()
    python.write_text("")
    assert launch_command("linux", str(python), frozen=False) == [
        str(python),
        "-m",
        "familysafe",
    ]
    script = python.with_name("familysafe")
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert launch_command("linux", str(python), frozen=False) == [str(script)]
    assert launch_command("linux", str(python), frozen=True) == [str(python)]


def test_launch_command_on_windows_avoids_a_console_window(tmp_path):
    python = tmp_path / "python.exe"
    python.write_text("")
    assert launch_command("win32", str(python), frozen=False)[0] == str(python)
    (tmp_path / "pythonw.exe").write_text("")
    assert launch_command("win32", str(python), frozen=False) == [
        str(tmp_path / "pythonw.exe"),
        "-m",
        "familysafe",
    ]


def test_the_tray_flag_is_one_the_app_accepts():
    from familysafe.cli import all_groups, groups_for
    from familysafe.cli.parser import build

    assert build(groups_for([])).parse_args([autostart.TRAY_FLAG]).tray is True
    assert build(all_groups()).parse_args([]).tray is False


# --- macOS --------------------------------------------------------------------------------------


def test_launch_agent_runs_at_load_and_goes_away(tmp_path):
    agent = LaunchAgent(tmp_path)
    agent.enable(COMMAND)
    path = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    data = plistlib.loads(path.read_bytes())
    assert data["Label"] == APP_ID
    assert data["ProgramArguments"] == [*COMMAND, "--tray"]  # an array: no quoting needed
    assert data["RunAtLoad"] is True
    assert agent.is_enabled()
    path.write_bytes(plistlib.dumps({**data, "Disabled": True}))
    assert not agent.is_enabled()
    agent.disable()
    assert not path.exists() and not agent.is_enabled()


def test_darwin_uses_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    autostart.enable(COMMAND, platform="darwin")
    assert (tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist").is_file()
    assert autostart.is_enabled(platform="darwin")
    autostart.disable(platform="darwin")
    assert not autostart.is_enabled(platform="darwin")


# --- Windows ------------------------------------------------------------------------------------


class FakeKey:
    def __init__(self, values: dict) -> None:
        self.values = values

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class FakeWinreg(types.ModuleType):
    """The parts of ``winreg`` the Run key uses, over a dict of key paths to values."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_READ, KEY_SET_VALUE = 1, 2
    REG_SZ, REG_BINARY = 1, 3

    def __init__(self) -> None:
        super().__init__("winreg")
        self.keys: dict[tuple[str, str], dict] = {}

    def CreateKeyEx(self, root, path, reserved=0, access=0):  # noqa: N802 (winreg's names)
        return FakeKey(self.keys.setdefault((root, path), {}))

    def OpenKey(self, root, path, reserved=0, access=0):  # noqa: N802
        if (root, path) not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return FakeKey(self.keys[(root, path)])

    def SetValueEx(self, key, name, reserved, kind, value):  # noqa: N802
        key.values[name] = (value, kind)

    def QueryValueEx(self, key, name):  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return key.values[name]

    def DeleteValue(self, key, name):  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del key.values[name]


def test_run_key_holds_a_quoted_command_line_and_goes_away():
    reg = FakeWinreg()
    run = RunKey(reg)
    run.enable([r"C:\Program Files\Python\pythonw.exe", "-m", "familysafe"])
    value, kind = reg.keys[("HKCU", autostart.RUN_KEY)]["FamilySafe"]
    assert value == r'"C:\Program Files\Python\pythonw.exe" -m familysafe --tray'
    assert kind == reg.REG_SZ
    assert run.is_enabled()
    run.disable()
    assert "FamilySafe" not in reg.keys[("HKCU", autostart.RUN_KEY)]
    assert not run.is_enabled()
    run.disable()


def test_run_key_switched_off_in_task_manager_is_not_enabled_until_switched_on_again():
    reg = FakeWinreg()
    run = RunKey(reg)
    run.enable(["familysafe.exe"])
    approved = reg.CreateKeyEx("HKCU", autostart.APPROVED_KEY)
    reg.SetValueEx(approved, "FamilySafe", 0, reg.REG_BINARY, b"\x03" + bytes(11))
    assert not run.is_enabled()
    run.enable(["familysafe.exe"])
    assert run.is_enabled()


def test_win32_imports_winreg_only_when_used(monkeypatch):
    reg = FakeWinreg()
    monkeypatch.setitem(sys.modules, "winreg", reg)
    autostart.enable(["familysafe.exe"], platform="win32")
    assert autostart.is_enabled(platform="win32")
    autostart.disable(platform="win32")
    assert not autostart.is_enabled(platform="win32")


# --- the service --------------------------------------------------------------------------------


def test_the_service_reads_and_changes_the_login_entry(config_home):
    startup = StartupService("linux")
    assert not startup.start_at_login()
    startup.set_start_at_login(True)
    assert startup.start_at_login()
    assert (config_home / "autostart" / f"{APP_ID}.desktop").is_file()
    startup.set_start_at_login(False)
    assert not startup.start_at_login()


def test_the_service_reports_a_refusal_as_a_coded_error(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    with pytest.raises(FamilySafeError) as caught:
        StartupService("linux").set_start_at_login(True)
    assert caught.value.code == "start-at-login-failed"
