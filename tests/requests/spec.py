"""How an acceptance row is written: one ticket as a requester would send it, and what must come of it.

A `Want` is one intent as the requester meant it, in the vendor's own terms (the resolved address, the group's name
or address, the mailbox address, the licence SKU), with its expected outcome: `done`, or handed over for a stated
reason (`unsupported`, `out_of_scope`, `ambiguous`, `missing`, `catalogue`: the kinds of the issue 12 contract).
A ticket whose every intent is done ends `resolved`; any other ends `escalated` with the done parts listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DONE = "done"
HANDOVER_REASONS = ("unsupported", "out_of_scope", "ambiguous", "missing", "catalogue")
LANGUAGES = ("en", "de", "fr", "es", "nl")
CATEGORIES = ("multi", "mailbox", "licence", "group", "session", "single")


@dataclass(frozen=True)
class Want:
    kind: str
    target: str
    object: str = ""  # group name (Entra, Okta) or address (Google), mailbox address, or licence SKU
    rights: tuple[str, ...] = ()  # mailbox rights, Exchange's names
    new_object: str = ""  # swap: the SKU added (`object` is removed)
    outcome: str = DONE  # or one of HANDOVER_REASONS

    def __post_init__(self) -> None:
        assert self.outcome == DONE or self.outcome in HANDOVER_REASONS, self.outcome

    @property
    def done(self) -> bool:
        return self.outcome == DONE


@dataclass(frozen=True)
class Row:
    id: str
    slug: str  # contoso (Entra + Exchange), northwind (Okta), fabrikam (Google)
    lang: str
    cat: str
    requester: str
    name: str
    subject: str
    body: str
    wants: tuple[Want, ...]
    given: tuple[tuple[str, ...], ...] = field(default=())  # starting facts (effects.give)

    def __post_init__(self) -> None:
        assert self.lang in LANGUAGES and self.cat in CATEGORIES, (self.id, self.lang, self.cat)

    @property
    def status(self) -> str:
        return "resolved" if all(w.done for w in self.wants) else "escalated"


# The demo world's people (sandbox/world.json) a row may name.
MEGAN, ADELE, ALEX = "megan.bowen@contoso.example", "adele.vance@contoso.example", "alex.wilber@contoso.example"
DIEGO, SARAH = "diego.siciliani@contoso.example", "sarah.lee@contoso.example"
NANCY, JANET, ROBERT = "nancy.davolio@northwind.example", "janet.leverling@northwind.example", "robert.king@northwind.example"
STEVEN, LAURA = "steven.buchanan@northwind.example", "laura.callahan@northwind.example"
KIM, TOM, PRIYA = "kim.abercrombie@fabrikam.example", "tom.higgins@fabrikam.example", "priya.shah@fabrikam.example"
BILLING, FRONTDESK = "billing@contoso.example", "frontdesk@contoso.example"
ESTIMATING, SITE_MANAGERS = "estimating@fabrikam.example", "site-managers@fabrikam.example"
NAMES = {MEGAN: "Megan Bowen", ADELE: "Adele Vance", ALEX: "Alex Wilber", DIEGO: "Diego Siciliani", SARAH: "Sarah Lee",
         NANCY: "Nancy Davolio", JANET: "Janet Leverling", ROBERT: "Robert King", STEVEN: "Steven Buchanan",
         LAURA: "Laura Callahan", KIM: "Kim Abercrombie", TOM: "Tom Higgins", PRIYA: "Priya Shah"}


@dataclass(frozen=True)
class Scenario:
    """One request, asked in each of the five languages (a row per language): `texts[lang] = (subject, body)`."""

    key: str
    slug: str
    cat: str
    requester: str
    wants: tuple[Want, ...]
    texts: dict[str, tuple[str, str]]
    given: tuple[tuple[str, ...], ...] = ()

    def rows(self) -> list[Row]:
        return [Row(id=f"{self.key}-{lang}", slug=self.slug, lang=lang, cat=self.cat, requester=self.requester,
                    name=NAMES[self.requester], subject=subject, body=body, wants=self.wants, given=self.given)
                for lang, (subject, body) in self.texts.items()]
