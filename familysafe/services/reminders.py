"""Reminders: the parent's choices (on or off, names shown, the daily time) and the check the
window's timer runs. The timing rules are in ``core.reminders``; this stores what they remember."""

from __future__ import annotations

import json
from datetime import datetime, time, tzinfo

from dateutil import tz as dateutil_tz

from familysafe.core.clock import Clock
from familysafe.core.errors import ValidationError
from familysafe.core.reminders import ReminderDecision, ReminderState, decide
from familysafe.services.planner import PlannerService
from familysafe.services.settings import SettingsService

ENABLED = "reminders_enabled"
SHOW_NAMES = "reminders_show_names"
DAILY_AT = "reminders_daily_at"
STATE = "reminders_state"
TRAY_EXPLAINED = "tray_explained"
DEFAULT_DAILY_AT = time(19, 0)


def _flag(value: str | None, default: bool) -> bool:
    return default if value is None else value == "1"


class ReminderService:
    def __init__(self, clock: Clock, settings: SettingsService, planner: PlannerService) -> None:
        self._clock = clock
        self._settings = settings
        self._planner = planner

    # The parent's choices ----------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        """Notifications on (the default): FamilySafe stays in the tray to show them."""
        return _flag(self._settings.get(ENABLED), True)

    def set_enabled(self, on: bool) -> None:
        self._settings.put(ENABLED, "1" if on else "0")

    @property
    def show_names(self) -> bool:
        """Whether notifications name the child; off shows "a child" for a shared screen."""
        return _flag(self._settings.get(SHOW_NAMES), True)

    def set_show_names(self, on: bool) -> None:
        self._settings.put(SHOW_NAMES, "1" if on else "0")

    @property
    def daily_at(self) -> time:
        raw = self._settings.get(DAILY_AT)
        try:
            return time.fromisoformat(raw) if raw else DEFAULT_DAILY_AT
        except ValueError:
            return DEFAULT_DAILY_AT

    def set_daily_at(self, at: time) -> None:
        if at.tzinfo is not None:
            raise ValidationError("daily_at", "time-invalid", "a wall-clock time, without a zone")
        self._settings.put(DAILY_AT, at.replace(second=0, microsecond=0).isoformat("minutes"))

    @property
    def tray_explained(self) -> bool:
        return _flag(self._settings.get(TRAY_EXPLAINED), False)

    def mark_tray_explained(self) -> None:
        self._settings.put(TRAY_EXPLAINED, "1")

    # What the timer does -----------------------------------------------------------------------

    def check(self, now: datetime | None = None, zone: tzinfo | None = None) -> ReminderDecision:
        """What to notify now, remembering it so nothing shows twice. Nothing when turned off.

        ``zone`` defaults to the computer's own zone with its daylight-saving rules (not the
        fixed offset of ``now``), so a 19:00 reminder stays at 19:00 across a clock change.
        """
        now = now or self._clock.now()
        zone = zone or dateutil_tz.tzlocal()
        state = self.state()
        if not self.enabled:
            return ReminderDecision((), state, None)
        family = self._planner.family_plan()
        has_children = bool(family.children)
        decision = decide(
            now,
            state,
            schedule=self._planner.schedule() if has_children else None,
            daily_at=self.daily_at,
            due=self._planner.due(0) if has_children else (),
            snoozes=family.snoozes,
            tz=zone,
        )
        if decision.state != state:
            self._settings.put(STATE, json.dumps(decision.state.to_dict()))
        return decision

    def state(self) -> ReminderState:
        raw = self._settings.get(STATE)
        try:
            return ReminderState.from_dict(json.loads(raw)) if raw else ReminderState()
        except (ValueError, AttributeError):
            return ReminderState()
