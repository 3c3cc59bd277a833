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
)
