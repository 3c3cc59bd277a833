# ruff: noqa: E501 -- regular-expression tables read best one veto per line
"""An account's trouble that turns out to call for nothing: a lockout the writer took back as their own slip ("thought
I was locked out, it was caps lock, please close"), a ticket closed because the person it was for has left (the
leaving is the reason to close, not a leaver to offboard), a mail threatening a lock whose sender the writer asks about
("it says my account will be locked, is it from you?"), and the approval of an old change asked for an audit (a record
to look up, not a membership to grant). Vetoes in the form of tickets/triage/patterns.py, joined to
objects.OBJECT_VETOES.

Found on set h101, a parcel carrier's tickets (tests/triage/test_false_alarms_and_past_approvals.py).
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, rx, words
from tickets.triage.unless import unless_asked

# The writer's own slip, named: "I believed I was locked out, turns out caps lock was on", "false alarm", "my mistake",
# "ich dachte, ich sei gesperrt, aber", "Fehlalarm", "mein Fehler", "fausse alerte", "je croyais ... mais", "falsa alarma",
# "pensaba que ... pero", "loos alarm", "ik dacht dat ... maar". "I thought" alone is how people hedge; its "but" in the
# same sentence is the correction.
_SLIP = (r"\b(?:i\s)?thought,?\s[^.!?\n]{0,80}?\bbut\b|\bfalse alarm\b|\bmy (?:mistake|bad|fault|error)\b|\buser error\b"
         r"|\b(?:ich\s)?dachte,?\s[^.!?\n]{0,80}?\baber\b|\bfehlalarm\b|\bmein fehler\b"
         r"|\bje (?:croyais|pensais),?\s[^.!?\n]{0,80}?\bmais\b|\bfausse alerte\b|\b(?:mon erreur|ma faute)\b"
         r"|\b(?:pensaba|cre(?:í|i)a),?\s[^.!?\n]{0,80}?\bpero\b|\bfalsa alarma\b|\b(?:error|culpa) m(?:í|i)[oa]\b"
         r"|\b(?:ik\s)?dacht,?\s[^.!?\n]{0,80}?\bmaar\b|\bloos alarm\b|\bmijn (?:fout|schuld)\b")
# The close, as the writer asks it: "pls close", "you can close this", "bitte schließen", "à fermer", "cerrar por favor",
# "mag dicht".
_CLOSE_ASKED = (r"\b(?:please|pls|plz|kindly|can|may)\s(?:\S+\s)?close\b|\bclose,?\s(?:it\s|this\s)?(?:please|pls|plz|thanks?|thx)\b|\bcan be closed\b"
                r"|\bschlie(?:ß|ss)en\b|\bgeschlossen werden\b|\b(?:fermer|cl(?:ô|o)turer)\b|\bcerrar\b|\b(?:sluiten|mag dicht)\b")
_SLIP_CLOSED = unless_asked(rf"(?:{_SLIP})[\s\S]{{0,200}}?(?:{_CLOSE_ASKED})|(?:{_CLOSE_ASKED})[\s\S]{{0,200}}?(?:{_SLIP})")

# A ticket (by its name or number) to be closed, and a leaving beside it as the reason: "INC0012345 can be closed, the
# user has left", "Ticket kann geschlossen werden, Mitarbeiter ist ausgeschieden", "le ticket peut être clôturé, il a
# quitté la société", "se puede cerrar el ticket, ya no trabaja aquí", "ticket mag dicht, hij is uit dienst".
_TICKET = r"(?:ticket|incident|request|call|case|anfrage|meldung|demande|incidencia|solicitud|melding|[a-z]{2,5}-?\d{5,})"
_TICKET_CLOSED = (rf"\b{_TICKET}\b[^.!?\n]{{0,80}}?\b(?:can|may|could) (?:now |also )?be (?:closed|cancel+ed)\b"
                  rf"|\b(?:close|cancel)\s(?:the\s|this\s|that\s|my\s)?{_TICKET}\b"
                  rf"|\b{_TICKET}\b[^.!?\n]{{0,80}}?\b(?:kann|k(?:ö|oe)nnt ihr|bitte)\s(?:\S+\s){{0,2}}?(?:geschlossen werden|schlie(?:ß|ss)en)\b"
                  rf"|\b{_TICKET}\b[^.!?\n]{{0,80}}?\bpeut (?:(?:ê|e)tre )?(?:ferm|cl(?:ô|o)tur)(?:é|e|er)\b|\b(?:fermer|cl(?:ô|o)turer) (?:le |la |ce |cette )?{_TICKET}\b"
                  rf"|\bcerrar (?:el |la |este |esta )?{_TICKET}\b|\b{_TICKET}\b[^.!?\n]{{0,80}}?\bse puede cerrar\b"
                  rf"|\b{_TICKET}\b[^.!?\n]{{0,80}}?\b(?:mag|kan) (?:\S+ )?(?:dicht|gesloten|worden gesloten|afgesloten)\b")
_LEFT = (r"\b(?:has|have|had) left\b|\bleft the (?:company|firm|business)\b|\bno longer (?:works|working|with us|employed)\b|\bnot with us any ?more\b"
         r"|\bausgeschieden\b|\b(?:hat|haben) (?:das unternehmen|die firma|uns) verlassen\b|\bnicht mehr bei uns\b"
         r"|\ba quitt(?:é|e) (?:la soci(?:é|e)t(?:é|e)|l'entreprise)\b|\bn'est plus (?:chez nous|dans l'entreprise)\b"
         r"|\bya no trabaja\b|\b(?:dej(?:ó|o)|ha dejado) la empresa\b|\buit dienst\b|\bniet meer in dienst\b|\bheeft het bedrijf verlaten\b")
_CLOSED_AS_LEFT = unless_asked(rf"(?:{_TICKET_CLOSED})[\s\S]{{0,160}}?(?:{_LEFT})|(?:{_LEFT})[\s\S]{{0,160}}?(?:{_TICKET_CLOSED})")

# The desk asked whether it sent a mail: "is it from you?", "did IT send this?", "kommt die Mail von euch?", "est-ce
# que ce mail vient de vous ?", "¿este correo es vuestro?", "komt deze mail van jullie?". A lock or a reset in such a
# mail is its sender's wording; what the writer asks is whether to trust it.
_FROM_YOU = (r"\b(?:is|was|are|did|does)\s(?:it|this|that|these|the (?:e-?mail|mail|message|sms|text))\s(?:\S+\s)?(?:really\s|actually\s)?(?:from|sent by)\s(?:you|it|the it|the help ?desk|the service ?desk|us)\b"
             r"|\bdid (?:you|it|the help ?desk|the service ?desk) (?:really )?send (?:this|that|it|me)\b"
             r"|\b(?:kommt|ist|stammt)\s(?:die|diese|das|der|dieser)\s(?:\S+\s)?(?:wirklich\s|tats(?:ä|ae)chlich\s)?von (?:euch|ihnen|der it|dem it)\b|\bhabt ihr (?:die|diese|das) (?:\S+ )?geschickt\b"
             r"|\b(?:vient|provient)(?:-il|-elle)? (?:vraiment )?de (?:vous|l'it|l'informatique|la dsi)\b|\bc'est vous qui (?:l'avez |avez )?envoy"
             r"|\b(?:es|viene) (?:realmente )?(?:vuestro|de vosotros|de ustedes|de it|de sistemas)\b|\b(?:hab(?:é|e)is|han) enviado (?:este|ese|esto)\b"
             r"|\bkomt (?:dit|deze|die|dat)\s(?:\S+\s)?(?:echt\s|wel\s)?van (?:jullie|u|it|de servicedesk|de helpdesk)\b")
_MAIL = r"\b(?:e-?mail|mail|message|sms|text|link|nachricht|courriel|correo|mensaje|bericht)s?\b|\bgot this\b|\breceived\b|\bbekommen\b|\bre(?:ç|c)u\b|\brecib\w+|\bontvangen\b"
_MAIL_FROM_YOU = unless_asked(rf"(?:{_MAIL})[\s\S]{{0,400}}?(?:{_FROM_YOU})|(?:{_FROM_YOU})[\s\S]{{0,400}}?(?:{_MAIL})")

# Who approved, granted or asked for a change long made, asked for an audit or a review: "who approved membership of
# X in 2023", "wer hat die Berechtigung genehmigt", "qui a validé cet accès", "quién aprobó el acceso", "wie heeft dit
# goedgekeurd". The answer is a record (a ticket number, an approval); nothing is to be granted.
_WHO_APPROVED = (r"\bwho (?:had |has )?(?:approved|authori[sz]ed|signed off|granted|requested|ordered)\b"
                 r"|\bwer (?:hat|hatte) (?:\S+ ){0,4}?(?:genehmigt|freigegeben|beantragt|bewilligt)\b"
                 r"|\bqui a (?:approuv|valid|autoris|accord|demand)(?:é|e)\b|\bqui(?:é|e)n (?:aprob(?:ó|o)|autoriz(?:ó|o)|solicit(?:ó|o)|concedi(?:ó|o))\b"
                 r"|\bwie heeft (?:\S+ ){0,4}?(?:goedgekeurd|aangevraagd|toegekend)\b")

# A leaving denied by the one it is said of: "the HR system lists me as a leaver, but I'm not leaving", "I haven't left,
# I still work here", "ich gehe nicht weg", "ich bin weiterhin angestellt", "je ne pars pas", "je suis toujours en
# poste", "no me voy", "sigo trabajando aquí", "ik ga niet weg", "ik werk hier nog". A record that says otherwise is
# the record's mistake, to correct with HR: no account is to close. Not a stay only until a date ("I'm not leaving
# before Friday", "ich bin noch bis Freitag da"): that one still goes.
_NOT_UNTIL = r"(?![^.!?\n]{0,30}\b(?:until|till|before|bis|vor dem|jusqu|avant|hasta|antes|tot|voor)\b)"
_LEAVING_DENIED = (
    r"(?:\b(?:i|he|she|they)(?:'m|'s|'re| am| is| are) not (?:leaving|a leaver|going anywhere)\b"
    r"|\b(?:i|he|she|they) (?:haven'?t|hasn'?t|have not|has not|did not|didn'?t) (?:actually )?(?:left|leave)\b"
    r"|\b(?:i|he|she|they)(?:'m|'s|'re| am| is| are) still (?:employed|working here|on the staff|a member of staff)\b"
    r"|\bich (?:gehe|verlasse) (?:\S+ ){0,3}?nicht\b(?! mehr)|\b(?:ich bin|sie ist|er ist) (?:doch |weiterhin |noch )+(?:angestellt|besch(?:ä|ae)ftigt|im dienst)\b"
    r"|\bje ne (?:pars|quitte) pas\b|\bje suis toujours (?:en poste|salari(?:é|e)e?|employ(?:é|e)e?)\b"
    r"|\bno me (?:voy|he ido)\b|\bsigo (?:trabajando|en plantilla|contratad[oa])\b"
    r"|\bik (?:ga|vertrek) niet\b|\bik werk (?:hier )?nog\b|\bik ben nog (?:gewoon )?in dienst\b)"
    + _NOT_UNTIL
)

FALSE_ALARM_VETOES: list[Veto] = [
    veto
    for category in ("password_reset", "account_unlock", "mfa_reset", "group_membership", "mailbox_access",
                     "license_change", "offboarding", "session_revoke")
    for veto in (
        # "thought my account was locked but I had caps lock on. sorry, please close": nothing happened to undo.
        Veto(category, rx(_SLIP_CLOSED), 3.0),
        # "got a mail 'your account will be locked in 24 hours, verify here'. is it from you?": a mail to judge.
        Veto(category, rx(_MAIL_FROM_YOU), 3.0, words("from", "send", "von", "geschickt", "de vous", "vous qui",
                                                       "vuestro", "vosotros", "ustedes", "enviado", "van ")),
    )
] + [
    # "the HR record shows me as a leaver from Friday. I'm not leaving!": the record is wrong, nobody goes.
    Veto("offboarding", rx(_LEAVING_DENIED), 3.0),
    # "INC0012345 (scanner driver for Tom) can be closed, Tom has left": the leaving closes the ticket.
    Veto("offboarding", rx(_CLOSED_AS_LEFT), 3.0),
    # "audit asks who approved Tom's membership of FIN_ADMIN last year; please send the approval": a record.
    *(Veto(category, rx(unless_asked(_WHO_APPROVED)), 3.0)
      for category in ("group_membership", "mailbox_access", "license_change")),
]
