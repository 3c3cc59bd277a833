"""Licences by the names people use: a tenant's catalogue, and matching what a ticket says against it.

An identity provider that sells licences lists them by part number ("SPE_E3"); people write "E3", "Microsoft 365
E3", "an M365 E3 licence" or "Visio". The vendor's connector knows its own SKUs' names (Entra's table is
rallied/connectors/entra/sku_names.py) and returns them with the seats in a `LicenceSku`; matching a phrase
against that list is the same for every vendor and lives here.

Matching, in order (the first step that finds anything decides):
1. exact: the phrase is a SKU's part number, friendly name or one of its known names;
2. family: the phrase, without the brand words ("Microsoft", "Office", "365", "M365"), is a family word of SKUs
   the tenant has ("e3" is Office 365 E3 and Microsoft 365 E3): one of them = that one, two = ambiguous;
3. inside: a longer phrase ("the E3 for Adele") that holds exactly one family or name of the catalogue.
Nothing found: the phrase is not a licence of this tenant, and the reason lists the tenant's own licences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Words that say "a licence" without saying which, in the five ticket languages.
_FILLER = frozenset({
    "a", "an", "the", "one", "new", "licence", "license", "licences", "licenses", "licensing", "lizenz", "lizenzen",
    "licencia", "licencias", "licentie", "licenties", "subscription", "subscriptions", "sku", "seat", "seats", "for",
    "eine", "einen", "die", "der", "une", "un", "la", "le", "el", "een", "de",
})
# The brand words people add or leave out: "M365 E3", "Office 365 E3" and "E3" name the same family.
_BRAND = frozenset({"microsoft", "ms", "office", "365", "m365", "o365", "ms365"})


def licence_words(text: str) -> str:
    """A licence phrase reduced to lower-case words: punctuation, underscores and filler words dropped.

    "SPE_E3" -> "spe e3"; "Exchange Online (Plan 1) licence" -> "exchange online plan 1"; "M365-E3" -> "m365 e3".
    """
    words = re.sub(r"[^\w+]+|_", " ", text.lower()).split()
    return " ".join(w for w in words if w not in _FILLER)


def _core(words: str) -> str:
    return " ".join(w for w in words.split() if w not in _BRAND)


@dataclass(frozen=True)
class LicenceSku:
    """One subscription of a tenant: the part number a connector is handed, its friendly name and its seats."""

    sku: str  # the vendor's part number ("SPE_E3")
    sku_id: str
    name: str  # the name people know it by ("Microsoft 365 E3")
    total: int  # seats bought (Graph: prepaidUnits.enabled)
    consumed: int
    names: tuple[str, ...] = ()  # other exact names, already in licence_words form
    family: tuple[str, ...] = ()  # looser words ("e3", "visio") shared with its sibling SKUs

    @property
    def free(self) -> int:
        return max(0, self.total - self.consumed)

    @property
    def seats(self) -> str:
        """What a technician needs to decide on buying more: "Microsoft 365 E3: 25 of 25 in use"."""
        return f"{self.name}: {self.consumed} of {self.total} in use"

    @property
    def label(self) -> str:
        return self.name if self.name == self.sku else f"{self.name} ({self.sku})"

    def exact_names(self) -> set[str]:
        return {licence_words(self.sku), licence_words(self.name), *self.names}


@dataclass(frozen=True)
class LicenceMatch:
    """What a phrase names in a catalogue: `found` is one SKU, several (ambiguous) or none (unknown)."""

    asked: str
    found: tuple[LicenceSku, ...] = field(default_factory=tuple)

    @property
    def sku(self) -> LicenceSku | None:
        return self.found[0] if len(self.found) == 1 else None


def _unique(skus: list[LicenceSku]) -> tuple[LicenceSku, ...]:
    seen: dict[str, LicenceSku] = {}
    for sku in skus:
        seen.setdefault(sku.sku, sku)
    return tuple(seen.values())


# A word left over that names a variant ("Visio Plan 1", "Exchange P2"): the phrase asks for a SKU the catalogue
# lacks, and a sibling found inside it would be a different product than the one asked for.
_VARIANT = re.compile(r"\d+|plan|p\d|[efk]\d")


def _inside(words: str, catalogue: list[LicenceSku]) -> tuple[LicenceSku, ...]:
    """SKUs one of whose names or family words stands as whole words in a longer phrase; the longest wins."""
    padded = f" {words} "
    hits: list[tuple[int, LicenceSku]] = []
    for sku in catalogue:
        for phrase in sku.exact_names() | set(sku.family):
            if phrase and f" {phrase} " in padded:
                left = padded.replace(f" {phrase} ", " ").split()
                if not any(_VARIANT.fullmatch(word) for word in left):
                    hits.append((len(phrase), sku))
    if not hits:
        return ()
    longest = max(length for length, _ in hits)
    return _unique([sku for length, sku in hits if length == longest])


def match_licence(asked: str, catalogue: list[LicenceSku]) -> LicenceMatch:
    """The SKU(s) of `catalogue` that `asked` names (see the module's docstring for the order)."""
    words = licence_words(asked)
    if not words:
        return LicenceMatch(asked)
    exact = _unique([s for s in catalogue if words in s.exact_names()])
    if exact:
        return LicenceMatch(asked, exact)
    core = _core(words)
    family = _unique([s for s in catalogue if core and core in s.family])
    if family:
        return LicenceMatch(asked, family)
    return LicenceMatch(asked, _inside(words, catalogue))


def catalogue_names(catalogue: list[LicenceSku]) -> str:
    """The tenant's licences by name, for a reason that tells the technician what there is to choose from."""
    return ", ".join(sorted({s.label for s in catalogue})) or "none"
