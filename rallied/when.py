"""When a scheduled step runs: the date a ticket gives ("last day Friday", "starts Monday 1 December", "2026-12-05")
and the time of day it asks for ("at 5 pm", "um 17 Uhr", "à 17h", "17:30"), in the tenant's time zone.

A date without a time means the start of the working day for an onboarding (the account is ready when the new hire
arrives) and the end of it for an offboarding (the leaver works their last day). A moment that has already passed, or
a text that names no date, means "now" (None): a step is never held back on a guess. A day and month without a year
is the next such day (one in the last half year is past, not next year's); a weekday alone is the next one (today's,
if its time is still ahead).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MONTHS = {
    "jan": 1, "january": 1, "januar": 1, "janvier": 1, "enero": 1, "januari": 1, "feb": 2, "february": 2,
    "februar": 2, "février": 2, "fevrier": 2, "febrero": 2, "februari": 2, "mar": 3, "march": 3, "märz": 3,
    "mars": 3, "marzo": 3, "maart": 3, "apr": 4, "april": 4, "avril": 4, "abril": 4, "may": 5, "mai": 5,
    "mayo": 5, "mei": 5, "jun": 6, "june": 6, "juni": 6, "juin": 6, "junio": 6, "jul": 7, "july": 7, "juli": 7,
    "juillet": 7, "julio": 7, "aug": 8, "august": 8, "août": 8, "aout": 8, "agosto": 8, "augustus": 8, "sep": 9,
    "sept": 9, "september": 9, "septembre": 9, "septiembre": 9, "oct": 10, "october": 10, "oktober": 10, "okt": 10,
    "octobre": 10, "octubre": 10, "nov": 11, "november": 11, "novembre": 11, "noviembre": 11, "dec": 12,
    "december": 12, "dezember": 12, "dez": 12, "décembre": 12, "decembre": 12, "diciembre": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "montag": 0, "lundi": 0, "lunes": 0, "maandag": 0, "tuesday": 1, "dienstag": 1, "mardi": 1,
    "martes": 1, "dinsdag": 1, "wednesday": 2, "mittwoch": 2, "mercredi": 2, "miércoles": 2, "miercoles": 2,
    "woensdag": 2, "thursday": 3, "donnerstag": 3, "jeudi": 3, "jueves": 3, "donderdag": 3, "friday": 4,
    "freitag": 4, "vendredi": 4, "viernes": 4, "vrijdag": 4, "saturday": 5, "samstag": 5, "samedi": 5, "sábado": 5,
    "sabado": 5, "zaterdag": 5, "sunday": 6, "sonntag": 6, "dimanche": 6, "domingo": 6, "zondag": 6,
}  # fmt: skip
START_OF_DAY, END_OF_DAY = time(8, 0), time(17, 0)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|er|\.)?\s(?:of\s|de\s)?([a-zäéû]+)\b")
_MONTH_DAY = re.compile(r"\b([a-z]+)\s(\d{1,2})(?:st|nd|rd|th)?\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b")
_TIME = re.compile(
    r"\b(?:at|um|à|a las|a la|om|by|from|ab)\s(\d{1,2})(?:[:.h](\d{2}))?\s?(am|pm|a\.m\.|p\.m\.|uhr|h|heures|u)?\b"
    r"|\b(\d{1,2}):(\d{2})\b|\b(\d{1,2})\s?(am|pm|a\.m\.|p\.m\.)"
)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _day(when: str, today: date) -> date | None:
    text = when.lower()
    if m := _ISO.search(text):
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    for pattern, order in ((_DAY_MONTH, (1, 2)), (_MONTH_DAY, (2, 1))):
        for m in pattern.finditer(text):
            day, month = m[order[0]], MONTHS.get(m[order[1]].rstrip("."))
            if month:
                return _next_date(today, month, int(day))
    if m := _NUMERIC.search(text):
        day, month, year = int(m[1]), int(m[2]), m[3]
        if year:
            try:
                return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
            except ValueError:
                return None
        return _next_date(today, month, day)
    if "tomorrow" in text or "morgen" in text or "demain" in text or "mañana" in text:
        return today + timedelta(days=1)
    if m := _WEEKDAY.search(text):
        return today + timedelta(days=(WEEKDAYS[m[1]] - today.weekday()) % 7)
    return None


def _next_date(today: date, month: int, day: int) -> date | None:
    """The day and month in the year that puts it nearest ahead; one in the last half year is taken as written
    (past: the step runs now), not as next year's ("Monday 1 December" read on 3 December)."""
    try:
        this_year = date(today.year, month, day)
        if this_year >= today or (today - this_year).days <= 183:
            return this_year
        return date(today.year + 1, month, day)
    except ValueError:
        return None


def time_of_day(text: str) -> time | None:
    """The time of day the text asks for, or None."""
    # "at 5" alone may be anything ("at 3 sites"): a time needs its minutes or am/pm/Uhr/h.
    m = next((m for m in _TIME.finditer(text.lower()) if not m[1] or m[2] or m[3]), None)
    if m is None:
        return None
    hour, minute, suffix = ((m[1], m[2], m[3]) if m[1] else (m[4], m[5], None) if m[4] else (m[6], None, m[7]))
    hour_n, minute_n = int(hour), int(minute or 0)
    if suffix and suffix.startswith("p") and hour_n < 12:
        hour_n += 12
    if suffix and suffix.startswith("a") and hour_n == 12:
        hour_n = 0
    if hour_n > 23 or minute_n > 59:
        return None
    return time(hour_n, minute_n)


def run_at(when: str, text: str, *, leaving: bool, time_zone: str, now: datetime) -> datetime | None:
    """The moment (aware, in the tenant's zone) a step asked for `when` runs; None for "now"."""
    if not when:
        return None
    tz = zone(time_zone)
    local_now = now.astimezone(tz)
    day = _day(when, local_now.date())
    if day is None:
        return None
    at = time_of_day(text) or (END_OF_DAY if leaving else START_OF_DAY)
    moment = datetime.combine(day, at, tzinfo=tz)
    return moment if moment > local_now else None


__all__ = ["END_OF_DAY", "START_OF_DAY", "run_at", "time_of_day", "zone"]
