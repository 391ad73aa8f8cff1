"""Words for the domain's error codes, translated for the user (shared by the CLI and the window).

The core raises errors with a code and values; this is where they become sentences. Every string
is a literal inside ``translate`` so that ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

import errno
import re
from datetime import date

from familysafe.core.errors import FamilySafeError
from familysafe.words.catalogue import day_date, translate

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _templates() -> dict[str, str]:
    return {
        "name-empty": translate("Errors", "Please enter a name. A nickname is enough."),
        "name-too-long": translate("Errors", "A name can have at most {limit} characters."),
        "name-control": translate(
            "Errors",
            "A name can hold letters, numbers, spaces and punctuation, but no invisible or "
            "control characters. Please type it again.",
        ),
        "name-taken": translate("Errors", "Someone called “{name}” is already in the household."),
        "born-missing": translate(
            "Errors", "Please give the child's birth month (year and month)."
        ),
        "born-invalid": translate(
            "Errors", "“{born}” is not a birth month: use YYYY-MM or YYYY-MM-DD."
        ),
        "born-future": translate("Errors", "The birth month {born} is in the future."),
        "born-too-old": translate(
            "Errors", "Someone born in {born} is over {limit}: please add them as an adult."
        ),
        "member-not-found": translate(
            "Errors", "There is no one called “{name}” in the household."
        ),
        "database-too-new": translate(
            "Errors",
            "This data was saved by a newer version of FamilySafe (schema {found}; this version "
            "knows {known}). Please update FamilySafe to open it. Nothing was changed.",
        ),
        "born-no-such-day": translate("Errors", "That month does not have that day."),
        "born-adult": translate("Errors", "Adults have no birth month in FamilySafe."),
        "confirm-needed": translate(
            "Errors",
            "Removing someone deletes everything about them; backups keep them until they "
            "rotate out (add --from-backups to remove them from backups too): add --yes to "
            "confirm.",
        ),
        "topic-not-found": translate(
            "Errors", "There is no topic “{id}”. See: familysafe topic list"
        ),
        "app-not-found": translate(
            "Errors", "There is no app “{id}”. See: familysafe app catalogue"
        ),
        "country-not-found": translate(
            "Errors", "FamilySafe has no helplines for the country code “{country}” yet."
        ),
        "band-invalid": translate(
            "Errors", "“{band}” is not an age band: use 0-4, 5-7, 8-10, 11-12, 13-15, 16-17 or 18+."
        ),
        "band-not-suited": translate(
            "Errors", "The topic “{id}” is not written for ages {band}; it suits {bands}."
        ),
        "talk-no-member": translate("Errors", "Tick at least one person who took part."),
        "talk-no-topic": translate("Errors", "Tick at least one topic you talked about."),
        "follow-up-text": translate(
            "Errors",
            "Write what you will do next in a few words (at most {limit} letters and spaces).",
        ),
        "not-a-child": translate("Errors", "{name} is an adult: this is for children."),
        "app-not-used": translate("Errors", "{name} does not use “{id}”."),
        "item-not-found": translate("Errors", "{app} has no checklist item “{id}”."),
        "due-not-found": translate(
            "Errors", "Nothing due has the key “{key}”. See: familysafe due --json"
        ),
        "done-needs-talk": translate("Errors", "Log a talk to mark this done."),
        "date-future": translate("Errors", "The date {date} is in the future."),
        "agreement-text-length": translate(
            "Errors", "Write the line in a few words (at most {limit} letters and spaces)."
        ),
        "agreement-text-control": translate(
            "Errors", "A line must be one line, without line breaks or control characters."
        ),
        "agreement-line-source": translate(
            "Errors", "Choose a suggestion or write your own words (one of the two)."
        ),
        "agreement-suggestion-added": translate(
            "Errors", "The suggestion “{id}” is already in the agreement."
        ),
        "agreement-section-not-found": translate(
            "Errors", "There is no agreement section “{id}”. See: familysafe agreement suggestions"
        ),
        "agreement-suggestion-not-found": translate(
            "Errors",
            "The section “{section}” has no suggestion “{id}”. "
            "See: familysafe agreement suggestions",
        ),
        "agreement-line-not-found": translate(
            "Errors", "The agreement has no line {id}. See: familysafe agreement show"
        ),
        "agreement-position": translate(
            "Errors", "That section has {count} lines: choose a place among them."
        ),
        "agreement-empty": translate(
            "Errors", "Add at least one line to the agreement before agreeing it."
        ),
        "agreement-no-signer": translate(
            "Errors", "Say who agreed: at least one person from the household."
        ),
        "agreed-before-previous": translate(
            "Errors",
            "Version {version} was agreed on {date}: a new version cannot be agreed before it.",
        ),
        "review-not-after": translate("Errors", "The review date must be after {date}."),
        "review-too-far": translate(
            "Errors", "Choose a review date within {years} years of {date}."
        ),
        "agreement-not-agreed": translate(
            "Errors", "The agreement has not been agreed yet. See: familysafe agreement agree"
        ),
        "agreement-version-not-found": translate(
            "Errors", "There is no version {version} of the agreement."
        ),
        "text-size": translate("Errors", "Choose a text size of {sizes} per cent."),
        "setting-invalid": translate(
            "Errors", "“{value}” is not a value for {key}: use {expected}."
        ),
        "setting-unknown": translate(
            "Errors", "There is no setting “{key}” (see: familysafe settings list)."
        ),
        "paper-unknown": translate("Errors", "Choose the paper: a4 or letter (not “{paper}”)."),
        "language-unknown": translate(
            "Errors", "FamilySafe is not translated into “{language}”. Choose one of: {languages}."
        ),
        "text-too-long": translate("Errors", "That is too long: at most {limit} characters."),
        "text-control": translate(
            "Errors",
            "That text holds invisible or control characters (perhaps pasted from somewhere "
            "else). Please type it again.",
        ),
        "text-not-unicode": translate(
            "Errors",
            "That text could not be read (it is not in UTF-8). Please type it again.",
        ),
        "date-too-early": translate(
            "Errors", "The date {date} is too long ago: please give a date from 1900 on."
        ),
        "follow-up-too-far": translate(
            "Errors",
            "A follow-up should be within {years} years: please choose a date by {limit}.",
        ),
        "database-unreadable": translate(
            "Errors", "The FamilySafe data cannot be opened: {detail}"
        ),
        "database-damaged": translate(
            "Errors",
            "The FamilySafe data in {path} is damaged ({reason}). The newest good backup is "
            "{id}: restore it with: {command}",
        ),
        "database-damaged-no-backup": translate(
            "Errors",
            "The FamilySafe data in {path} is damaged ({reason}) and there is no good backup "
            "to restore. Keep the file: it may still be repaired.",
        ),
        "database-busy": translate(
            "Errors",
            "Another program kept the FamilySafe data locked for more than {seconds} seconds, "
            "so this was not saved. Try again in a moment.",
        ),
        "database-in-use": translate(
            "Errors", "FamilySafe is open in a window: close it first, then restore."
        ),
        "backup-not-found": translate(
            "Errors", "There is no backup “{id}”. See: familysafe backup list"
        ),
        "backup-damaged": translate(
            "Errors", "The backup {id} is damaged and cannot be restored. Choose another one."
        ),
        "backup-unverified": translate(
            "Errors", "The backup failed its check and was not kept: {detail}"
        ),
        "restore-confirm-needed": translate(
            "Errors",
            "Restoring puts the backup {id} in place of your data (which is backed up first): "
            "add --yes to confirm.",
        ),
        "export-not-a-file": translate(
            "Errors",
            "Could not save {path}: that is a device or a pipe, not a file. Nothing was saved.",
        ),
        "export-folder-missing": translate(
            "Errors", "The folder {folder} does not exist. Nothing was saved."
        ),
        "export-failed": translate("Errors", "Could not save {path}: {reason}. Nothing was saved."),
        "export-kind-unknown": translate(
            "Errors",
            "“{kind}” is not a document FamilySafe makes: use agreement, carer, plan or cards.",
        ),
        "export-section-unknown": translate(
            "Errors", "“{id}” is not a section of this document; choose from: {sections}."
        ),
        "export-topic-missing": translate(
            "Errors", "Choose a topic for the conversation cards. See: familysafe topic list"
        ),
        "calendar-empty": translate(
            "Errors", "There is nothing to put in a calendar yet: add a child first."
        ),
        "start-at-login-failed": translate(
            "Errors", "Could not change starting FamilySafe at login: {reason}"
        ),
    }


def os_error_text(error: OSError) -> str:
    """What went wrong with a file or folder, in words (never "[Errno 2] ...")."""
    code = error.errno
    if code in (errno.ENOENT, errno.ENOTDIR):
        return translate("Errors", "that file or folder is not there")
    if code in (errno.EACCES, errno.EPERM):
        return translate("Errors", "this computer does not allow FamilySafe to write there")
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("Errors", "the disk is full")
    if code == errno.EROFS:
        return translate("Errors", "that place can only be read, not written to")
    if code == errno.EISDIR:
        return translate("Errors", "that is a folder, not a file")
    if code == errno.ENAMETOOLONG:
        return translate("Errors", "that name is too long for this computer")
    if code == errno.EEXIST:
        return translate("Errors", "something with that name is already there")
    return translate("Errors", "the computer could not do it")


def _shown(value: object) -> object:
    """A value as the user reads it: dates their way, not ISO."""
    if isinstance(value, date):
        return day_date(value)
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return day_date(date.fromisoformat(value))
        except ValueError:
            return value
    return value


def error_text(error: FamilySafeError) -> str:
    """A translated, one-line message for ``error`` (its English message if the code is new)."""
    template = _templates().get(error.code)
    if template is None:
        return str(error)
    values = {key: _shown(value) for key, value in error.values.items()}
    cause = error.__cause__
    if isinstance(cause, OSError) and "reason" in values:
        values["reason"] = os_error_text(cause)
    try:
        return template.format(**values, detail=str(error))
    except (KeyError, IndexError):
        return str(error)
