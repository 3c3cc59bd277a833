"""The rules engine: score every category, settle the known conflicts, and stay humble.

A wrong action category is far worse than a missed one (a password reset on the wrong ticket is a
security incident; an `other` is a technician reading the ticket). So an action category needs a
clear request, vetoes win over keywords, and anything unclear becomes `other` with a low
confidence and a reason, which escalates the ticket with a triage note.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from rallied.intents import Intent, IntentTooLong
from tickets.triage import ACTION_CATEGORIES, advice, entities, noise
from tickets.triage.about import UNNAMED_OTHER, points_at_someone_else
from tickets.triage.asks_or_reports import FORGOT_IT
from tickets.triage.discounts import (
    discount_address_called_a_mailbox,
    discount_failures_nobody_asked_about,
    discount_faults_and_alerts,
    discount_leaver_named_as_a_cause,
    discount_licence_mentions,
    discount_notices_retold,
)
from tickets.triage.expiry_mail_doubted import discount_doubt_asked_in_the_subject
from tickets.triage.gates import GATE_PATTERNS, GATES, NEEDLES
from tickets.triage.help_desk_own import discount_reply_chasing_its_ticket
from tickets.triage.hidden import aimed_at_system
from tickets.triage.intent_words import FAULT as REPORTED_FAULT
from tickets.triage.intents import asked_in_words, only_asks_how, read_intents, settled_concerns, unasked
from tickets.triage.language import language_of
from tickets.triage.mentions import discount_bare_nouns
from tickets.triage.newcomer_notices import raise_newcomer_notice_handed_on
from tickets.triage.not_asked import discount_mail_sent_the_wrong_way
from tickets.triage.not_the_account import discount_visitors_from_outside
from tickets.triage.nothing_to_change import (
    discount_access_listed,
    discount_farewell_gatherings,
    discount_leaver_succeeded,
    discount_licences_listed,
)
from tickets.triage.objects import OBJECT_GATES, OBJECT_SIGNALS, OBJECT_VETOES
from tickets.triage.office_shown_unlicensed import raise_office_shown_unlicensed
from tickets.triage.patterns import HAS_PW as PASSWORD_WORD
from tickets.triage.patterns import SIGNALS
from tickets.triage.premium_capacity import discount_licence_shown_in_premium
from tickets.triage.questions import (
    asks_whether_anything_is_needed,
    asks_whether_it_is_normal,
    asks_whose_job_it_is,
    split_questions,
    subject_asks,
    subject_declares_a_question,
)
from tickets.triage.reference import approved_request, asks_for_the_password_named_earlier, newest_first
from tickets.triage.searching import matches
from tickets.triage.settling import THRESHOLD, settle
from tickets.triage.text import CleanText, clean
from tickets.triage.unless import UNLESS_START
from tickets.triage.vetoes import VETOES

ACTION = ACTION_CATEGORIES

# Where a phrase was found counts: the subject is a summary, quoted history is old news.
WEIGHT_REQUEST = 1.0
WEIGHT_SUBJECT = 0.9
WEIGHT_QUOTED = 0.35

# The reason every ticket escalated for text aimed at the system starts with (approvals/kill_switch counts them).
INJECTION_REASON = "the ticket text contains instructions aimed at the system"
# Below THRESHOLD (settling.py) a category is not claimed at all; below CONFIDENT a claim goes to a human (the
# pipeline escalates every result with needs_human). Action predictions at or above 0.7 were all
# right on the dev set (121) and our own set (295), so the cut sits inside "98% or better";
# `evaluate_triage` prints the calibration table and tests/triage/test_datasets.py enforces it.
CONFIDENT = 0.7

# Pairs that naturally travel together in one request, so both firing is not a "mixed" ticket.
RELATED = {
    frozenset({"password_reset", "account_unlock"}),
    frozenset({"password_reset", "mfa_reset"}),
    frozenset({"account_unlock", "mfa_reset"}),
    frozenset({"mailbox_access", "offboarding"}),
    frozenset({"group_membership", "offboarding"}),
    frozenset({"license_change", "offboarding"}),
    frozenset({"mailbox_access", "group_membership"}),
    # A stolen laptop or a compromised account: sign out everywhere and reset, unlock or re-enrol MFA.
    frozenset({"session_revoke", "password_reset"}),
    frozenset({"session_revoke", "account_unlock"}),
    frozenset({"session_revoke", "mfa_reset"}),
    frozenset({"session_revoke", "offboarding"}),
}


@dataclass
class Verdict:
    """The engine's reading of one ticket, before it becomes a TriageResult."""

    category: str
    confidence: float
    entities: dict[str, str]
    summary: str
    area: str
    first_checks: list[str]
    needs_human: bool
    reason: str
    scores: dict[str, float] = field(default_factory=dict)
    intents: list[Intent] = field(default_factory=list)  # every request in the ticket; the first is `category`'s
    language: str = "en"


Place = tuple[str, float, str]  # (lower-cased text, weight, name)


def _places(text: CleanText) -> tuple[Place, ...]:
    return (
        (text.lower_request, WEIGHT_REQUEST, "request"),
        (text.lower_subject, WEIGHT_SUBJECT, "subject"),
        (text.lower_quoted, WEIGHT_QUOTED, "quoted"),
    )


def open_gates(everything: str) -> set[str]:
    """Categories whose vocabulary occurs in the ticket at all; the others' expressions are skipped.

    Only categories triage may return (rallied/categories.py): a category's expressions written ahead of its
    code (patterns.py) stay unused until it is one.
    """
    return {c for c, (needles, gate) in _GATES.items() if _any_in(needles, everything) or (
        gate is not None and matches(gate, everything))}


def _any_in(needles: tuple[str, ...], text: str) -> bool:
    """Whether any of these literal fragments is in `text`: one substring search each, which is faster than one search
    of their alternation (an expression tries every alternative at every position)."""
    return any(map(text.__contains__, needles))


def _gate_expression(category: str) -> re.Pattern[str] | None:
    joined = "|".join(filter(None, (GATE_PATTERNS.get(category), OBJECT_GATES.get(category))))
    return re.compile(joined) if joined else None


# A category's gate is open where one of its literal fragments is in the text or its gate expressions match: exactly
# where one expression joining all of them with "|" (as the gates were first written) would match. The gate
# expressions, like the signals', are searched only where one of the literals their matches contain is
# (prefilter.literals).
_GATES = {c: (tuple(needles), _gate_expression(c)) for c, needles in GATES.items() if c in ACTION}
_NEEDLES = {name: tuple(needles) for name, needles in NEEDLES.items()}


# Signals and vetoes by category, in table order, so a closed gate costs nothing.
_SIGNALS_OF = {c: [s for s in SIGNALS + OBJECT_SIGNALS if s.category == c] for c in ACTION}
_VETOES_OF = {c: [v for v in VETOES + OBJECT_VETOES if v.category == c] for c in ACTION}


def _anchored(anchor: re.Pattern[str] | None, body: str, seen: dict[int, bool]) -> bool:
    """Whether the signal's anchor occurs in this place; each anchor is searched once per place."""
    return anchor is None or _found(anchor, body, seen)


def _found(pattern: re.Pattern[str], body: str, seen: dict[int, bool]) -> bool:
    """Whether `pattern` matches in this place (`body`), remembered in `seen`, the place's answers so far.

    Searched once per place: many vetoes share one expression across categories (already_done.py's are one per
    category), and the same search on the same text has the same answer. Not searched at all where none of the
    literals one of which each of its matches contains is in the place (prefilter.literals): then it cannot match.
    Nor are the top-level alternatives whose own literals are absent (searching.matches).
    `seen` is keyed by the expression's id(): hashing a compiled expression hashes all of its compiled code,
    microseconds for the long ones, and the expressions are module-level tables that live as long as the process.
    """
    key = id(pattern)
    hit = seen.get(key)
    if hit is None:
        hit = seen[key] = matches(pattern, body)
    return hit


def _score(
    text: CleanText, *, use_anchors: bool = True
) -> tuple[dict[str, float], dict[str, set[str]], dict[str, dict[str, float]]]:
    """Category scores (each signal counted once, at its best location), fired signals, per-place scores.

    A category counts only if its vocabulary occurs at all (GATES, NEEDLES). Anchors only decide
    whether an expression is worth running, and so do the literal prefilters and the answers shared
    between places' searches (_found): `use_anchors=False` runs every open expression in full; it
    exists so a test can prove that these shortcuts save time without changing a score.
    """
    places = [p for p in _places(text) if p[0]]
    scores = dict.fromkeys(ACTION, 0.0)
    fired: dict[str, set[str]] = {c: set() for c in ACTION}
    by_place: dict[str, dict[str, float]] = {p: dict.fromkeys(ACTION, 0.0) for p in ("request", "subject", "quoted")}
    everything = text.lower_all
    gates = open_gates(everything)
    if not gates:
        raise_office_shown_unlicensed(text, scores, fired)  # "Outlook: product deactivated" opens no gate
        return scores, fired, by_place
    seen: dict[str, dict[int, bool]] = {name: {} for _, _, name in places}
    for signal in (s for category in gates for s in _SIGNALS_OF[category]):
        needles = _NEEDLES.get(signal.name)
        if needles is not None and not _any_in(needles, everything):
            continue
        anchor = signal.anchor if use_anchors else None
        best = 0.0
        for body, weight, place in places:
            if _anchored(anchor, body, seen[place]) and (
                    _found(signal.pattern, body, seen[place]) if use_anchors else signal.pattern.search(body)):
                best = max(best, weight)
                by_place[place][signal.category] += signal.weight
        if best:
            scores[signal.category] += signal.weight * best
            fired[signal.category].add(signal.name)
    if ("password_reset" in gates and not by_place["request"]["password_reset"]
            and asks_for_the_password_named_earlier(text)):
        scores["password_reset"] += 2.2 * WEIGHT_REQUEST
        fired["password_reset"].add("reset of the password named earlier")
        by_place["request"]["password_reset"] += 2.2
    for veto in (v for category in gates for v in _VETOES_OF[category]):
        anchor = veto.anchor if use_anchors else None
        for body, weight, place in places:
            if place == "quoted" and by_place["request"][veto.category] > 0:
                continue  # the newest words ask for it: an older message's wording does not take that back
            if _anchored(anchor, body, seen[place]) and (
                    _found(veto.pattern, body, seen[place]) if use_anchors else veto.pattern.search(body)):
                if place == "subject" and veto.pattern.pattern.startswith(UNLESS_START) and not veto.pattern.search(
                        f"{body}\n{text.lower_request}"):
                    continue  # "unless the ticket says": "Subject: leaver still in DLs" / "... and disable his login"
                scores[veto.category] -= veto.penalty * (1.0 if weight > WEIGHT_QUOTED else 0.5)
                break
    if "password_reset" in gates and _forgot_what_the_subject_names(text) and "forgotten password" not in fired[
            "password_reset"]:
        scores["password_reset"] += 2.2 * WEIGHT_REQUEST
        fired["password_reset"].add("forgotten password")
        by_place["request"]["password_reset"] += 2.2
    discount_faults_and_alerts(text, scores)
    discount_notices_retold(text, scores)
    discount_failures_nobody_asked_about(text, scores)
    discount_bare_nouns(text.lower_subject, text.lower_request, scores, fired)
    discount_licence_mentions(text, scores, fired)
    discount_licence_shown_in_premium(text, scores)
    discount_leaver_named_as_a_cause(text, scores, fired)
    discount_address_called_a_mailbox(text, scores, fired)
    discount_mail_sent_the_wrong_way(text, scores)
    discount_farewell_gatherings(text, scores)
    discount_leaver_succeeded(text, scores, fired)
    discount_access_listed(text, scores)
    discount_licences_listed(text, scores)
    discount_visitors_from_outside(text.lower_all, scores)
    discount_reply_chasing_its_ticket(text, scores)
    discount_doubt_asked_in_the_subject(text, scores)
    raise_office_shown_unlicensed(text, scores, fired)
    raise_newcomer_notice_handed_on(text, scores, fired)
    return scores, fired, by_place


def _forgot_what_the_subject_names(text: CleanText) -> bool:
    """'Subject: password' and 'Forgot it over the weekend': the body's pronoun is the subject's password."""
    subject = text.lower_subject
    return len(subject.split()) <= 4 and bool(PASSWORD_WORD.search(subject)) and bool(
        FORGOT_IT.search(text.lower_request))


def _confidence(score: float, margin: float) -> float:
    """Map an action score to a probability-like number.

    Conservative by design: on the dev and own sets every action prediction scored 0.6 or more was
    right (`evaluate_triage` prints the table), so the numbers below 0.9 understate the accuracy
    measured there; the hidden tickets are harder, and CONFIDENT (0.7) must keep 98% or more.
    """
    raw = 1.0 / (1.0 + math.exp(-(2.2 * score - 2.6)))
    if margin < 0.5:
        raw -= 0.15 * (0.5 - margin) * 2
    return round(max(0.05, min(0.98, raw)), 2)


def _unreadable(text: CleanText, scores: dict[str, float], error: IntentTooLong) -> Verdict:
    """A reading whose person, group or mailbox is longer than any real one (a pasted blob, a run of junk).

    Acting on it is not safe, and dropping the value is not either: an intent with no target is the requester's own
    (rallied/intents.Intent), so "reset the password for <5,000 characters>" would become a reset of the writer's.
    """
    area_info = advice.describe(text)
    return Verdict("other", 0.5, {}, area_info.summary, area_info.area, area_info.first_checks, True,
                   f"reads a request, but {error.args[0].removeprefix('intent ')}: a technician must read it", scores,
                   language=language_of(text))


def _other_confidence(top_score: float) -> float:
    """How sure `other` is, given the best action score that stayed under THRESHOLD.

    Measured on the dev and own sets: with no action score above 1.0, `other` was right 99% of
    the time; with a weak hint of 1.0-1.6 ("password change" and nothing else), only about one in
    five, because a technician would have filed most of those as the action after all.
    """
    hint = 1.0 / (1.0 + math.exp(-4.0 * (max(top_score, 0.0) - 1.15)))
    return round(max(0.2, min(0.95, 1.0 - hint)), 2)


def _ranked(scores: dict[str, float]) -> list[tuple[str, float]]:
    return sorted(scores.items(), key=lambda kv: kv[1], reverse=True)


def _place_conflict(by_place: dict[str, dict[str, float]]) -> tuple[str, str] | None:
    """Subject asks for one action and the body for another, unrelated one."""
    subj = _ranked(by_place["subject"])[0]
    body = _ranked(by_place["request"])[0]
    if subj[1] < 1.7 or body[1] < 1.7 or subj[0] == body[0]:
        return None
    if frozenset({subj[0], body[0]}) in RELATED or "onboarding" in (subj[0], body[0]):
        return None
    return subj[0], body[0]


def _only_asks_about(text: CleanText) -> bool:
    """Whether the ticket's request words all sit in questions about how things work, and the rest asks for nothing.

    The questions must carry the words themselves ("what are the rules for a new password?"): a ticket whose only
    question is "when will it be done?" is still the request its other sentences and its subject make.
    """
    split = split_questions(text.request)
    if split is None:
        return False
    asked, rest = split
    # The body's opening words may say it as well ("quick q: how long do we keep a leaver's mailbox?", set h86).
    declared = subject_declares_a_question(text.subject) or subject_declares_a_question(text.request)
    if _top_score(CleanText("", asked, "")) < 0.5 and not declared:
        # no request word of its own: "when will it be done?" (unless the subject calls the ticket a question, and its
        # noun is the topic the questions are about: "Question: leaver's laptop" above "do we wipe it or do you?")
        return False
    if _top_score(CleanText("", rest, text.quoted)) >= THRESHOLD:
        return False
    # A subject that names the topic ("Password rules", "lockout") is no request of its own.
    return not subject_asks(text.subject) or _top_score(CleanText(text.subject, rest, text.quoted)) < THRESHOLD


def _top_score(text: CleanText) -> float:
    scores, fired, _ = _score(text)
    settle(scores, fired, text.lower_request)
    return max(scores.values())


def _unrelated_extra(category: str, text: CleanText) -> str | None:
    """A second request in the ticket that this category's playbook would not cover."""
    problem = advice.problem_outside_identity(text.lower_request, category)
    return problem


def classify(subject: str, body: str) -> Verdict:
    """Read one ticket and return the engine's verdict."""
    fresh = noise.new_request(subject, body)
    if fresh:  # a thank-you or a forward above an earlier thread: what the writer asks now is in their new words
        return classify("", fresh)
    newest = newest_first(subject, clean(subject, body))
    text = approved_request(newest)
    scores, fired, by_place = _score(text)
    settle(scores, fired, text.lower_request)
    ranked = _ranked(scores)
    (top, top_score), (second, second_score) = ranked[0], ranked[1]
    # Read on the raw ticket, decoded and normalised: the cleaning above drops HTML comments' markup and
    # keeps base64 as it is, both places instructions hide in.
    hiding = aimed_at_system(subject, body)
    injection = bool(hiding)

    # "How do I reset my password?": the words of a request inside a question about how it is done.
    # "How do I change my password? Someone saw me typing it": a password another may know is to change now, however
    # the change is asked; the questions below do not make it one to explain.
    exposed = "seen, and a change asked" in fired["password_reset"]
    how_to = top_score >= THRESHOLD and not injection and not exposed and only_asks_how(text)
    # "What are the rules for a new password?": every word of a request sat in a question about how things work.
    asks_about = top_score >= THRESHOLD and not injection and not how_to and not exposed and _only_asks_about(text)
    # "It never asked me for the MFA prompt on the new laptop, is that normal?": behaviour described and asked about.
    # "The portal login expired; can we reset it from our side or do they have to?": whose job it is, asked.
    # "Lost my phone but the SMS codes still come; is that ok or do I need to do something?": whether to act, asked.
    wonders = (top_score >= THRESHOLD and not injection and not how_to and not asks_about and not exposed
               and (asks_whether_it_is_normal(text.subject, text.request)
                    or asks_whose_job_it_is(text.subject, text.request)
                    or asks_whether_anything_is_needed(text.subject, text.request)))
    # An out-of-office, a "that's worked, thanks", a renewal notice: borrowed words, nothing asked (noise.py).
    nothing = None if injection else noise.asks_for_nothing(subject, body, text)
    if top_score < THRESHOLD or injection or how_to or asks_about or wonders or nothing:
        found = entities.extract(text, "other")
        area_info = advice.describe(text)
        confidence = _other_confidence(top_score)
        if injection:
            reason = f"{INJECTION_REASON} ({'; '.join(hiding)}); a technician must read it"
            confidence = min(confidence, 0.5)
        elif nothing:
            reason, confidence = nothing
        elif asks_about:
            reason = (f"asks about {top.replace('_', ' ')} (how it works or what the rules are), not for anything to "
                      "be done: a question for a technician to answer")
            confidence = 0.8
        elif wonders:
            reason = (f"describes {top.replace('_', ' ')}'s matter and asks about it (how it behaves or whose job it "
                      "is), with nothing asked to be done: a question for a technician to answer")
            confidence = 0.8
        elif how_to:
            reason = (f"asks how {top.replace('_', ' ')} is done, not for it to be done: a question for a technician "
                      "to answer")
            confidence = 0.8
        elif top_score >= 1.0:
            reason = f"weak hint of {top} ({', '.join(sorted(fired[top]))}) but no clear request"
        else:
            reason = "not an identity request Rallied automates; hand to a technician"
        return Verdict(
            "other",
            confidence,
            found,
            area_info.summary,
            area_info.area,
            area_info.first_checks,
            True,
            reason,
            scores,
            language=language_of(text),
        )

    reading = entities.read(text, top)
    found = reading.entities
    try:
        intents = read_intents(text, top, found)
    except IntentTooLong as error:
        return _unreadable(text, scores, error)
    # A related category that the conventions in settling.settle already ranked below (a lockout in a reset
    # request) is not a rival; the margin that signals doubt is the one to an unrelated category.
    # A category the intents ask for too is a second request of a multi-intent ticket, not a rival reading.
    rival = max((v for c, v in scores.items()
                 if c != top and frozenset({top, c}) not in RELATED and unasked(c, intents)), default=0.0)
    confidence = _confidence(top_score, top_score - rival)
    reasons: list[str] = []
    if (second_score >= 1.7 and frozenset({top, second}) not in RELATED and "onboarding" not in (top, second)
            and unasked(second, intents)):
        reasons.append(f"also asks for {second.replace('_', ' ')}: mixed request")
        confidence = min(confidence, 0.6)
    conflict = _place_conflict(by_place)
    if conflict and any(unasked(c, intents) for c in conflict):
        reasons.append(
            f"subject says {conflict[0].replace('_', ' ')}, body says {conflict[1].replace('_', ' ')}"
        )
        confidence = min(confidence, 0.6)
    if top in ("mailbox_access", "group_membership") and not asked_in_words(top, intents) and REPORTED_FAULT.search(
            f"{text.lower_subject}\n{text.lower_request}"):
        # "The shared mailbox keeps disappearing from Outlook": a fault to diagnose, and no clause asks for a change.
        reasons.append(f"reports a fault with {top.replace('_', ' ')} but asks for no change")
        confidence = min(confidence, 0.5)
    extra = _unrelated_extra(top, text)
    if extra:
        reasons.append(f"also reports a problem outside identity work ({extra}): mixed request")
        confidence = min(confidence, 0.65)
    if text is not newest:
        # "Approved." above a forwarded "please add me to Tax-DE-Readers": the "me" is the forwarded message's author,
        # not the one who sent the approval; a technician confirms whose account it is.
        reasons.append("approves a request forwarded below it: its author, not the requester, is the one it is for")
    if not reasons and confidence < CONFIDENT:
        reasons.append(f"low confidence ({confidence:.2f}) for {top.replace('_', ' ')}")
    # Right category, but the ticket does not pin down whom to change: a technician picks the account.
    reasons.extend(settled_concerns(reading.concerns, intents))
    if not any(r.startswith(UNNAMED_OTHER) for r in reasons) and any(
            not (i.target or i.target_name) for i in intents) and points_at_someone_else(text.lower_request):
        # An intent that names no one, in a request whose words are about someone else ("unser Azubi ... können Sie
        # ihm ein neues geben?", "onze collega ... haar wachtwoord ... willen jullie het ontgrendelen?"): the
        # requester must not stand in for that person. Only on words that point at someone: a ticket with no pronoun
        # at all ("Password expired, reset please") is the writer's own (tests/trust/hostile_tickets.jsonl's controls).
        reasons.append(f"{UNNAMED_OTHER} without naming them; which account is meant?")
    objects = {i.object.lower() for i in intents if i.object} - {i.target.lower() for i in intents if i.target}
    if str(found.get("target_user", "")).lower() in objects:
        # "Give Sarah Lee Send As on billing@": the one-target reading took the mailbox for the person; the intents
        # read it as what is granted, so it must never be the account the grant goes to.
        found = {k: v for k, v in found.items() if k != "target_user"}
    needs_human = bool(reasons)
    reason = (
        "; ".join(reasons)
        if reasons
        else f"clear {top.replace('_', ' ')} request ({', '.join(sorted(fired[top]))})"
    )
    return Verdict(
        top,
        confidence,
        found,
        advice.action_summary(top, found),
        advice.area_for(top),
        [],
        needs_human,
        reason,
        scores,
        intents,
        language=language_of(text),
    )
