# ruff: noqa: E501 -- regular-expression tables read best one veto per line
"""A thing about a category rather than one of its requests: a report, a count or an export of licences, a leaver
report or export job that failed, an offboarding or a starter checklist to change. What is asked is a record read or
a process mended, for a technician; no licence, leaver or newcomer is named to act on. Vetoes in the form of
tickets/triage/patterns.py, joined to objects.OBJECT_VETOES (objects.py holds the onboarding side's training pages).

Found on tickets written by an author who read nothing of the project (tests/data/triage_nearmiss1.jsonl); said in
general terms (tests/triage/test_process_records.py).
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, rx

_LICENCES = r"(?:licen[cs]es?|lizenzen|licencias|licenties|seats)"
# "a count of M365 E3 licences per plant", "licence usage report", "Anzahl der Lizenzen": licences counted, not assigned.
_LICENCES_COUNTED = (rf"\b(?:count|number|report|overview|export|list|usage|summary|statistics|breakdown|audit|anzahl|(?:ü|ue)bersicht|auswertung|liste)\s(?:of|on|for|der|über|ueber)\s(?:\S+\s){{0,4}}?{_LICENCES}\b"
                     rf"|\b(?:licen[cs]e|lizenz)[\s-]?(?:usage|report|count|overview|statistics|audit|(?:ü|ue)bersicht|auswertung|nutzung)\b")

# The leaver or starter process's own parts: its report, its export job, its interface; its checklist or template only
# when the writer mends it ("missing a step", "add dongles to the checklist"), for "Leaver checklist - Sarah Kim" is how
# a leaver is announced. Not its form ("leaver form attached" announces a leaver) nor the process started for someone.
_PROCESS_PART = r"(?:report|export|job|interface|statistics|dashboard)s?"
_CHECKLIST = r"(?:checklist|check list|template)s?"


def _process_of(who: str) -> str:
    # The process's compound stays on one line: a form's "NEW JOINER" heading over its "Job title:" field is the
    # newcomer announced, not the joiner job.
    return (rf"\b{who}[ \t_-]?{_PROCESS_PART}\b"
            rf"|\b{who}[ \t_-]?{_CHECKLIST}\b[^.!?\n]{{0,30}}\b(?:is missing|missing|lacks|needs (?:a|an|to)|should (?:include|have|list))"
            rf"|\b(?:feedback on|add\w*\s(?:\S+\s){{0,6}}?to|update|improve|change|amend)\s(?:the|our)\s{who}[ \t_-]?{_CHECKLIST}")


_LEAVERS_PROCESS = _process_of(r"(?:leaver|leavers|offboarding|off-boarding|austritts?|exit)")
_STARTERS_PROCESS = _process_of(r"(?:joiner|joiners|starter|starters|new hire|eintritts?)")

PROCESS_RECORD_VETOES: list[Veto] = [
    # "Controlling needs a count of M365 E3 licences per plant, can you export that?"
    Veto("license_change", rx(_LICENCES_COUNTED), 3.0),
    # "Job 'HR_Leaver_Export' failed last night", "nobody collected the dongle, please add it to the offboarding
    # checklist": the process is mended; no one named leaves.
    Veto("offboarding", rx(_LEAVERS_PROCESS), 3.0),
    Veto("onboarding", rx(_STARTERS_PROCESS), 3.0),
]
