"""Dates, ages and bands in the user's language and locale."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from familysafe.core.bands import BirthMonth
from familysafe.core.household import Role
from familysafe.words import vocabulary


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)


def qdatetime(moment: datetime) -> QDateTime:
    """``moment`` (without a time zone) as Qt's local date and time."""
    return QDateTime(qdate(moment.date()), qtime(moment.time()))


def py_date(day: QDate) -> date:
    """``day`` as a Python date (Qt's ``toPython`` is typed as returning any object)."""
    return date(day.year(), day.month(), day.day())


def long_date(day: date, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(qdate(day), QLocale.FormatType.LongFormat)


def short_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year ("23/11/2026", not "23/11/26")."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def short_date(day: date, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(qdate(day), short_date_format(locale))


def birth_month(born: BirthMonth, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if born.day:
        return long_date(born.first_day, locale)
    # "MMMM yyyy" keeps month-then-year; good enough in most locales and never shows a day.
    return locale.toString(qdate(born.first_day), "MMMM yyyy")


def age(years: int | None) -> str:
    if years is None:
        return ""
    return QCoreApplication.translate("Formatting", "age {years}").format(years=years)


def role(value: Role) -> str:
    translate = QCoreApplication.translate
    return (
        translate("Formatting", "Child")
        if value is Role.CHILD
        else translate("Formatting", "Adult or carer")
    )


def band(value: str) -> str:
    """A band for people: "Ages 8 to 10", "Adults"."""
    return vocabulary.band(value)


class QtDates:
    """``familysafe.words``' dates written with Qt's locale data: the same CLDR patterns as
    babel's (a test compares them in every language we ship), without loading babel into the
    window (about 20 ms and 6 MiB at start-up). The digits are Western, as babel writes them."""

    @classmethod
    def for_locale(cls, name: str) -> QtDates:
        """For the words' locale ``name``; English where Qt does not know it (as babel)."""
        locale = QLocale(name)
        return cls(locale if locale.language() != QLocale.Language.C else QLocale("en_US"))

    def __init__(self, locale: QLocale) -> None:
        self._locale = locale
        full = locale.dateFormat(QLocale.FormatType.LongFormat)
        # Without the weekday: "dddd, d MMMM yyyy" -> "d MMMM yyyy", "yyyy年M月d日dddd" -> ...
        self._day_pattern = re.sub(r"\s*dddd[,،]?\s*", " ", full).strip()

    def long_date(self, day: date) -> str:
        return _western(self._locale.toString(qdate(day), QLocale.FormatType.LongFormat))

    def day_date(self, day: date) -> str:
        return _western(self._locale.toString(qdate(day), self._day_pattern))


def _western(text: str) -> str:
    if text.isascii():
        return text
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)
