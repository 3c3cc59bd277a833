"""Dates as people write them in tickets: "2025-03-03", "03.03.2025", "3 March", "March 10th", "31.12.".

`DATE` is a regular-expression fragment (case-insensitive through an inline flag) for finding a
date; `parse_date` turns what it found into an ISO date when the text names a full date, and
otherwise returns the words as written ("next Monday", "3 March"): triage does not know today's
date, and a guessed year would be worse than none.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "jan": 1, "januar": 1, "january": 1, "jänner": 1, "feb": 2, "februar": 2, "february": 2, "mar": 3, "march": 3,
    "märz": 3, "maerz": 3, "mrz": 3, "apr": 4, "april": 4, "may": 5, "mai": 5, "jun": 6, "june": 6, "juni": 6,
    "jul": 7, "july": 7, "juli": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "okt": 10, "oktober": 10, "nov": 11, "november": 11, "dec": 12, "december": 12, "dez": 12,
    "dezember": 12,
    # French, Spanish, Dutch (the requester's own words: the reply language follows them, so do their dates)
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "enero": 1, "febrero": 2, "marzo": 3, "abril": 4,
    "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
}  # fmt: skip
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|"
    r"s[áa]bado|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mon|tue|wed|thu|fri)\b\.?,?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_FULL_DATES = (
    r"\d{4}-\d{1,2}-\d{1,2}"
    rf"|\b{_DAY}[./](?:1[0-2]|0?[1-9])[./](?:\d{{4}}|\d{{2}})\b|\b(?:1[0-2]|0?[1-9])/(?:1[3-9]|2\d|3[01])/(?:\d{{4}}|\d{{2}})\b"
    rf"|\b{_DAY}(?:st|nd|rd|th|er)?\.?\s(?:of\s|de\s)?{_MONTH}(?:,?\s(?:de\s)?\d{{4}})?"
    rf"|{_MONTH}\s{_DAY}(?:st|nd|rd|th)?\b(?:,?\s\d{{4}})?"
)
# A weekday in front of a full date is dropped ("Friday 14 March 2025" -> the date). DATE_LOWER is
# for lower-cased text (much faster to match); DATE matches any case.
DATE_LOWER = (
    rf"(?:{_WEEKDAY}\s(?:the\s)?)?(?P<date>{_FULL_DATES}|\b{_DAY}\.(?:1[0-2]|0?[1-9])\.(?!\d)"
    rf"|(?:next\s|this\s|coming\s|nächsten\s|volgende\s|el\s|le\s)?{_WEEKDAY}|tomorrow|morgen|demain|ma[ñn]ana|today|"
    r"heute|aujourd'hui|hoy|vandaag|end of (?:the )?month"
    r"|monatsende)"
)
DATE = rf"(?i:{DATE_LOWER})"

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{2,4})")
_DAY_MONTH = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s(?:of\s|de\s)?({_MONTH}),?\s(?:de\s)?(\d{{4}})")
_MONTH_DAY = re.compile(rf"({_MONTH})\s(\d{{1,2}})(?:st|nd|rd|th)?,?\s(\d{{4}})")


def parse_date(raw: str) -> str:
    """ISO date when the text names a full date; otherwise the words as written ("next Monday")."""
    raw = raw.strip().rstrip(",")
    if not re.search(r"\d\.$", raw):  # keep the dot of "31.12.", drop a sentence's full stop
        raw = raw.rstrip(".")
    text = raw.lower()
    if m := _ISO.fullmatch(text):
        return _iso(int(m[1]), int(m[2]), int(m[3])) or raw.strip()
    if m := _NUMERIC.fullmatch(text):
        a, sep, b, year = int(m[1]), m[2], int(m[3]), int(m[4])
        year = year + 2000 if year < 100 else year
        # Dots are European (day first); slashes are European too unless the first number cannot be a day
        # of that month order ("04/14/2025" is April 14th).
        day, month = (b, a) if sep == "/" and b > 12 >= a else (a, b)
        return _iso(year, month, day) or raw.strip()
    if m := _DAY_MONTH.fullmatch(text):
        return _iso(int(m[3]), MONTHS[m[2].rstrip(".")], int(m[1])) or raw.strip()
    if m := _MONTH_DAY.fullmatch(text):
        return _iso(int(m[3]), MONTHS[m[1].rstrip(".")], int(m[2])) or raw.strip()
    return raw


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
