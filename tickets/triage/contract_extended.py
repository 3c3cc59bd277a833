# ruff: noqa: E501 -- regular-expression tables read best one expression per line
"""A contract or a stay said lengthened: "her contract ends Friday but has been extended to March", "Vertrag wurde bis
März verlängert", "son contrat a été prolongé", "se ha prorrogado su contrato", "zijn contract is verlengd". The opposite
of a leaver: the person stays longer, and what is asked is the account's end date moved (an expiry date, `other`, as
shared/datasets/README.md's "Account has expired" convention reads it). The expression, for stays_or_goes.py's
offboarding veto beside its "extend his account".

Noticed in passing by another study; the sentences in tests/triage/test_access_held_and_contracts_extended.py are our
own. Not where the extension is denied ("not extended", "nicht verlängert", "pas prolongé", "no se prorroga", "niet
verlengd"), nor where the account is still asked closed at the new end ("extended to March, then disable her account").
"""

from __future__ import annotations

from tickets.triage.joiner_leaver_words import DISABLE_ACCOUNT

# What is lengthened: a contract, a stay, an assignment; "contract" in the five languages with their compounds.
_ENGAGEMENT = (r"(?:contracts?|stay|assignment|placement|internship|secondment|engagement"
               r"|\w*vertrag\w*|aufenthalt\w*|einsatz\w*|praktikum\w*|contrats?|s(?:é|e)jour|mission|stage|contratos?|estancia|pr(?:á|a)cticas|\w*contract\w*|verblijf|stage)")
# No denial between the noun and its participle: "contract ends Friday, not extended" is a leaver's.
_NO_DENIAL = r"(?:(?!\b(?:not|never|no|nicht|kein\w*|nie|pas|ne|jamais|non|nunca|niet|geen|nooit)\b|n't|\bn')[^.!?\n])"
_LENGTHENED = (r"(?:extended|renewed|prolonged|verl(?:ä|ae)ngert|prolong(?:é|e)e?s?|renouvel(?:é|e)e?s?|reconduite?s?"
               r"|prorrogad[oa]s?|ampliad[oa]s?|extendid[oa]s?|renovad[oa]s?|prolongad[oa]s?|verlengd)")
CONTRACT_EXTENDED = (
    # The noun first, its participle after: "her contract ... has been extended to March".
    rf"\b{_ENGAGEMENT}\b{_NO_DENIAL}{{0,60}}?\b{_LENGTHENED}\b"
    # The verb first: "we extended her contract", "se ha prorrogado su contrato", "on a prolongé son contrat".
    rf"|(?<!not )(?<!n't )(?<!no )(?<!pas )\b(?:extended|renewed|prorrog\w+|ampli\w+|prolong\w+|verl(?:ä|ae)ngert)\s(?:\S+\s)?(?:his|her|their|the|su|el|son|le|leur|sein\w*|ihr\w*|den)\s(?:\S+\s)?{_ENGAGEMENT}\b"
    # The noun for it: "contract extension until June", "Vertragsverlängerung", "prolongation de son contrat",
    # "prórroga del contrato", "contractverlenging".
    r"|(?<!no )(?<!keine )(?<!pas de )(?<!sin )(?<!geen )\b(?:contract extension|extension of (?:his|her|their|the) contract|vertragsverl(?:ä|ae)ngerung"
    r"|prolongation (?:de (?:son|leur|du) |du )contrat|pr(?:ó|o)rroga (?:de(?:l| su) )contrato|contractverlenging)\b"
)
# Not where the account is still asked closed (at the new end, or at once): then the leaving stands, only later.
CONTRACT_EXTENDED_UNLESS = DISABLE_ACCOUNT
