"""Triage: read a help-desk ticket right.

    triage(subject, body, engine="rules") -> TriageResult

The rules engine (default) needs no network and is the fallback for the Claude engine ("llm"),
which is used only when configured. Either way the result has the same shape; the pipeline stores
`to_dict()` and escalates when `needs_human` is set.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from rallied.categories import CATEGORIES

# Categories a playbook can act on; everything else goes to a human with a triage note.
ACTION_CATEGORIES: tuple[str, ...] = CATEGORIES[:-1]

ENTITY_KEYS: tuple[str, ...] = (
    "target_user",
    "target_name",
    "group",
    "mailbox",
    "license",
    "new_hire_name",
    "start_date",
    "leaver_name",
    "last_day",
    "forward_to",
)
ENGINES = ("rules", "llm")


@dataclass(frozen=True)
class TriageResult:
    category: str
    confidence: float
    entities: dict[str, str] = field(default_factory=dict)
    summary: str = ""
    area: str = ""
    first_checks: list[str] = field(default_factory=list)
    needs_human: bool = False
    reason: str = ""
    engine: str = "rules"
    fallback_reason: str | None = None
    # The requester's language (tickets/triage/language.py: en, de, fr, es or nl), read from what they wrote, so
    # the reply can go out in it; "en" when it cannot be told.
    language: str = "en"
    # Every thing the ticket asks for, in order (rallied.intents.Intent.to_dict()); `category` is the first one's.
    intents: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def triage_rules(subject: str, body: str) -> TriageResult:
    from tickets.triage.rules import classify

    verdict = classify(subject or "", body or "")
    return TriageResult(
        category=verdict.category,
        confidence=verdict.confidence,
        entities=dict(verdict.entities),
        summary=verdict.summary,
        area=verdict.area,
        first_checks=list(verdict.first_checks),
        needs_human=verdict.needs_human,
        reason=verdict.reason,
        engine="rules",
        language=verdict.language,
        intents=[i.to_dict() for i in verdict.intents],
    )


def triage(subject: str, body: str, *, engine: str = "rules") -> TriageResult:
    """Classify one ticket. engine="llm" uses Claude when configured and falls back to the rules."""
    if engine not in ENGINES:
        raise ValueError(f"unknown triage engine {engine!r}; use one of {', '.join(ENGINES)}")
    if engine == "llm":
        from dataclasses import replace

        from tickets.triage.language import ticket_language
        from tickets.triage.llm import triage_llm

        # The model reads the category; the language is the same reading for both engines.
        return replace(triage_llm(subject or "", body or ""), language=ticket_language(subject or "", body or ""))
    return triage_rules(subject, body)


__all__ = ["ACTION_CATEGORIES", "CATEGORIES", "ENTITY_KEYS", "TriageResult", "triage"]
