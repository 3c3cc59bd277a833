"""Whose account a ticket is about when it names no one: the writer, someone it does not name, or many people.

The planner may act on the requester only when the ticket is about the requester. "I forgot my password" and
"I'm locked out" are; "my manager is locked out", "reset her password", "the new guy can't log in" and
"reset my boss's password" are about a colleague the ticket does not name (a technician asks who), and
"everyone in Sales", "all users" or "the whole team" are bulk requests, which are never Rallied's to run.

The reading, in order (the first that applies wins):
1. bulk: a request for many accounts ("everyone", "all users", "all of us", "the whole team").
2. other: an account noun owned by someone else ("her password", "the CFO's account", "reset it for him").
3. self: the writer's own account or the writer as the subject ("my password", "I'm locked out", "unlock me").
4. other: a person named by role or pronoun as the subject or object ("my manager is ...", "she can't log in",
   "for our receptionist").
5. self: nobody else is mentioned at all ("Password reset please").

Pure; the text is normalised first (format characters removed, NFKC) so a zero-width space cannot split a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rallied.identifiers import strip_format

_ACCOUNT = (
    r"(?:password|passwort|kennwort|pw|pwd|account|konto|login|log-?in|logon|sign-?in|mfa|2fa|authenticator|"
    r"okta verify|mailbox|postfach|e-?mail|access|zugang|username|user ?id|profile|credentials)"
)
_ROLE = (
    r"(?:(?:line |direct )?manager|boss|supervisor|colleague|co-?worker|team ?mate|assistant|secretary|"
    r"receptionist|intern|trainee|apprentice|employee|staff ?member|team member|member of staff|"
    r"new (?:guy|girl|hire|starter|joiner|employee|colleague|person|user|member)|"
    r"ceo|cfo|cto|coo|cio|ciso|director|partner|owner|president|vp|head of \w+|contractor|consultant|temp|"
    r"client|customer|user|person|guy|girl|lady|gentleman|daughter|son|wife|husband|"
    r"kolleg(?:e|in)|chef(?:in)?|vorgesetzte[rn]?|mitarbeiter(?:in)?|praktikant(?:in)?)"
)
_DETERMINER = r"(?:my|our|the|a|an|one of (?:my|our|the) |mein\w*|unser\w*|der|die|den|dem|einer?)"

_BULK = re.compile(
    r"(?<!\bto )(?<!\binto )(?<!\bfrom )(?<!\bthe )(?<!\bin )"
    r"\b(?:everyone|everybody|all (?:of )?(?:the |our |my )?(?:users|staff|employees|accounts|members|people|"
    r"colleagues|of us|of them|\w+ (?:users|staff|employees|accounts|members))|"
    r"(?:whole|entire) (?:\w+ )?(?:team|department|dept|office|company|firm|staff|group|practice)|"
    r"every (?:user|account|member|employee|one of)|each (?:user|account|member|employee)|"
    r"(?:both|all) of (?:us|them)|we all|we both|"
    r"alle(?:n)? (?:benutzer|mitarbeiter\w*|user|kolleg\w*|konten)|jede[rnm]? (?:benutzer|mitarbeiter\w*))\b"
)
_OTHER_OWNS = re.compile(
    rf"\b(?:his|her|their|sein\w*)\s+(?:[\w-]+\s+){{0,2}}?{_ACCOUNT}\b"
    rf"|\b(?!it['’]s|let['’]s|that['’]s|what['’]s|there['’]s|here['’]s|he['’]s|she['’]s|who['’]s)"
    rf"[\w.-]+['’]s?\s+(?:[\w-]+\s+){{0,1}}?{_ACCOUNT}\b"
    rf"|\b(?:for|of|von|für)\s+(?:him|her|them|ihn|sie)\b"
    rf"|\b(?:unlock|reset|entsperren)\s+(?:him|her|them|ihn)\b"
)
_SELF = re.compile(
    rf"\b(?:my|mine|mein\w*)\s+(?:[\w-]+\s+){{0,2}}?{_ACCOUNT}\b"
    r"|\b(?:i|i['’]m|i['’]ve|im|ive|ich)\b"
    r"|\b(?:me|myself|mich|mir)\b"
)
_OTHER_PERSON = re.compile(
    rf"\b{_DETERMINER}\s*(?:[\w-]+\s+)?{_ROLE}\b"
    r"|\b(?:he|she|they|er)\s+(?:is|are|was|were|has|have|had|can|can['’]?t|cannot|could|couldn['’]t|forgot|"
    r"got|gets|keeps|needs|lost|isn['’]t|wasn['’]t|does|did|doesn['’]t|didn['’]t|will|won['’]t|would|"
    r"tried|tries|ist|hat|kann)\b"
    r"|\b(?:him|her|them|ihn|ihm|ihr)\b"
)


# For the self-service kinds a team is a group of people whose accounts would change ("unlock the sales team",
# "my team can't log in"); for group and mailbox tickets "the Finance team" is usually the group itself.
# "add me to the Billing Team", "out of the Sales team": a team the writer joins or leaves is a group, not its members.
_TEAM = re.compile(r"(?<!\bto )(?<!\binto )(?<!\bfrom )(?<!\bin )(?<!\bof )(?<!\bjoin )"
                   r"\b(?:the|our|my|whole|entire) (?:[\w-]+ )?(?:team|department|dept|staff|crew)\b")


@dataclass(frozen=True)
class About:
    """Whose account the ticket is about: `self`, `other` (not named) or `bulk`, and the words that say so."""

    kind: str
    evidence: str = ""


def _found(pattern: re.Pattern[str], text: str) -> str:
    match = pattern.search(text)
    return " ".join(match.group(0).split()) if match else ""


def who_is_meant(text: str) -> About:
    """Read whose account an unnamed-target ticket is about (see the module docstring)."""
    low = strip_format(text or "").lower()
    if evidence := _bulk(low):
        return About("bulk", evidence)
    if evidence := _found(_OTHER_OWNS, low):
        return About("other", evidence)
    if _SELF.search(low):
        return About("self")
    if evidence := _found(_OTHER_PERSON, low):
        return About("other", evidence)
    return About("self")


# A list or group named like a crowd ("the All Staff distribution list", "Verteilerliste All Staff", "la liste de
# diffusion All Staff"): the words name the group, not the people to change.
_GROUP_AROUND = re.compile(
    r"(?:list[ea]?|lijst|groups?|gruppe|groupe|grupo|groep|verteiler\w*|diffusion|distribuci(?:ó|o)n|distributielijst|dl)"
)


def _bulk(low: str) -> str:
    for match in _BULK.finditer(low):
        before, after = low[max(0, match.start() - 25) : match.start()], low[match.end() : match.end() + 25]
        if not (_GROUP_AROUND.search(before.split(",")[-1]) or _GROUP_AROUND.match(after.strip(" \"'“”"))):
            return " ".join(match.group(0).split())
    return ""


def bulk_problem(text: str, *, people_kind: bool = False) -> str:
    """Why a ticket asking for many accounts at once goes to a technician ('' when it asks for one).

    `people_kind`: the change is to a person's own sign-in (password, unlock, MFA), so a team means its members.
    """
    low = strip_format(text or "").lower()
    evidence = _bulk(low) or (_found(_TEAM, low) if people_kind else "")
    return f"asks for a change to many accounts ('{evidence}'); bulk requests go to a technician" if evidence else ""


# The writer in the first person, in the five languages triage reads. Stricter than _SELF, which also takes
# "im" (I'm) and so reads German "im Auftrag" as the writer.
_FIRST_PERSON = re.compile(
    r"\b(?:i|i['’]m|i['’]ve|i['’]d|me|my|mine|myself"  # English
    r"|ich|mich|mir|mein\w*"  # German
    r"|moi|je|mon|ma|mes"  # French (j' and m' below)
    r"|yo|mi|m(?:í|i)|mis|conmigo"  # Spanish ("me" is English's too)
    # ... and the pronoun joined to the imperative ("añadidnos", "sacadme", "quítame", "desbloqueadme")
    r"|(?:a(?:ñ|n)ad|quit|qu(?:í|i)t|sac|s(?:á|a)c|dad|d(?:á|a)|pon|pong|met|desbloque|restablec|cerr|ci(?:é|e)rr)\w*(?:me|nos)"
    r"|ik|mij|mijn)\b"  # Dutch
    r"|\b[jm]['’]"
)


def speaks_for_self(text: str) -> bool:
    """Does the text ask something for its writer, in the first person ('give me', 'mein Konto', 'donnez-moi')?

    Not the same as who_is_meant's "self", which is also its default when a ticket names no one: that default is
    right for a sign-in problem (a password that expired is the writer's), not for access to grant.
    """
    low = strip_format(text or "").lower()
    return bool(_FIRST_PERSON.search(low))


UNNAMED_OTHER = "is about someone other than the requester"


def unnamed_problem(text: str) -> str:
    """Why a ticket that names no one cannot be run on the requester ('' when it is about the requester)."""
    about = who_is_meant(text)
    if about.kind == "bulk":
        return bulk_problem(text)
    if about.kind == "other":
        return f"{UNNAMED_OTHER} ('{about.evidence}') without naming them; which account is meant?"
    return ""


# Someone else's account in the words of a request: a third person's possessive before what an account change acts
# on ("sign her out of all her sessions", "ses sessions", "sus sesiones", "haar wachtwoord", "ihr Passwort"), or a
# third person as the object of the change ("sign her out", "meld haar af", "melden Sie sie ab", "lui réinitialiser").
# The possessives that are also other words ("zijn" is "are", "su" is usted's "your") count only before such a noun.
_CHANGED = (
    r"(?:pass\s?-?words?|passw(?:or|ro)d|passwort|kennwort|pw|pwd|mots? de passe|mdp|contrase(?:ñ|n)as?|clave|"
    r"wachtwoord(?:en)?|accounts?|konto|zugang|compte|cuenta|login|log-?in|sign-?ins?|sessions?|sitzung(?:en)?|"
    r"sesi(?:ó|o)n(?:es)?|sessies?|mfa|2fa|authenticator|authentificat\w*|autenticaci\w*|tweestaps\w*|devices?|"
    r"ger(?:ä|ae)te?n?|appareils?|dispositivos?|apparaten|access|zugriff|acc(?:è|e)s|acceso|toegang)"
)
_THIRD_PERSON = re.compile(
    rf"\b(?:his|her|their|sein\w*|ihr\w*|son|sa|ses|leurs?|su|sus|zijn|haar|hun)\s+(?:(?!my\b|mein|mon\b|ma\b|mes\b|mi\b|mis\b|mijn\b)[\w-]+\s+){{0,2}}?{_CHANGED}\b"
    r"|\b(?:sign|log|kick|lock|unlock|reset|disable|block)\s+(?:him|her|them)\b"
    r"|\b(?:him|them|ihn|ihm|lui|hem)\b"
    r"|\bsie\s+(?:sie|ihn)\b|\b(?:meld|melden?|log|zet|haal)\s+(?:haar|hem|ze)\b"
)


def points_at_someone_else(text: str) -> bool:
    """Do the words point at a third person's account ("ihm ein neues geben", "haar wachtwoord", "sign her out")?

    Positive evidence only: a ticket without a first-person word ("Password expired, reset please") is not about
    someone else for that; who_is_meant's default, the writer, stands for it.
    """
    return bool(_THIRD_PERSON.search(strip_format(text or "").lower()))


def means_requester(clause: str, ticket: str) -> bool:
    """May a request that names nobody be carried out on the requester's own account?

    Only when the writer speaks in the first person (in the clause that asks, or elsewhere in the ticket when the
    clause hides it: "añadirme", "I lost my laptop. Sign out everywhere please") and the clause does not point at
    someone else ("sign her out everywhere", "meld haar overal af"). A name triage could not read ("Meld Janet
    overal af") leaves neither, so the change goes to a technician instead of to the requester: acting on the wrong
    person's account is the worst thing Rallied can do.
    """
    low = strip_format(clause or "").lower()
    if _THIRD_PERSON.search(low):
        return False
    return speaks_for_self(low) or speaks_for_self(ticket)
