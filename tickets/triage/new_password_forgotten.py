# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""The password the writer has just changed, forgotten: "I changed it last week and can't remember what I changed it
to", "don't remember which one I set", "honestly don't know what to". Whatever the prompts and phones do after a change
(vetoes.py and already_done.py read those as a fault for a technician), nobody now knows the password that is set: only
a reset mends it. Shared by both modules' exceptions, so the two read the same words the same way.

The forms beyond "what I changed it to" came from sets h121, h122 and h124, three writers who each told it their own
way (tests/triage/test_new_password_forgotten.py).
"""

from __future__ import annotations

# Lower-cased text. "Don't know what to" counts only where the sentence ends there: "I don't know what to do" is
# another matter.
_NOT = r"(?:can'?t|cannot|don'?t|dont|do not|no longer)\s(?:even\s|really\s|honestly\s)?"
_WHAT_IT_WAS_SET_TO = (r"(?:what i (?:changed|set|made|turned) it (?:to|into)|which (?:one|password|pw) i (?:set|chose|picked|used"
                       r"|changed it to)|what (?:to|into)(?=\s*(?:[.,;!?]|$))|the new (?:one|password|pw)\b(?!\s(?:rules?|policy)))")
NEW_ONE_FORGOTTEN = (
    rf"\b{_NOT}(?:remember|recall)\s(?:\S+\s){{0,2}}?(?:new one|new password|what (?:it|the new one) is\b|{_WHAT_IT_WAS_SET_TO})"
    rf"|\b{_NOT}know\s(?:\S+\s){{0,1}}?{_WHAT_IT_WAS_SET_TO}"
    r"|\bforg[oe]t+(?:en)?\s(?:the|my)\snew\s(?:one|password|pw)\b"
    r"|\b(?:das|den) neuen?\s(?:\S+\s){0,3}?vergessen|\bneue[sn]?\s(?:passwort|kennwort)\s(?:\S+\s){0,3}?vergessen"
    r"|\boubli(?:é|e)\sle nouveau|\bne me souviens (?:plus|pas) du nouveau"
    r"|\bolvid\w*\s(?:la|el)\snuev[ao]|\bno recuerdo (?:la|el) nuev[ao]"
    r"|\b(?:het|mijn) nieuwe\s(?:\S+\s){0,3}?vergeten"
    # "Changed it on Monday and really don't know what to anymore": the sentence goes on, but what is not known is
    # still what it was changed to.
    r"|\bchanged it\b[^.!?\n]{0,40}?\b(?:don'?t|dont|do not|can'?t|cannot)\s(?:even\s|really\s|honestly\s)?(?:know|remember|recall)\swhat to\b"
    # The same in the other languages, said of what it was changed to: "weiß nicht mehr, worauf ich es geändert habe",
    # "je ne sais plus en quoi je l'ai changé", "no sé a qué la cambié", "weet niet meer waarin ik het veranderd heb".
    r"|\bwei(?:ß|ss)\s(?:\S+\s){0,2}?nicht mehr,?\s(?:worauf|was|wie|in was)\sich\s(?:es|ihn|das)\s(?:\S+\s)?(?:ge(?:ä|ae)ndert|gesetzt|umgestellt)"
    r"|\bne (?:sais|me souviens) plus (?:de )?(?:ce que|en quoi|ce en quoi) je l'ai\s(?:chang|modifi|mis)"
    r"|\bno (?:s(?:é|e)|recuerdo) (?:a |por )?qu(?:é|e) la (?:cambi(?:é|e)|puse)"
    r"|\bweet (?:\S+ )?niet meer (?:wat|waarin|waarnaar) ik (?:het|hem) (?:\S+ )?(?:veranderd|gewijzigd|ingesteld)"
)
