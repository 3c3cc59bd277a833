"""What a drafted reply must pass before a requester reads it. Each check names what it found, never quotes it.

- no secret: none of the ticket's secret values, and nothing shaped like one (a password, a key, a token);
- no link at all except the one-time link placeholders the facts hold, each kept exactly once;
- no address that is not in the facts (a draft must not send anyone to write elsewhere);
- no promise: no time or duration the facts do not give, and no "has been done" for an action that did not run;
- every done action's account named, and the language the requester wrote in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tickets.triage.language import guess_language
from workflow.replies.facts import ReplyFacts

MAX_LENGTH = 3000

_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PLACEHOLDER = re.compile(r"\[LINK-\d+\]")
# A word that mixes upper case, lower case and digits, 8 or more characters, reads as a generated password or TAP;
# long unbroken runs of letters and digits read as keys and tokens.
_PASSWORD_SHAPE = re.compile(r"(?<![\w@.])(?=[^\s]*[A-Z])(?=[^\s]*[a-z])(?=[^\s]*\d)[^\s]{8,}")
_TOKEN_SHAPE = re.compile(r"\b(?:sk-[\w-]{8,}|eyJ[\w-]{10,}|(?=[\w\-+/=]*\d)(?=[\w\-+/=]*[A-Za-z])[\w\-+/=]{24,})")

# Times and durations a draft could promise, in the five languages: a number with a unit, or a word for soon.
_DURATION = re.compile(
    r"\b\d+\s*(?:min|minute|minutes|minuten|minuto|minutos|h|hr|hrs|hour|hours|stunde|stunden|heure|heures|hora|"
    r"horas|uur|day|days|tag|tagen|tage|jour|jours|día|días|dag|dagen|werktag|werktagen)\b"
    r"|\b(?:within (?:the hour|an hour|a day|the day)|right away|asap|today|tomorrow|shortly|in a moment|"
    r"heute|bis morgen|ab morgen|morgen früh|gleich|in kürze|umgehend erledigt|aujourd'hui|demain|sous peu|d'ici|"
    r"hoy|mañana|en breve|enseguida|vandaag|binnenkort|zo snel mogelijk)\b",
    re.I,
)
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")

# What says an action has happened, per language, and the action kinds it may describe. A draft may say it only
# when an action of those kinds really succeeded. Past forms only: "before we reset" or "das Zurücksetzen" is fine.
_EN_DONE = "(?:been|i|we|i've|we've|i have|we have)"
_DONE_WORDS: dict[str, list[tuple[str, set[str]]]] = {
    "en": [(rf"{_EN_DONE} reset\b", {"reset_password", "reset_mfa"}), (rf"{_EN_DONE} unlocked", {"unlock_account"}),
           (r"signed (?:\S+ )?out", {"revoke_sessions"}), (rf"{_EN_DONE} added", {"add_to_group"}),
           (rf"{_EN_DONE} removed", {"remove_from_group", "remove_license", "revoke_mailbox_access"}),
           (r"no longer has access", {"revoke_mailbox_access"}),
           (rf"{_EN_DONE} granted|now has access", {"grant_mailbox_access"}),
           (rf"{_EN_DONE} (?:given|assigned)", {"assign_license", "swap_license"}),
           (rf"{_EN_DONE} created", {"create_user"}), (rf"{_EN_DONE} disabled", {"disable_user"}),
           (rf"{_EN_DONE} enabled", {"enable_user"})],
    "de": [(r"zurückgesetzt", {"reset_password", "reset_mfa"}), (r"entsperrt", {"unlock_account"}),
           (r"abgemeldet", {"revoke_sessions"}), (r"hinzugefügt", {"add_to_group"}),
           (r"entfernt|keinen zugriff mehr", {"remove_from_group", "remove_license", "revoke_mailbox_access"}),
           (r"jetzt zugriff", {"grant_mailbox_access"}), (r"zugewiesen", {"assign_license", "swap_license"}),
           (r"angelegt|erstellt", {"create_user"}), (r"deaktiviert", {"disable_user"}),
           (r"wieder aktiviert", {"enable_user"})],
    "fr": [(r"réinitialisée?s?\b", {"reset_password", "reset_mfa"}), (r"débloquée?\b", {"unlock_account"}),
           (r"ont été fermées", {"revoke_sessions"}), (r"ajoutée?\b", {"add_to_group"}),
           (r"retirée?\b|n'a plus accès", {"remove_from_group", "remove_license", "revoke_mailbox_access"}),
           (r"désormais accès", {"grant_mailbox_access"}), (r"attribuée?\b", {"assign_license", "swap_license"}),
           (r"créée?\b", {"create_user"}), (r"désactivée?\b", {"disable_user"}),
           (r"réactivée?\b", {"enable_user"})],
    "es": [(r"restablecid[oa]s?", {"reset_password", "reset_mfa"}), (r"desbloquead[oa]", {"unlock_account"}),
           (r"han cerrado", {"revoke_sessions"}), (r"añadid[oa]", {"add_to_group"}),
           (r"quitad[oa]|retirad[oa]\b|ya no tiene acceso",
            {"remove_from_group", "remove_license", "revoke_mailbox_access"}),
           (r"ya tiene acceso", {"grant_mailbox_access"}), (r"asignad[oa]", {"assign_license", "swap_license"}),
           (r"cread[oa]", {"create_user"}), (r"desactivad[oa]", {"disable_user"}),
           (r"reactivad[oa]", {"enable_user"})],
    "nl": [(r"gereset", {"reset_password", "reset_mfa"}), (r"ontgrendeld", {"unlock_account"}),
           (r"afgemeld", {"revoke_sessions"}), (r"toegevoegd", {"add_to_group"}),
           (r"verwijderd|geen toegang meer", {"remove_from_group", "remove_license", "revoke_mailbox_access"}),
           (r"nu toegang", {"grant_mailbox_access"}), (r"gekregen|toegewezen", {"assign_license", "swap_license"}),
           (r"aangemaakt", {"create_user"}), (r"uitgeschakeld", {"disable_user"}),
           (r"weer ingeschakeld", {"enable_user"})],
}


class DraftRejected(ValueError):
    """The draft failed a check; the message says which (and never contains the draft)."""


def _allowed_text(facts: ReplyFacts) -> str:
    """Everything the facts state, where an address, a time or a date in a draft may legitimately come from."""
    parts = [facts.opens, facts.time_zone]
    for row in [*facts.done, *facts.waiting, *facts.handed_over]:
        parts += [row["target"], *row["params"].values()]
    for row in [*facts.links, *facts.elsewhere]:
        parts += [str(v) for v in row.values()]
    return " ".join(p for p in parts if p).casefold()


def check_secrets(text: str, facts: ReplyFacts, secret_values: Iterable[str]) -> None:
    for value in secret_values:
        if value and value in text:
            raise DraftRejected("the draft contains a secret value of this ticket")
    without = _EMAIL.sub(" ", _PLACEHOLDER.sub(" ", text))
    allowed = _allowed_text(facts)  # a licence or group name such as "Microsoft365E3" is a fact, not a secret
    if any(m.group(0).strip(".,;:!?()").casefold() not in allowed for m in _PASSWORD_SHAPE.finditer(without)):
        raise DraftRejected("the draft contains a string shaped like a password")
    if _TOKEN_SHAPE.search(without):
        raise DraftRejected("the draft contains a string shaped like a key or token")


def check_links(text: str, facts: ReplyFacts) -> None:
    without = _EMAIL.sub(" ", text)
    if _LINK.search(without):
        raise DraftRejected("the draft contains a link other than the one-time link")
    found = _PLACEHOLDER.findall(text)
    wanted = [row["link"] for row in facts.links]
    if sorted(found) != sorted(wanted):
        raise DraftRejected("the draft does not carry each one-time link exactly once")
    allowed = _allowed_text(facts)
    if any(address.casefold() not in allowed for address in _EMAIL.findall(text)):
        raise DraftRejected("the draft names an address that is not in the facts")


def check_promises(text: str, facts: ReplyFacts) -> None:
    allowed = _allowed_text(facts)
    for match in _DURATION.finditer(text):
        if match.group(0).casefold() not in allowed:
            raise DraftRejected("the draft promises a time the facts do not give")
    for match in _CLOCK.finditer(text):
        if match.group(0) not in allowed:
            raise DraftRejected("the draft names a time the facts do not give")
    lowered = text.casefold()
    done_kinds = {row["kind"] for row in facts.done}
    for pattern, kinds in _DONE_WORDS.get(facts.language, []):
        if re.search(pattern, lowered) and not kinds & done_kinds:
            raise DraftRejected("the draft says something was done that did not run")


def check_completeness(text: str, facts: ReplyFacts) -> None:
    lowered = text.casefold()
    for row in facts.done if facts.stage == "done" else []:
        if row["target"].casefold() not in lowered:
            raise DraftRejected("the draft leaves out an action that was done")
    for row in facts.elsewhere:
        if row["owner"].casefold() not in lowered:
            raise DraftRejected("the draft does not say where a secret went")


def check_language(text: str, facts: ReplyFacts) -> None:
    without = _PLACEHOLDER.sub(" ", text)
    guess = guess_language(without)
    if guess.code != facts.language or (facts.language != "en" and not guess.sure):
        raise DraftRejected(f"the draft is not in the requester's language ({facts.language})")


def check_draft(text: str, facts: ReplyFacts, secret_values: Iterable[str]) -> str:
    """The draft, stripped, when it passes every check; DraftRejected naming the first that failed."""
    if not isinstance(text, str) or not text.strip():
        raise DraftRejected("the draft is empty")
    text = text.strip()
    if len(text) > MAX_LENGTH:
        raise DraftRejected("the draft is too long")
    check_secrets(text, facts, secret_values)
    check_links(text, facts)
    check_promises(text, facts)
    check_language(text, facts)
    check_completeness(text, facts)
    return text
