"""Start FamilySafe at login, hidden in the tray, so reminders arrive without opening the window.

Each platform keeps its own list of what starts at login, and the parent can change it there too
(GNOME Tweaks, macOS Login Items, Task Manager), so that list is the only truth: nothing is kept
in FamilySafe's database that could disagree with it.

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/<APP_ID>.desktop``.
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/<APP_ID>.plist``, with ``RunAtLoad``.
- Windows: the value ``FamilySafe`` in the current user's ``...\\CurrentVersion\\Run`` key.

The functions take ``platform`` (a ``sys.platform`` value) and each backend takes its folder or
its ``winreg`` module, so every branch can be tested on any computer.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Protocol

from familysafe.about import APP_ID, APP_NAME
from familysafe.files import atomic_write

TRAY_FLAG = "--tray"
COMMENT = "Keep children safe online by talking with them"


class Autostart(Protocol):
    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...

    def is_enabled(self) -> bool: ...


# --- the public functions -------------------------------------------------------------------


def enable(command: Sequence[str] | None = None, platform: str | None = None) -> None:
    """Start ``command --tray`` at login (``command`` defaults to this installation)."""
    platform = platform or sys.platform
    backend(platform).enable(list(command or launch_command(platform)))


def disable(platform: str | None = None) -> None:
    """Stop starting at login. Doing it twice is harmless."""
    backend(platform).disable()


def is_enabled(platform: str | None = None) -> bool:
    """Whether FamilySafe starts at login, as the operating system sees it now."""
    return backend(platform).is_enabled()


def backend(platform: str | None = None) -> Autostart:
    platform = platform or sys.platform
    if platform == "win32":
        return RunKey()
    if platform == "darwin":
        return LaunchAgent(Path.home())
    return XdgAutostart(xdg_config_home())


def launch_command(
    platform: str | None = None, executable: str | None = None, frozen: bool | None = None
) -> list[str]:
    """How to start this installation of FamilySafe from a login entry.

    The ``familysafe`` script beside the running interpreter belongs to this very installation
    (a ``PATH`` search could find another one). On Windows that script would open a console
    window at every login, so ``pythonw -m familysafe`` is used instead. A frozen build is its
    own executable.
    """
    platform = platform or sys.platform
    exe = Path(executable or sys.executable)
    if getattr(sys, "frozen", False) if frozen is None else frozen:
        return [str(exe)]
    if platform == "win32":
        pythonw = exe.with_name("pythonw.exe")
        return [str(pythonw if pythonw.is_file() else exe), "-m", "familysafe"]
    script = exe.with_name("familysafe")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [str(exe), "-m", "familysafe"]


# --- Linux and other XDG desktops ---------------------------------------------------------


def xdg_config_home() -> Path:
    """``$XDG_CONFIG_HOME``, or ``~/.config`` when it is unset, empty or relative (as the spec
    says to ignore a relative one)."""
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".config"


class XdgAutostart:
    """A desktop entry in the autostart folder (XDG Autostart Specification)."""

    def __init__(self, config_home: Path) -> None:
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"

    def enable(self, command: Sequence[str]) -> None:
        lines = [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            f"Comment={COMMENT}",
            f"Exec={exec_value([*command, TRAY_FLAG])}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
        ]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, ("\n".join(lines) + "\n").encode("utf-8"))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        """The entry exists and the desktop has not been told to skip it (``Hidden=true`` or
        ``X-GNOME-Autostart-enabled=false``, which desktop settings write when switched off)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return False
        except (OSError, UnicodeDecodeError):
            return True  # there, even if unreadable to us: the desktop will still try it
        entry = desktop_entry_keys(text)
        hidden = entry.get("Hidden", "false").lower() == "true"
        return not hidden and entry.get("X-GNOME-Autostart-enabled", "true").lower() != "false"


def desktop_entry_keys(text: str) -> dict[str, str]:
    """The keys of the ``[Desktop Entry]`` group (values left escaped)."""
    keys: dict[str, str] = {}
    group = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            group = line
        elif group == "[Desktop Entry]" and "=" in line:
            key, value = line.split("=", 1)
            keys[key.strip()] = value.strip()
    return keys


_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_STRING_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def exec_value(argv: Sequence[str]) -> str:
    """``argv`` as the value of an ``Exec`` key (Desktop Entry Specification).

    An argument with a reserved character (a space, a quote, ...) is double-quoted, and a double
    quote, backtick, dollar or backslash inside it gets a backslash; ``%`` is doubled (it starts a
    field code). The value is then escaped as a desktop-file string, which doubles every
    backslash once more: a path with a backslash in it ends up with four.
    """
    words = []
    for arg in argv:
        arg = arg.replace("%", "%%")
        if arg and not _RESERVED.intersection(arg):
            words.append(arg)
        else:
            words.append('"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"')
    return "".join(_STRING_ESCAPES.get(c, c) for c in " ".join(words))


# --- macOS --------------------------------------------------------------------------------------


class LaunchAgent:
    """A per-user LaunchAgent that launchd runs when the parent logs in to the desktop."""

    def __init__(self, home: Path) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def enable(self, command: Sequence[str]) -> None:
        agent = {
            "Label": APP_ID,
            "ProgramArguments": [*command, TRAY_FLAG],
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",  # a desktop login, not an ssh session
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, plistlib.dumps(agent))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        try:
            agent = plistlib.loads(self.path.read_bytes())
        except FileNotFoundError:
            return False
        except (OSError, plistlib.InvalidFileException, ValueError):
            return True  # there, even if unreadable to us
        return not (isinstance(agent, dict) and agent.get("Disabled") is True)


# --- Windows ------------------------------------------------------------------------------------

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Where Task Manager's "Startup apps" records that the user switched an entry off.
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE = APP_NAME


class RunKey:
    """The current user's ``Run`` key. ``winreg`` is imported on first use (Windows only)."""

    def __init__(self, winreg: ModuleType | None = None) -> None:
        self._winreg = winreg

    @property
    def reg(self) -> ModuleType:
        if self._winreg is None:
            import winreg  # only exists on Windows

            self._winreg = winreg
        return self._winreg

    def enable(self, command: Sequence[str]) -> None:
        reg = self.reg
        line = subprocess.list2cmdline([*command, TRAY_FLAG])
        with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
            reg.SetValueEx(key, RUN_VALUE, 0, reg.REG_SZ, line)
        self._forget_switched_off()  # the parent asked for it again: switch it back on

    def disable(self) -> None:
        self._delete(RUN_KEY)
        self._forget_switched_off()

    def is_enabled(self) -> bool:
        if self._read(RUN_KEY) is None:
            return False
        approved = self._read(APPROVED_KEY)
        # Task Manager writes 02 00.. (on) or 03 00.. + when (off): an odd first byte is "off".
        return not (isinstance(approved, bytes) and approved[:1] and approved[0] & 1)

    def _read(self, path: str) -> object | None:
        reg = self.reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, path, 0, reg.KEY_READ) as key:
                value: object = reg.QueryValueEx(key, RUN_VALUE)[0]
                return value
        except FileNotFoundError:
            return None

    def _delete(self, path: str) -> None:
        reg = self.reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, path, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            pass

    def _forget_switched_off(self) -> None:
        self._delete(APPROVED_KEY)
