"""The rules engine: score every category, settle the known conflicts, and stay humble.

A wrong action category is far worse than a missed one (a password reset on the wrong ticket is a
security incident; an `other` is a technician reading the ticket). So an action category needs a
clear request, vetoes win over keywords, and anything unclear becomes `other` with a low
confidence and a reason, which escalates the ticket with a triage note.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from tickets.triage import advice, entities
from tickets.triage.patterns import FAULT, GATES, INJECTION, NEEDLES, REQUEST, SIGNALS, VETOES
from tickets.triage.text import CleanText, clean

ACTION = (
    "password_reset",
    "account_unlock",
    "mfa_reset",
    "mailbox_access",
    "group_membership",
    "license_change",
    "onboarding",
    "offboarding",
)

# Where a phrase was found counts: the subject is a summary, quoted history is old news.
WEIGHT_REQUEST = 1.0
WEIGHT_SUBJECT = 0.9
WEIGHT_QUOTED = 0.35

# Below this score a category is not claimed at all; below CONFIDENT a claim goes to a human.
THRESHOLD = 1.6
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


def _score(text: CleanText) -> tuple[dict[str, float], dict[str, set[str]], dict[str, dict[str, float]]]:
    """Category scores (each signal counted once, at its best location), fired signals, per-place scores."""
    places = (
        (text.lower_request, WEIGHT_REQUEST, "request"),
        (text.lower_subject, WEIGHT_SUBJECT, "subject"),
        (text.lower_quoted, WEIGHT_QUOTED, "quoted"),
    )
    scores = dict.fromkeys(ACTION, 0.0)
    fired: dict[str, set[str]] = {c: set() for c in ACTION}
    by_place: dict[str, dict[str, float]] = {p: dict.fromkeys(ACTION, 0.0) for _, _, p in places}
    everything = f"{text.lower_subject}\n{text.lower_request}\n{text.lower_quoted}"
    open_gates = {c for c, needles in GATES.items() if any(n in everything for n in needles)}
    for signal in SIGNALS:
        if signal.category not in open_gates:
            continue
        needles = NEEDLES.get(signal.name)
        if needles and not any(n in everything for n in needles):
            continue
        best = 0.0
        for body, weight, place in places:
            if body and signal.pattern.search(body):
                best = max(best, weight)
                by_place[place][signal.category] += signal.weight
        if best:
            scores[signal.category] += signal.weight * best
            fired[signal.category].add(signal.name)
    for category, pattern, penalty in VETOES:
        if category not in open_gates:
            continue
        for body, weight, _ in places:
            if body and pattern.search(body):
                scores[category] -= penalty * (1.0 if weight > WEIGHT_QUOTED else 0.5)
                break
    asked = f"{text.lower_subject}\n{text.lower_request}"
    if FAULT.search(asked) and not REQUEST.search(asked):
        # A fault report that mentions a drive or mailbox is a problem to diagnose, not a grant to make.
        for category in ("group_membership", "mailbox_access"):
            scores[category] -= 1.0
    return scores, fired, by_place


def _settle(scores: dict[str, float], fired: dict[str, set[str]]) -> None:
    """Apply the conventions a technician uses when two categories fire together (in place)."""
    explicit_reset = fired["password_reset"] & {"reset request", "forgotten password", "new password wanted"}
    if scores["account_unlock"] >= THRESHOLD:
        if (
            explicit_reset and scores["password_reset"] >= THRESHOLD
        ):  # "locked out, please reset" -> the reset also unlocks
            scores["account_unlock"] = min(scores["account_unlock"], scores["password_reset"] - 0.1)
        else:  # "unlock me, my password stopped working" is an unlock
            scores["password_reset"] = min(scores["password_reset"], scores["account_unlock"] - 0.1)
    if scores["offboarding"] >= THRESHOLD and scores["mailbox_access"] >= THRESHOLD:
        # A leaver's mailbox is a mailbox request, unless it is an HR termination notice.
        if "hr notice" in fired["offboarding"]:
            scores["mailbox_access"] = min(scores["mailbox_access"], scores["offboarding"] - 0.6)
        else:
            scores["offboarding"] = min(scores["offboarding"], scores["mailbox_access"] - 0.6)
    if scores["offboarding"] >= THRESHOLD and scores["group_membership"] >= THRESHOLD:
        # A leaver's files or drive belong to the offboarding.
        scores["group_membership"] = min(scores["group_membership"], scores["offboarding"] - 0.6)
    if scores["onboarding"] >= THRESHOLD:
        creating = "create account" in fired["onboarding"]
        for other in ("group_membership", "mailbox_access", "license_change", "mfa_reset"):
            if creating:  # the new account comes first; the rest is part of the onboarding
                scores[other] = min(scores[other], scores["onboarding"] - 0.1)
            elif scores[other] >= THRESHOLD + 0.2:  # "our new intern needs the Sales folder"
                scores["onboarding"] = min(scores["onboarding"], scores[other] - 0.1)


def _confidence(score: float, margin: float) -> float:
    """Map a score to a probability-like number; tuned on labelled data so 0.9 means about 9 in 10."""
    raw = 1.0 / (1.0 + math.exp(-(2.2 * score - 2.6)))
    if margin < 0.5:
        raw -= 0.15 * (0.5 - margin) * 2
    return round(max(0.05, min(0.98, raw)), 2)


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


def _unrelated_extra(category: str, text: CleanText) -> str | None:
    """A second request in the ticket that this category's playbook would not cover."""
    problem = advice.problem_outside_identity(text.lower_request, category)
    return problem


def classify(subject: str, body: str) -> Verdict:
    """Read one ticket and return the engine's verdict."""
    text = clean(subject, body)
    scores, fired, by_place = _score(text)
    _settle(scores, fired)
    ranked = _ranked(scores)
    (top, top_score), (second, second_score) = ranked[0], ranked[1]
    injection = bool(INJECTION.search(text.all_text.lower()))

    if top_score < THRESHOLD or injection:
        found = entities.extract(text, "other")
        area_info = advice.describe(text)
        confidence = round(max(0.35, min(0.95, 0.95 - 0.3 * max(top_score, 0.0))), 2)
        if injection:
            reason = "the ticket text contains instructions aimed at the system; a technician must read it"
            confidence = min(confidence, 0.5)
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
        )

    found = entities.extract(text, top)
    confidence = _confidence(top_score, top_score - second_score)
    reasons: list[str] = []
    if second_score >= 1.7 and frozenset({top, second}) not in RELATED and "onboarding" not in (top, second):
        reasons.append(f"also asks for {second.replace('_', ' ')}: mixed request")
        confidence = min(confidence, 0.6)
    conflict = _place_conflict(by_place)
    if conflict:
        reasons.append(
            f"subject says {conflict[0].replace('_', ' ')}, body says {conflict[1].replace('_', ' ')}"
        )
        confidence = min(confidence, 0.6)
    extra = _unrelated_extra(top, text)
    if extra:
        reasons.append(f"also reports a problem outside identity work ({extra}): mixed request")
        confidence = min(confidence, 0.65)
    if not reasons and confidence < CONFIDENT:
        reasons.append(f"low confidence ({confidence:.2f}) for {top.replace('_', ' ')}")
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
    )
