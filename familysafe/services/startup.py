"""Whether FamilySafe starts at login (hidden in the tray, for reminders).

The operating system's login list is the truth, not a setting in the database: the parent can
switch the entry off in their desktop's own settings, and a stored flag would then claim the
opposite. So this service only reads and changes that list.
"""

from __future__ import annotations

from familysafe.core.errors import FamilySafeError
from familysafe.system import autostart


class StartupService:
    def __init__(self, platform: str | None = None) -> None:
        self._platform = platform  # None: the computer this runs on

    def start_at_login(self) -> bool:
        return autostart.is_enabled(self._platform)

    def set_start_at_login(self, enabled: bool) -> None:
        """Add or remove the login entry. Switching it on again points it at this installation,
        which also repairs an entry left behind by an older one."""
        try:
            if enabled:
                autostart.enable(autostart.launch_command(self._platform), self._platform)
            else:
                autostart.disable(self._platform)
        except OSError as exc:
            raise FamilySafeError(
                "start-at-login-failed",
                f"could not change starting at login: {exc.strerror or exc}",
                reason=exc.strerror or str(exc),
            ) from exc
