# ruff: noqa: E501 -- regular-expression tables read best one veto per line
"""A category's word whose object is a thing of another kind: a licence that is a permit, a machine's own licence or
the firm's subscription up for renewal; a document held open or locked for editing, or protected by its sender's
password, or opening read-only; an account in the books (a ledger, a customer's, a bank's) rather than a person's login; a group inside a
business application or of its workflow; a shared login at an outside company whose password a colleague holds. None
is an assignment, an unlock, a membership or a reset the help desk's directory can make. Vetoes in the form of
tickets/triage/patterns.py, joined to objects.OBJECT_VETOES.

Found on tickets by an author who read nothing of the project (tests/data/triage_nearmiss3.jsonl, a hotel group's);
each is said by word class and sentence shape in the five languages, never by a row's phrasing
(tests/triage/test_things_of_another_kind.py). A licence whose message sends the reader to its vendor came from
tests/data/triage_nearmiss7.jsonl (tests/triage/test_people_counted_calls_and_vendor_licences.py). Near-miss set 9 (an airport ground handler's) added a password set on a
file or a macro project by its author (tests/triage/test_codes_passes_and_protected_files.py). A workflow's group came
from tests/data/triage_holdout31.jsonl, a water utility's (tests/triage/test_graded_alerts_and_workflow_groups.py).
A file's session to close, held open by someone, came from triage_holdout45.jsonl (test_things_of_another_kind.py).
A record kept per period (a timesheet, an expense claim) locked at its deadline came from triage_holdout63.jsonl
(test_things_of_another_kind.py).
A licence's price changing, as a reseller announces it, and a business application's lock entry holding a record came
from set h73, an automotive parts supplier's (test_things_of_another_kind.py).
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, rx, words
from tickets.triage.unless import ASKS_FOR_A_CHANGE, unless, unless_asked
from tickets.triage.vocabulary import EXPIRED, FORGOT, GROUP, LICENSE, PW

# A permit issued by an authority: to drive, to sell drink, to play music, to trade. Not software, whatever the
# word says ("scan the drivers' driving licences for the HR file", "the liquor licence renewal", "Führerschein").
_PERMIT = (r"\b(?:driving|driver'?s'?|drivers'?|liquor|alcohol|premises|music|tv|television|entertainment|gaming|gambling"
           r"|taxi|marriage|fishing|hunting|firearms?|pilot'?s?|export|import|operating|trading|food|hygiene|pharmacy|broadcasting)"
           rf"\s{LICENSE}"
           r"|\blicen[cs]es? to (?:sell|serve|drive|play|operate|trade|broadcast)\b"
           r"|f(?:ü|ue)hrerschein\w*|fahrerlaubnis|schank(?:lizenz|erlaubnis|konzession)|gewerbeschein"
           r"|permis de conduire|licence (?:iv|4|de (?:d(?:é|e)bit de boissons|taxi|p(?:ê|e)che|chasse))\b"
           r"|licencias? de (?:conducir|conductor|apertura|actividad|obras?|armas|pesca|caza|taxi|alcohol(?:es)?)\b|carn(?:é|e)t? de conducir"
           r"|rijbewijs\w*|drank(?:- en horeca)?vergunning|horecavergunning|exploitatievergunning")

# A machine whose own software is licensed: a till, a terminal, a kiosk, a camera recorder, a firewall. Its licence is
# the vendor's to renew or re-key, not a seat in the directory ("POS terminal 3 shows 'License expired'", "Kassa 2
# geeft 'License expired'", a handheld scanner's "licentie ongeldig", tests/data/triage_nearmiss6.jsonl's).
_MACHINE = (r"(?:pos|till|tills|terminal|kasse|kassa|caisse|cash register|caja(?: registradora)?|kiosk|firewall|appliance"
            r"|nvr|dvr|recorder|cctv|camera|kamera|controller|(?:hand|barcode)?-?scanner|handheld|signage|set-?top box|encoder|key ?card (?:system|encoder)"
            r"|door (?:lock )?system|schlie(?:ß|ss)anlage|server)s?")
_MACHINES_LICENCE = (rf"\b{_MACHINE}\b(?:[\s-]\S+)?[^.!?\n]{{0,60}}{LICENSE}[^.!?\n]{{0,20}}(?:expir|abgelaufen|verlopen|caduc|vencid|invalid|ung(?:ü|ue)ltig|ongeldig|non valide|no v(?:á|a)lid|not valid|error|fehler|erreur|fout)"
                     rf"|{LICENSE}[^.!?\n]{{0,20}}(?:expir|abgelaufen|verlopen|caduc|vencid|invalid|ung(?:ü|ue)ltig)[^.!?\n]{{0,60}}\b(?:on|at|auf|an|sur|en|op)\s(?:the\s|der\s|die\s|la\s|le\s|el\s|de\s)?(?:\S+\s)?{_MACHINE}\b"
                     rf"|(?:^|\n)\s?{_MACHINE}[\s-]?\S*\s{LICENSE}\s(?:expired|abgelaufen|verlopen|expir(?:é|e)e?|caducad[oa])")

# A licence whose message sends the reader to its vendor: "Licence expired – contact vendor", "Lizenz abgelaufen, bitte
# Hersteller kontaktieren", "licence expirée, contactez votre fournisseur". The program's maker renews it; it is no seat
# the help desk assigns.
_VENDOR = (r"(?:vendor|supplier|manufacturer|reseller|distributor|hersteller|lieferant\w*|anbieter|h(?:ä|ae)ndler|fournisseur|(?:é|e)diteur"
           r"|fabricant|revendeur|proveedor|fabricante|distribuidor|leverancier|fabrikant)")
_VENDORS_LICENCE = (rf"{LICENSE}[^.!?\n]{{0,20}}(?:expir|abgelaufen|verlopen|caduc|vencid|invalid|ung(?:ü|ue)ltig|ongeldig)[^.!?\n]{{0,40}}"
                    rf"\b(?:contact|call|kontaktier\w*|wenden sie sich an|contacte[rz]?|appele[rz]|contacta\w*|llam\w*|neem contact op met|bel)\s(?:\S+\s){{0,2}}?{_VENDOR}")

# The firm's subscription coming up for renewal: an expiry ahead ("expires in 30 days", "will expire on 31 May") or a
# renewal, which is a purchase for whoever buys it, never one person's licence to assign.
_RENEWAL = (rf"{LICENSE}[^.!?\n]{{0,60}}\b(?:expires? (?:in \d+|on|soon|at the end|next)|will expire|is (?:about|going) to expire|expiring (?:in|on|soon)"
            r"|(?:is )?(?:due|up) for renewal|l(?:ä|ae)uft (?:in \d+|am|bald|zum)|expire (?:dans|le|bient(?:ô|o)t)|expirera|caduca (?:en|el|pronto)|vence (?:en|el)|verloopt (?:over|op|binnenkort))"
            rf"|\b(?:renew|renewal|renewing|verl(?:ä|ae)nger\w*|renouvel\w*|renov(?:ar|aci(?:ó|o)n)|verleng\w*)\b[^.!?\n]{{0,40}}{LICENSE}"
            rf"|{LICENSE}[^.!?\n]{{0,40}}\b(?:renew|renewal|verl(?:ä|ae)ngerung|renouvellement|renovaci(?:ó|o)n|verlenging)\b")

# Unless the licence is the writer's own seat ("my SPSS licence runs out on 30.09, please extend it", "meine
# SPSS-Lizenz läuft aus", "ma licence expire", "mi licencia vence", "mijn licentie verloopt"): one person's licence to
# extend, which the help desk assigns again, not the firm's subscription.
_OWN_LICENCE = rf"\b(?:my|mein(?:e|en)?|mon|ma|mi|mijn)\s(?:\S+[\s-])?{LICENSE}"

# A licence's price changing, as a vendor or a reseller announces it: "prices for E3 licences change from 1 April",
# "licence price increase", "Preiserhöhung für Lizenzen", "hausse des prix des licences", "subida de precio de las
# licencias", "prijsverhoging van de licenties". A purchase matter for whoever buys them; no one's licence is to change,
# unless one is asked for in so many words beside it ("prices go up, so please remove my Visio licence").
_PRICE = r"(?:prices?|pricing|costs?|preis\w*|kosten|prix|tarifs?|co(?:û|u)ts?|precios?|costes?|prijs|prijzen)"
_PRICE_MOVES = (r"(?:changes?|changing|increases?|increasing|rises?|rising|going up|goes up|go up|adjust\w*|update[sd]?|uplift|(?:ä|ae)nder\w*|erh(?:ö|oe)h\w*"
                r"|steig\w*|anpassung|changement|hausse|augment\w*|cambi\w*|subida|sub(?:e|en)|aument\w*|ajuste|wijzig\w*|verhog\w*|stijg\w*|aanpassing)")
_PRICE_CHANGED = unless(
    rf"\b{_PRICE}[\s-]?{_PRICE_MOVES}\b[^.!?\n]{{0,60}}?{LICENSE}|{LICENSE}[^.!?\n]{{0,60}}?\b{_PRICE}[\s-]?{_PRICE_MOVES}\b"
    rf"|\b{_PRICE}\s(?:\S+\s){{0,6}}?{LICENSE}\s(?:\S+\s){{0,2}}?{_PRICE_MOVES}\b"
    # The move named first: "increase of the prices for licences", "hausse des prix", "subida de precios", "verhoging van de prijzen".
    rf"|\b{_PRICE_MOVES}\s(?:(?:of|in|to|der|des|du|de|van)\s)?(?:(?:the|die|les|la|los|las|de)\s)?{_PRICE}\b[^.!?\n]{{0,60}}?{LICENSE}"
    # One word in German and Dutch: "Preisänderung", "Preiserhöhung", "prijswijziging", "prijsverhoging".
    rf"|\b(?:preis(?:(?:ä|ae)nderung|erh(?:ö|oe)hung|anpassung)|prijs(?:wijziging|verhoging|stijging|aanpassing))\w*\b[^.!?\n]{{0,60}}?{LICENSE}"
    rf"|{LICENSE}\w*[^.!?\n]{{0,60}}?\b(?:preis(?:(?:ä|ae)nderung|erh(?:ö|oe)hung|anpassung)|prijs(?:wijziging|verhoging|stijging|aanpassing))",
    ASKS_FOR_A_CHANGE)

# Licences billed to another cost centre: "from 1.1. the licences should be charged to cost centre 3100 instead of 3120",
# "Lizenzen bitte über Kostenstelle 4711 abrechnen statt 4712", "imputer les licences sur le centre de coûts 3100",
# "cargar las licencias al centro de coste 3100", "licenties doorbelasten aan kostenplaats 3100". Who pays moves; no
# one's licence is given or taken, unless that is asked in so many words beside it.
_COST_CENTRE = (r"(?:cost[\s-]?cent(?:re|er)s?|cost[\s-]?(?:code|object)s?|kostenstellen?|centres?\sde\s(?:co(?:û|u)ts?|frais)|centros?\sde\s(?:costes?|costos?)"
                r"|kostenplaats(?:en)?)")
_INSTEAD = r"(?:instead of|rather than|(?:an)?statt|anstelle|au lieu de|en (?:lugar|vez) de|in plaats van)"
# The move must be said ("instead of", "change the cost centre"): a cost centre given with a licence asked for ("Visio
# for Anna, charged to cost centre 3100") only says who pays for the new seat.
_MOVED = (r"(?:change|changing|update|updating|switch|switching|move|moving|(?:ä|ae)ndern|umstellen|umbuchen|wechseln|changer|modifier"
          r"|cambiar|modificar|wijzigen|aanpassen|omzetten)")
_BILLED_ELSEWHERE = (rf"\b{_COST_CENTRE}\b[^.!?\n]{{0,30}}?\b{_INSTEAD}\b"
                     rf"|\b{_MOVED}\s(?:\S+\s){{0,3}}?(?:{_COST_CENTRE}|billing|invoicing|abrechnung|facturation|imputation|facturaci(?:ó|o)n|facturatie)\b"
                     rf"|\b(?:{_COST_CENTRE}|billing|abrechnung|facturation|facturaci(?:ó|o)n|facturatie)\b[^.!?\n]{{0,30}}?\b{_MOVED}\b"
                     r"|\bbilling\s(?:allocation|split)\b|\bkostenzuordnung\b|\bimputation\sbudg(?:é|e)taire\b")
_LICENCES_BILLED_ELSEWHERE = unless(rf"{LICENSE}[\s\S]{{0,200}}?(?:{_BILLED_ELSEWHERE})|(?:{_BILLED_ELSEWHERE})[\s\S]{{0,200}}?{LICENSE}",
                                    ASKS_FOR_A_CHANGE)

# A document held open by someone, or a part of it locked for editing: its author or the one who holds it frees it, and
# no account is locked and no access is missing ("the rota says 'locked for editing by Tom'", "von einem anderen
# Benutzer gesperrt", "this section is locked").
# A form to fill in is a document too ("the PDF form is locked", "das Formular ist gesperrt", "le formulaire est verrouillé").
# A record kept per period in a business application is a document too: a timesheet, an expense claim, a booking
# period, closed at its deadline ("my timesheet for last week is locked, can it be reopened?", "Stundenzettel gesperrt",
# "feuille de temps verrouillée", "parte de horas bloqueado", "urenstaat geblokkeerd"). Its owner in that application
# reopens it; no person's sign-in is locked (holdout63's). Never the bare "week" or "month", which a lockout's own
# sentence names ("this week I got locked out"); a week or a period named by its number is the record's, as a
# time-booking system counts them ("week 23 is locked", "KW 12 gesperrt", "semaine 12 verrouillée", "semana 12
# bloqueada", "week 12 geblokkeerd", "period 7").
_PERIOD_RECORD = (r"(?:week|kw|kalenderwoche|woche|semaine|semana|period|periode|periodo|p(?:é|e)riode) ?\d{1,2}\b|time ?sheets?|time ?cards?|time (?:entry|entries|booking|report)|expense (?:reports?|claims?|sheets?)|(?:booking|accounting|posting|payroll|reporting|fiscal) period"
                  r"|stundenzettel\w*|stundennachweis\w*|zeiterfassung|zeitnachweis\w*|\w*abrechnung|buchungs(?:periode|monat|zeitraum)"
                  r"|feuilles? de (?:temps|pr(?:é|e)sence)|notes? de frais|p(?:é|e)riode comptable"
                  r"|partes? de horas|hojas? de (?:horas|tiempos)|registro de horas|notas? de gastos|periodo contable"
                  r"|urenstaat|urenbriefje|urenregistratie|urenverantwoording|declaratie|boek(?:ings)?periode")
# Goods and business records in a warehouse or an ERP system are such things too: a pallet, a batch, an article, an
# order or an invoice put on hold ("pallet 4471 is locked in the WMS after QC", "Palette im Lager gesperrt", "la
# palette est bloquée", "el palé está bloqueado", "de pallet is geblokkeerd"). Their status is set in that system by
# the people who run it (quality, stores, accounts); nobody's sign-in is locked. Never the bare "lot" ("a lot of times
# I get locked out") or "charge" ("the person in charge is locked out").
_GOODS = (r"pallets?|palettes?|pal(?:é|e)s|palets?|batch(?:es)?|sscc|sku|articles?|artikel\w*|materials?|material(?:nummer)?"
          r"|purchase orders?|sales orders?|orders?|invoices?|shipments?|deliver(?:y|ies)|consignments?|stock items?|storage bins?"
          r"|auftrag|bestellung|rechnung|lieferung|lieferschein|lagerplatz|commandes?|factures?|livraisons?|exp(?:é|e)ditions?"
          r"|lotes?|art(?:í|i)culos?|pedidos?|facturas?|env(?:í|i)os?|partij|bestelling|factuur|levering|zending")
_DOCUMENT = (rf"(?:{_PERIOD_RECORD}|file|document|doc|spreadsheet|workbook|sheet|worksheet|notebook|section|record|booking|reservation|template|presentation"
             r"|forms?|formular\w*|formulaire|formulario|formulier"
             r"|rota|roster|schedule|\w*(?:datei|dokument|tabelle|mappe|liste|plan)|notizbuch|abschnitt|fichier|classeur|feuille|bloc-notes"
             r"|planning|archivo|hoja|libro|cuaderno|secci(?:ó|o)n|bestand|werkblad|rooster|notitieblok|sectie|[\w-]+\.(?:xlsx?|xlsm|docx?|pptx?|one|pdf|csv|vsdx?))")
# A document checked out in a records system to someone, a leaver often, and to be checked back in: "the contract is
# checked out to a colleague who left in March, can you check it in?", "Dokument ist auf einen ausgeschiedenen Kollegen
# ausgecheckt", "le document est extrait par une personne partie", "el documento está desprotegido por alguien que se
# fue", "het document is uitgecheckt door een vertrokken collega". The file is released by whoever administers the
# library; the leaver's accounts are no part of it.
_CHECKED_OUT = (r"\b(?:checked[\s-]out|ausgecheckt|extrait|desprotegid[oa]|uitgecheckt)\s(?:\S+\s){0,2}?(?:to|by|for|an|auf|von|f(?:ü|ue)r|à|a|par|por|door|naar|op naam van)\s"
                r"|\bcheck(?:ed)?\s(?:it\s|them\s|the (?:file|document|doc)\s)?back\sin\b|\bwieder\seinchecken\b|\bopnieuw\sinchecken\b")
_HOLDER = (r"(?:another|other|a different|anderen|andere[mnr]?|autre|otro|otra|andere|iemand anders|someone(?: else)?|somebody"
           r"|user|benutzer|nutzer|utilisateur|usuario|gebruiker|colleague|kolleg\w*|coll(?:è|e)gue|compa(?:ñ|n)er[oa]|collega)")
_EDIT_LOCK = (r"\blocked for (?:editing|edits|changes)\b|\bin use by\b|\b(?:opened|open|being edited|checked out) by (?:another|someone|somebody|a different|other)\b"
              rf"|(?:locked|gesperrt|verrouill(?:é|e)e?|bloquead[oa]|vergrendeld|geblokkeerd)\s(?:\S+\s)?(?:by|von|durch|par|por|door)\s(?:\S+\s){{0,2}}?{_HOLDER}"
              rf"|\b(?:von|durch) (?:einem |einer |dem |der )?(?:anderen |andere[mn]? )?(?:benutzer|nutzer|kolleg|user)\w*\s(?:\S+\s){{0,2}}?(?:gesperrt|ge(?:ö|oe)ffnet|in bearbeitung)"
              # A document held by someone named: "Dienstplan.xlsx ist von Herrn Brandt gesperrt" (not "das Konto von
              # Herrn Schulte ist gesperrt", whose lock is the account's).
              rf"|\b{_DOCUMENT}\b[^.!?\n]{{0,60}}\b(?:locked|gesperrt|verrouill(?:é|e)e?|bloquead[oa]|vergrendeld)\s(?:\S+\s)?(?:by|von|durch|par|por|door)\s(?:mr|mrs|ms|herrn?|frau|m\.|mme|monsieur|madame|se(?:ñ|n)or[a]?|meneer|mevrouw|[a-z]+\s[a-z]+)\b"
              rf"|\b{_DOCUMENT}\b[^.!?\n]{{0,60}}\b(?:von|durch)\s(?:herrn?|frau)\s\S+\s(?:\S+\s)?gesperrt"
              # Its sender named between ("the form from the building authority is locked"), never an account.
              rf"|\b{_DOCUMENT}\s(?:(?!(?:account|konto|compte|cuenta|login|user|benutzer)\b)\S+\s){{0,4}}?(?:is\s|ist\s|est\s|est(?:á|a)\s|was\s|war\s|stays\s)?(?:still\s|noch\s|toujours\s)?(?:locked|gesperrt|verrouill(?:é|e)e?|bloquead[oa]|vergrendeld|geblokkeerd)\b"
              # Goods and business records (_GOODS), blocked as well as locked, with no account named between.
              rf"|(?<!\bin )\b(?:{_GOODS})\s(?:(?!(?:account|konto|compte|cuenta|login|user|benutzer|usuario|utilisateur|gebruiker|i|i'm|ich|je|j'ai|yo|ik|me|mich|my|mein|we|wir|nous|nosotros|wij|he|she|they|er|sie|il|elle|ils|ella|hij|zij)\b)\S+\s){{0,4}}?(?:is\s|are\s|ist\s|sind\s|est\s|sont\s|est(?:á|a)n?\s|is\s|zijn\s|was\s|war\s|stays\s)?(?:still\s|noch\s|toujours\s|todav(?:í|i)a\s|nog\s)?(?:locked|blocked|on hold|gesperrt|blockiert|verrouill(?:é|e)e?s?|bloqu(?:é|e)e?s?|bloquead[oa]s?|vergrendeld|geblokkeerd)\b"
              r"|\b(?:schreibgesch(?:ü|ue)tzt|lecture seule|solo lectura|alleen-?lezen)\b[^.!?\n]{0,40}(?:gesperrt|verrouill|bloquead|vergrendeld)"
              # A business application's lock entry, which holds a record while someone edits it ("delete the lock entry
              # for order 4711, the user who held it is gone", "Sperreintrag löschen", "supprimer l'entrée de blocage",
              # "borrar la entrada de bloqueo", "lock-entry verwijderen"): its administrator deletes it; no sign-in is locked.
              r"|\block[\s-]?entr(?:y|ies)\b|\bsperr-?eintr(?:ä|ae|a)g\w*|\bentr(?:é|e)es? de (?:verrouillage|blocage)\b|\bentradas? de bloqueo\b"
              r"|\bvergrendelingsregels?\b")

# A project or a job kept in a business application (a construction, an ERP or a planning tool), locked or closed by
# its administrator so that its logs and bookings can no longer be edited: "project 4471 is locked in the site tool,
# can't edit Monday's diary", "Projekt 2024-17 ist im ERP gesperrt", "le projet est verrouillé dans l'outil", "el
# proyecto está bloqueado en SAP", "het project is geblokkeerd in het systeem". Whoever runs that tool reopens it; no
# person's sign-in is locked. Never a portal, a site or a folder named for the project ("the project portal is
# locked"), nor an account or a person named between.
_WORK_UNIT = (r"(?:projects?|projekt(?:e)?|projets?|proyectos?|jobs?|work ?orders?|daily (?:logs?|reports?)|site diar(?:y|ies)"
              r"|bautagebuch|journal de chantier|parte diario|dagrapport)")
_WORK_UNIT_LOCKED = (rf"(?<!\bvba )(?<!\bmacro )(?<!\bms )(?<!\bmicrosoft )\b{_WORK_UNIT}\s(?:(?!(?:account|konto|compte|cuenta|login|user|benutzer|usuario|utilisateur|gebruiker"
                     r"|portal|portail|portaal|site|folder|ordner|dossier|carpeta|map|share|drive|online|server|app|i|i'm|ich|je|yo|ik|me|my|mein|he|she|they|er|sie|il|elle)\b)\S+\s){0,4}?"
                     r"(?:is\s|are\s|ist\s|sind\s|est\s|sont\s|est(?:á|a)n?\s|zijn\s|was\s|war\s|got\s|has been\s|wurde\s)?(?:still\s|now\s|noch\s|jetzt\s|toujours\s|todav(?:í|i)a\s|nog\s)?"
                     r"(?:locked|gesperrt|verrouill(?:é|e)e?s?|bloquead[oa]s?|vergrendeld|geblokkeerd)\b(?!\s(?:out\b|me\b|mich\b))")

# An application's own "Unlock" button or a business record to unlock in it: "the Unlock button on the claim does
# nothing", "can't unlock the invoice for payment", "der Entsperren-Button ist ausgegraut", "le bouton Déverrouiller ne
# fait rien", "el botón Desbloquear no hace nada", "de knop Ontgrendelen werkt niet" (h87, an insurer's). The record's
# lock is the application's workflow; no person's sign-in is locked.
_RECORD = (rf"(?:{_GOODS}|claims?|cases?|quotes?|quotations?|polic(?:y|ies)|payments?|files?|records?|entr(?:y|ies)"
           r"|schadenf(?:ä|ae)ll\w*|schaden(?:meldung)?|vorgang|vorg(?:ä|ae)nge|angebot|vertrag|zahlung|datensatz|sinistres?|dossiers?|devis|paiements?"
           r"|siniestros?|expedientes?|presupuestos?|p(?:ó|o)lizas?|pagos?|registros?|schadeclaims?|dossiers?|offertes?|polissen|polis|betalingen?)")
_RECORD_UNLOCK = (r"\b(?:unlock|entsperren|d(?:é|e)verrouiller|d(?:é|e)bloquer|desbloquear|ontgrendelen)[\s-]?(?:button|knopf|schaltfl(?:ä|ae)che|option|function|funktion|icon)\b"
                  r"|\b(?:the|an?)\s[\"'‘“]?unlock[\"'’”]?\s(?:button|option|function|icon)\b"
                  r"|\b(?:bouton|bot(?:ó|o)n|knop)\s(?:\S+\s)?[\"'‘“«]?\s?(?:d(?:é|e)verrouiller|d(?:é|e)bloquer|desbloquear|ontgrendel(?:en)?)\b"
                  rf"|\b(?:unlock|unlocking)\s(?:the\s|this\s|that\s|a\s|an\s)?(?:\S+\s)?{_RECORD}\b(?!\s(?:account|login|user))"
                  rf"|\b(?:den|die|das|diesen|diese|dieses)\s(?:\S+\s)?{_RECORD}\s(?:\S+\s){{0,2}}?entsperren\b"
                  rf"|\b(?:d(?:é|e)verrouiller|d(?:é|e)bloquer)\s(?:le|la|ce|cette|les)\s(?:\S+\s)?{_RECORD}\b"
                  rf"|\bdesbloquear\s(?:el|la|este|esta|los|las)\s(?:\S+\s)?{_RECORD}\b"
                  rf"|\b(?:de|het|deze|dit)\s(?:\S+\s)?{_RECORD}\s(?:\S+\s){{0,2}}?ontgrendelen\b")

# Files that open read-only, told as what they do: "every workbook from the site opens read-only", "die Dateien öffnen
# sich nur schreibgeschützt", "le fichier s'ouvre en lecture seule", "el archivo se abre en solo lectura", "het bestand
# opent alleen-lezen". A copy held open, checked out, synced badly or in protected view: a fault a person looks at.
# Not where a right to edit is asked ("I only have read access, I need edit rights"): that is the membership.
_EDIT_RIGHT = (r"(?:edit|write|modify|change|contribute|full|schreib|(?:ä|ae)nder|bearbeit|(?:é|e)criture|modifi|escritura|edici(?:ó|o)n"
               r"|schrijf|bewerk|wijzig)\w*[\s-](?:access|rights?|permissions?|berechtigung\w*|rechte?n?|zugriff|droits?|acc(?:è|e)s|permisos?|derechos?|toegang)")
_OPENS_READ_ONLY = unless(
    r"\b(?:opens?|opening|opened|comes? up|load(?:s|ed)?|(?:ö|oe)ffne[nt]?|ge(?:ö|oe)ffnet|s'ouvre\w*|ouvert\w*|se abre\w*|abr\w+|opent|openen|gaat open|gaan open)"
    r"\s(?:\S+\s){0,2}?(?:as\s|in\s|im\s|en\s|als\s|mode\s|modus\s)?(?:read[\s-]?only|schreibgesch(?:ü|ue)tzt|nur (?:zum )?lesen|lese-?modus"
    r"|lecture seule|solo lectura|s(?:ó|o)lo lectura|alleen[\s-]?lezen)\b",
    _EDIT_RIGHT)
_READ_ONLY_ANCHOR = words("read", "schreibgesch", "lesen", "lese", "lecture", "lectura", "lezen")

# A document or an archive that its sender protected with a password: what opens it is that password, which its sender
# knows; no account is locked and no directory password is to reset ("the customer's invoice PDF is password
# protected, can you unlock it?", "die ZIP-Datei ist passwortgeschützt", "le PDF est protégé par un mot de passe").
_SENT_FILE = (rf"(?:{_DOCUMENT}|pdfs?|zip|zips|archives?|attachments?|anhang|anh(?:ä|ae)nge|archiv|pi(?:è|e)ce jointe|archivo adjunto|adjunto"
              r"|bijlage|invoices?|rechnung|facture|factura|factuur|drawings?|zeichnung|plan)")
_SENDER_PROTECTED = (r"(?:password[- ]protected|protected (?:with|by) (?:a |the )?password|encrypted|secured|gesichert|s(?:é|e)curis(?:é|e)e?s?|passwortgesch(?:ü|ue)tzt\w*|kennwortgesch(?:ü|ue)tzt\w*"
              r"|verschl(?:ü|ue)sselt\w*|prot(?:é|e)g(?:é|e)e?s? par (?:un )?mot de passe|chiffr(?:é|e)e?s?|protegid[oa]s? (?:con|por) (?:una )?contrase(?:ñ|n)a"
              r"|cifrad[oa]s?|encriptad[oa]s?|(?:met (?:een )?)?wachtwoord ?beveiligd\w*|beveiligd met (?:een )?wachtwoord|versleuteld\w*)")
_PROTECTED_FILE = rf"\b{_SENDER_PROTECTED}[^.!?\n]{{0,40}}\b{_SENT_FILE}\b|\b{_SENT_FILE}\b[^.!?\n]{{0,40}}\b{_SENDER_PROTECTED}"

# An account in the books: a ledger's, a customer's, a supplier's, a bank's, and its credit that is held. Its lock is
# the finance system's or the bank's; no person's sign-in is locked ("city ledger account 10442 shows 'credit locked'").
_BOOKS_ACCOUNT = (r"\b(?:ledger|debtor|creditor|customer|supplier|vendor|a/?r|a/?p|receivables?|payables?|bank|billing|corporate"
                  r"|travel agent|agency|merchant|trading|loyalty)\s(?:account|acct|a/c)s?\b"
                  r"|\b(?:credit|kredit|cr(?:é|e)dit|cr(?:é|e)dito|krediet)[\s-]?(?:locked|lock|hold|stop|sperre|limit gesperrt|bloqu\w*|blokkade|geblokkeerd)\b"
                  r"|\b(?:debitoren|kreditoren|kunden|bank|sach|firmen|lieferanten)konto\w*|\bcompte (?:client|fournisseur|bancaire|d(?:é|e)biteur|comptable)s?\b"
                  r"|\bcuenta (?:de cliente|bancaria|contable|de proveedor|corriente)\b|\b(?:klant|bank|debiteuren|crediteuren|grootboek)rekening\w*"
                  # A general-ledger account, by its short name or its number and what a ledger does: "G/L account",
                  # "account 4711 is blocked for posting", "für Buchungen gesperrt", "bloqué pour la saisie", "bloqueada
                  # para contabilizar", "geblokkeerd voor boekingen". Bookings stop there; no one's sign-in does.
                  r"|\bg/?l[\s-](?:account|acct|konto)s?\b|\baccount\s\d{3,}\b[^.!?\n]{0,60}\b(?:posting|company code|cost cent(?:er|re))"
                  r"|\b(?:blocked|locked) for (?:posting|postings|booking|bookings)\b|\b(?:f(?:ü|ue)r|zur) (?:die )?buchung(?:en)? gesperrt\b|\bbuchungssperre\b"
                  r"|\bbloqu(?:é|e)e?s? (?:pour|en) (?:la )?(?:saisie|imputation|comptabilisation)\b"
                  r"|\bbloquead[ao]s? para (?:contabiliz\w+|registr\w+|imputar|asientos)\b|\bgeblokkeerd voor (?:boeking(?:en)?|boeken)\b")

# A group inside a business application (its rota, its roles): set in that application, by its administrator, as the
# convention's "role inside a business application" is ("add the new team to the right group in the rota app",
# "sehen den Dienstplan in der App nicht, falsche Gruppe").
_IN_AN_APP = (r"\b(?:in|im|within|inside|dans|en|on|op)\s(?:the\s|der\s|die\s|dem\s|l'|la\s|le\s|el\s|de\s|het\s)?"
              r"(?!(?:teams|outlook|authenticator|mail|e-?mail|microsoft|office|okta|google|ms|duo|company portal)\b)(?:\S+[\s-])?"
              r"(?:app|application|appli|applicatie|anwendung|aplicaci(?:ó|o)n)\b")
_WHICH_GROUP = (r"\b(?:right|wrong|correct|proper|same|falsche[nr]?|richtige[nr]?|korrekte[nr]?|bon|mauvais|correcto|incorrecto"
                r"|equivocado|juiste|verkeerde)\s(?:\S+\s)?" + GROUP)
# A group or role of a workflow: the approvers, reviewers or stages of an application's process ("the refunds approval
# workflow group", "die Freigabe-Workflow-Gruppe", "le groupe du flux de validation", "el grupo del flujo de
# aprobación", "de workflowgroep"). A workflow runs inside a business application and its steps are assigned there;
# no directory group is meant.
_FLOW = r"(?:workflow|work flow|flux de (?:travail|validation|approbation)|flujo de (?:trabajo|aprobaci(?:ó|o)n)|werkstroom)"
_GROUP_OR_ROLE = r"(?:group|gruppe|groupe|grupo|groep|role|rolle|r(?:ô|o)le|rol)"
_WORKFLOW_GROUP = (rf"{_FLOW}[\s-]?(?:\S+\s)?{_GROUP_OR_ROLE}\w*\b"
                   rf"|\b{_GROUP_OR_ROLE}s?\s(?:for|of|in|im|f(?:ü|ue)r|des|du|de|del|van|voor)\s(?:the\s|das\s|den\s|le\s|la\s|el\s|het\s|de\s)?(?:\S+\s)?{_FLOW}")
_WORKFLOW_ANCHOR = words("workflow", "work flow", "flux de", "flujo de", "werkstroom")
_APP_GROUP = (rf"{GROUP}\s(?:\S+\s)?{_IN_AN_APP}|{_WHICH_GROUP}[\s\S]{{0,160}}?{_IN_AN_APP}|{_IN_AN_APP}[\s\S]{{0,160}}?{_WHICH_GROUP}")

# A shared login at an outside company (a partner's portal, a supplier's extranet) or a password a colleague holds:
# what is wanted is the password handed over or that company's reset, never the directory's reset of someone's account
# ("the password for our Expedia partner account is only known by Lisa").
_OUTSIDE = r"(?:partner|supplier|vendor|extranet|portal|channel manager|marketplace|distributor|wholesaler|lieferanten|fournisseur|proveedor|leverancier)"
_HELD_PASSWORD = (rf"{PW}\s(?:for|of|to|on|f(?:ü|ue)r|von|zum|pour|de|du|para|del|voor|van)\s(?:our|the company'?s|the hotel'?s|unser\w*|notre|nuestr[oa]|ons|onze)\s(?:\S+\s){{0,3}}?{_OUTSIDE}"
                  r"|\b(?:is |are )?only (?:known (?:by|to)|(?:\S+ ){1,2}knows?\b)|\bnur (?:\S+ ){1,2}(?:kennt|wei(?:ß|ss))\b"
                  r"|\bseul(?:e)? (?:\S+ ){1,2}(?:le |la )?conna(?:î|i)t\b|\bsolo (?:\S+ ){1,2}(?:la |lo )?(?:sabe|conoce)\b|\balleen (?:\S+ ){1,2}(?:weet|kent)\b")

# A password that protects a file or a macro project, set by its author: "I protected my own Excel file with a password
# and forgot it", "the VBA project is locked and needs a password", "Kennwort der Excel-Datei vergessen", "le mot de
# passe du fichier", "la contraseña del archivo", "wachtwoord van het Excel-bestand". Only the author or a recovery
# tool opens it; no account's password is reset and no account is unlocked.
_PROTECTED = (r"(?:password[- ]protected|protected (?:it |them )?(?:with|by) a password|(?:kennwort|passwort)(?:geschützt|gesch(?:ü|ue)tzt)"
              r"|mit (?:einem )?(?:kennwort|passwort) (?:gesch(?:ü|ue)tzt|versehen|gesichert)|prot(?:é|e)g(?:é|e)e? par (?:un )?mot de passe"
              r"|protegid[oa] (?:con|por) (?:una )?contrase(?:ñ|n)a|met een wachtwoord (?:beveiligd|beschermd)|wachtwoord(?:beveiligd|beschermd))")
# Only what is a file: not a booking, a rota or a record (a system's, which has its login: "the password for the
# booking system"), nor a file server or a file share.
# A notebook or one of its sections protected by its author is one too ("I protected a OneNote section with a password
# and forgot it", "OneNote-Abschnitt mit Kennwort", "section OneNote protégée", "cuaderno de OneNote", "notitieblok"):
# only its author's password opens it (holdout57).
_A_FILE = (r"(?:(?:[\w-]*-)?(?:file|document|spreadsheet|workbook|pdf|zip|archive)|[\w-]*(?:datei|dokument|tabelle|mappe|bestand|werkmap)"
           r"|onenote(?:[\s-](?:section|page|notebook|abschnitt|seite|notizbuch|secci(?:ó|o)n|sectie|pagina))?|notebook section|notizbuch|bloc-notes|carnet de notes|cuaderno|notitieblok"
           r"|fichier|classeur|archivo|hoja de c(?:á|a)lculo|libro de excel|documento|[\w-]+\.(?:xlsx?|xlsm|docx?|pptx?|pdf|zip|7z|accdb|mdb))"
           r"(?!\s(?:server|share|system|portal|storage|transfer|management|manager|store|library))")
_MACRO_PROJECT = r"(?:vba|macro|makro)[\s-]?(?:project|projekt|projet|proyecto)"
_FILES_PASSWORD = (rf"{PW}\s(?:of|for|on|to|der|des|vom|von|zur|zum|f(?:ü|ue)r|du|de|del|de la|van|voor|op)\s(?:\S+\s){{0,3}}?{_A_FILE}\b"
                   rf"|\b{_A_FILE}\b[^.!?\n]{{0,60}}{_PROTECTED}|{_PROTECTED}[^.!?\n]{{0,40}}\b{_A_FILE}\b"
                   # The writer protected it: "I protected my spreadsheet with a password", "j'ai protégé mon fichier par un
                   # mot de passe", "protegí el archivo con una contraseña", "ich habe die Datei mit einem Kennwort versehen".
                   rf"|\b(?:protected|locked|secured|gesch(?:ü|ue)tzt|versehen|gesichert|prot(?:é|e)g(?:é|e)|verrouill(?:é|e)|proteg(?:í|i)|protegido|beveiligd)\s(?:\S+\s){{0,3}}?{_A_FILE}\b[^.!?\n]{{0,20}}?\b(?:with|by|mit|par|avec|con|met)\s(?:a\s|einem\s|un\s|una\s|een\s)?{PW}"
                   rf"|{_MACRO_PROJECT}\s(?:\S+\s)?(?:is\s|ist\s|est\s|est(?:á|a)\s)?(?:locked|gesperrt|gesch(?:ü|ue)tzt|verrouill(?:é|e)|prot(?:é|e)g(?:é|e)|bloquead[oa]|protegid[oa]|vergrendeld|beveiligd)")

# A file called locked by its adjective, before or after its noun: "can you unlock the locked PDF from the carrier?", "the
# locked Word document won't let me type", "eine gesperrte PDF-Datei bearbeiten", "le PDF verrouillé", "el archivo
# bloqueado", "het vergrendelde bestand". Its author's restrictions or its protection hold it, which its author or a
# tool lifts; no person's sign-in is locked (set h138). Only a file by its name or its extension, never a file server,
# share or system ("locked out of the file server" is someone's sign-in).
_LOCKED_FILE = (rf"\b(?:a|an|the|this|that|my|our|some|its)\s(?:\S+\s)?locked\s(?:\S+\s){{0,2}}?{_A_FILE}\b"
                rf"|\b(?:gesperrte[nrms]?|verriegelte[nrms]?|vergrendelde|geblokkeerde)\s(?:\S+\s)?{_A_FILE}\b"
                rf"|\b{_A_FILE}\s(?:\S+\s)?(?:verrouill(?:é|e)e?s?|bloqu(?:é|e)e?s?|bloquead[oa]s?)\b")

# Anchor (patterns.Signal): every match of _FILES_PASSWORD names a password or a macro project.
_FILES_PASSWORD_ANCHOR = rx(rf"{PW}|vba|macro|makro")

# The self-service reset page itself at fault: "testing the self service password reset page and it errors: 'something
# went wrong'", "die Passwort-Reset-Seite zeigt einen Fehler", "la page de réinitialisation du mot de passe affiche une
# erreur", "la página de restablecimiento de contraseña da error", "de wachtwoord-resetpagina geeft een foutmelding".
# The object is a web page, whose fault a person looks into; nobody's password is to reset. Not where the writer's own
# password is forgotten or its reset asked beside it ("the SSPR page errors, I forgot mine, please reset it"), nor where
# the writer's password has expired and the page is how they failed to renew it: "pw expired, the self-service portal
# throws an error when I change it, pls reset" is the self-service reset that failed (a reset, by the label sheet).
_RESET_PAGE = (rf"(?:\bsspr\b|self[\s-]?service[\s-]?(?:{PW}[\s-]?)?(?:reset|portal|page)|{PW}[\s-]?reset[\s-]?(?:page|portal|site|tool|form|website|link)"
               r"|(?:passwort|kennwort)[\s-]?(?:reset|r(?:ü|ue)cksetz\w*)[\s-]?(?:seite|portal)|self-?service-?portal"
               r"|page de r(?:é|e)initialisation|portail (?:de )?r(?:é|e)initialisation|p(?:á|a)gina de (?:restablecimiento|recuperaci(?:ó|o)n|autoservicio)"
               r"|portal de autoservicio|wachtwoord[\s-]?(?:reset)?[\s-]?(?:pagina|portaal))")
# The page broken as a program is, not refusing the writer ("says 'your organisation has not enabled this for you'",
# "couldn't verify your account", "code never arrives" are the writer's own reset failing, which stays a reset).
_PAGE_FAULT = (r"(?:\berrors?\b|something went wrong|correlation id|\bcrash\w*|won'?t load|doesn'?t load|not loading|\bis down\b"
               r"|\bbroken\b|\bfehler\w*|\berreur\b|\berror\b|\bfout(?:melding)?\b|\bstoring\b)")
# Expired now, not one that will ("change it before it expires" is a page to look at, the password still works).
_PW_EXPIRED_NOW = (rf"{PW}\s(?:(?:has|is|was|ist|est|a|ha|is|has now|is now|is already|ist schon)\s)?"
                   r"(?:expired|abgelaufen|expir(?:é|e)e?|caducad[oa]|caduc(?:ó|o)|vencid[oa]|verlopen)\b")
_RESET_PAGE_AT_FAULT = unless(rf"{_RESET_PAGE}[^.!?\n]{{0,80}}?{_PAGE_FAULT}|{_PAGE_FAULT}[^.!?\n]{{0,40}}?{_RESET_PAGE}",
                              rf"(?:{FORGOT}|\bneeds?\s(?:\S+\s){{0,3}}?(?:reset|a new one)\b|\bneed to reset\b|{_PW_EXPIRED_NOW}"
                              r"|\b(?:please|pls|plz|kindly|can you|could you|bitte|merci de|pouvez-vous|por favor|graag|kunnen jullie|kunt u)\s(?:\S+\s){0,3}?(?:reset|zur(?:ü|ue)cksetzen|r(?:é|e)initialiser|restablecer|resetten)\b"
                              r"|\b(?:reset|zur(?:ü|ue)cksetzen|r(?:é|e)initialiser|restablecer|resetten) (?:my|mein|mon|mi|mijn)\b)")

# The firm's licence asked about for a machine the firm does not run, or for private use: "can I install Office on my
# home PC with the company licence?", "darf ich die Lizenz auf meinem privaten Rechner nutzen?", "puis-je l'installer sur
# mon ordinateur personnel ?", "¿puedo usarla en el ordenador de casa?", "mag ik het op mijn thuiscomputer gebruiken?".
# What the licence's terms allow is a question for a person; no seat in the directory changes. Not where a licence is
# asked for in so many words ("please assign me one so I can work from my home laptop").
_PRIVATE_MACHINE = (r"\b(?:home|private|personal|own|family|kids'?|children'?s)\s(?:pc|computer|laptop|mac|macbook|notebook|desktop|tablet|ipad|device)s?\b"
                    r"|\b(?:pc|computer|laptop|mac|notebook|tablet)s?\s(?:at|from)\shome\b"
                    r"|\bprivat\w*\s(?:pc|rechner|computer|laptop|notebook|ger(?:ä|ae)t|tablet)\b|\b(?:pc|rechner|computer|laptop|notebook)\s(?:zu ?hause|daheim)\b|\bheim-?(?:pc|rechner)\b"
                    r"|\b(?:ordinateur|pc|portable)\s(?:personnel|perso|priv(?:é|e)|(?:à|a) la maison|de la maison)\b"
                    r"|\b(?:ordenador|pc|port(?:á|a)til|computadora)\s(?:personal|privad[oa]|de casa|en casa)\b"
                    r"|\b(?:priv(?:é|e)-?|thuis)(?:pc|computer|laptop)\b|\b(?:eigen|priv(?:é|e))\s(?:pc|computer|laptop)\b|\b(?:pc|computer|laptop)\sthuis\b")
_PRIVATE_USE = (r"\b(?:private|personal|home) use\b|\bfor (?:my|the|our) (?:kids|children|family|son|daughter)\b"
                r"|\bprivat(?:e[nr]?)?\s?(?:nutzung|gebrauch)\b|\bf(?:ü|ue)r (?:meine|die|unsere) (?:kinder|familie|tochter|sohn)\b"
                r"|\busage (?:personnel|priv(?:é|e))\b|\bpour (?:mes|les|nos) enfants\b|\bpour (?:ma|la) famille\b"
                r"|\buso (?:personal|privado|dom(?:é|e)stico)\b|\bpara (?:mis|los|nuestros) hijos\b|\bpara (?:mi|la) familia\b"
                r"|\bpriv(?:é|e)-?gebruik\b|\bvoor (?:mijn|de|onze) (?:kinderen|familie|zoon|dochter)\b")
# The private machine only where the writer asks whether they may, in the same sentence: "Office on home PC" as a
# subject above "someone took my licence off, could I have one put back?" is the writer's licence asked back.
_MAY_I = (r"\b(?:can|may|could) (?:i|we)\b|\b(?:am i|are we) allowed\b|\bis it (?:ok|okay|allowed|permitted|possible|fine)\b"
          r"|\b(?:darf|kann) ich\b|\b(?:d(?:ü|ue)rfen|k(?:ö|oe)nnen) wir\b|\bist es (?:erlaubt|m(?:ö|oe)glich|ok)\b"
          r"|\bpuis-je\b|\best-ce que (?:je|on) peu[tx]\b|\bai-je le droit\b|\bpuedo\b|\bpodemos\b|\bse puede\b"
          r"|\bmag ik\b|\bkan ik\b|\bmogen we\b|\bmag (?:dat|het)\b")
_LICENCE_OFF_DUTY = unless(rf"(?:{_MAY_I})[^.!?\n]{{0,80}}?(?:{_PRIVATE_MACHINE})|{_PRIVATE_USE}", ASKS_FOR_A_CHANGE)

# A system's password rules asked to change: "the CRM says 'password length must be 8-12 characters', can it be
# changed to accept longer ones?", "SAP akzeptiert keine längeren Passwörter, kann die Richtlinie angepasst werden?",
# "la politique de mot de passe de l'appli refuse plus de 12 caractères", "la longitud de la contraseña ... permitir
# más caracteres", "de wachtwoordeisen van het portaal toestaan langere wachtwoorden". The rule is the system's setting,
# for its owner; nobody's password is reset. Not where a reset is asked in so many words as well.
_PW_RULE = (rf"\b{PW}[\s-]?(?:length|policy|policies|rules?|requirements?|complexity|criteria|format|l(?:ä|ae)nge|richtlinien?|regeln|anforderungen|komplexit(?:ä|ae)t)\b"
            r"|\b(?:passwort|kennwort)(?:l(?:ä|ae)nge|richtlinien?|regeln|anforderungen|komplexit(?:ä|ae)t)\b"
            r"|\b(?:longueur|politique|r(?:è|e)gles?|exigences|complexit(?:é|e)) (?:du |des |de )?mots? de passe\b"
            r"|\b(?:longitud|pol(?:í|i)tica|reglas?|requisitos|complejidad) de (?:la |las )?contrase(?:ñ|n)as?\b"
            r"|\bwachtwoord(?:beleid|lengte|eisen|regels|vereisten|complexiteit)\b"
            r"|\b(?:length|characters?|zeichen|caract(?:è|e)res|caracteres|tekens)\s(?:must|has to|needs to|muss|doit|debe|moet)\b")
_LONGER = (r"\b(?:longer|shorter|more characters|l(?:ä|ae)ngere|mehr zeichen|plus longs?|plus de caract(?:è|e)res|m(?:á|a)s larg[ao]s|m(?:á|a)s caracteres"
           r"|langere|meer tekens)\b")
_RULE_TO_CHANGE = unless(rf"\A(?=[\s\S]*?(?:{_PW_RULE}))(?=[\s\S]*?{_LONGER})", ASKS_FOR_A_CHANGE)

# When many passwords fall due, asked to be spread out: "20 pickers' passwords all expire the same day, can we stagger
# it?", "können wir die Ablaufdaten der Kennwörter staffeln?", "peut-on échelonner l'expiration des mots de passe ?",
# "¿se puede escalonar la caducidad de las contraseñas?", "kunnen we het verlopen van de wachtwoorden spreiden?". The
# expiry schedule is the directory's setting, changed by a person; nobody's password is reset now. Not where a reset
# is asked in so many words as well.
_SPREAD_OUT = (r"\b(?:stagger\w*|spread(?:ing)? (?:\S+ ){0,3}?(?:out|over|across)|(?:ge)?staffel\w*|(?:é|e)chelonn\w*|(?:é|e)tal(?:er|ez|é|e)\b"
               r"|escalon\w*|spreid\w*|gespreid)")
_EXPIRIES_SPREAD = unless(rf"\A(?=[\s\S]*?{PW})(?=[\s\S]*?{EXPIRED})(?=[\s\S]*?{_SPREAD_OUT})", ASKS_FOR_A_CHANGE)

# The passwords a browser or a keychain keeps for its user, gone or to restore: "all my saved passwords in Edge are gone
# after the profile reset", "gespeicherte Passwörter im Browser weg", "mes mots de passe enregistrés ont disparu", "se
# han borrado las contraseñas guardadas", "opgeslagen wachtwoorden zijn weg" (h93). They are the profile's data, to
# recover from a sync or a backup; no directory password is to reset. Not where one is also forgotten.
_SAVED = (r"\b(?:(?:saved|stored|remembered|auto-?filled|auto-?fill)\s(?:\S+\s)?passwords|gespeicherte[nr]?\s(?:\S+\s)?(?:passw(?:ö|oe)rter|kennw(?:ö|oe)rter|zugangsdaten)"
          r"|mots de passe\s(?:\S+\s)?(?:enregistr|sauvegard|m(?:é|e)moris)(?:é|e)s|contrase(?:ñ|n)as\s(?:\S+\s)?(?:guardadas|almacenadas|memorizadas)"
          r"|opgeslagen\s(?:\S+\s)?wachtwoorden)\b")
# The browser named beside them: a password manager's own master key or database is a password of its own (holdout12's).
_BROWSER = (r"\b(?:browser\w*|edge|chrome|firefox|safari|opera|brave|keychain|schl(?:ü|ue)sselbund|navigateur|trousseau|navegador|llavero"
            r"|(?:browser|chrome|edge|firefox)[\s-]?profile?)\b")
_SAVED_PASSWORDS = unless(rf"{_SAVED}[^.!?\n]{{0,60}}?{_BROWSER}|{_BROWSER}[^.!?\n]{{0,60}}?{_SAVED}", FORGOT)

ANOTHER_KIND_VETOES: list[Veto] = [
    # "all my saved passwords in Edge are gone after the profile reset": the browser's store, no directory password.
    Veto("password_reset", rx(_SAVED_PASSWORDS), 3.0),
    # "the self service password reset page errors: 'something went wrong'": a web page at fault, nobody's password.
    Veto("password_reset", rx(_RESET_PAGE_AT_FAULT), 3.0),
    # "the portal wants 8-12 characters but my new password is 14 long; can it accept longer ones?": the rule to change.
    Veto("password_reset", rx(_RULE_TO_CHANGE), 3.0),
    # "the pickers' passwords all expire on the same day next week, can we stagger it?": the schedule, nobody's reset.
    Veto("password_reset", rx(_EXPIRIES_SPREAD), 3.0),
    # "can I put Office on my home PC with my work licence? my children need it for homework": the terms, for a person.
    Veto("license_change", rx(_LICENCE_OFF_DUTY), 3.0),
    # "scan the shuttle drivers' driving licences", "our liquor licence is up for renewal", "Führerscheinkontrolle".
    Veto("license_change", rx(_PERMIT), 3.0),
    # "Bar POS terminal 3 shows 'License expired - contact your vendor'": the till's vendor licence.
    Veto("license_change", rx(_MACHINES_LICENCE), 3.0),
    # "the simulator shows 'Licence expired – contact vendor' on start-up": the maker's licence, not a seat.
    Veto("license_change", rx(_VENDORS_LICENCE), 3.0,
         words("contact", "call", "kontaktier", "wenden sie sich", "appele", "llam", "neem contact", "bel")),
    # "Your subscription for Intercept X (250 users) will expire on 31 May. Contact your partner to renew."
    Veto("license_change", rx(unless(_RENEWAL, _OWN_LICENCE)), 3.0),
    # "Fwd: licence price change - prices for E3 and E5 change from 1 April": the vendor's prices, nobody's licence.
    Veto("license_change", rx(_PRICE_CHANGED), 3.0),
    # "the O365 licences for our institute should be charged to cost centre 3100 instead of 3120": who pays, not who has.
    Veto("license_change", rx(_LICENCES_BILLED_ELSEWHERE), 3.0),
    # "HK_Alloc.xlsx says 'locked for editing by Tom Reilly'; we only get read-only": someone holds it open.
    Veto("account_unlock", rx(_EDIT_LOCK), 3.0),
    # "doc 4471 is checked out to someone who left in May, can you check it back in?": a file to release, no leaver's
    # (unless the leaver's account is asked closed beside it, in so many words).
    Veto("offboarding", rx(unless_asked(_CHECKED_OUT)), 3.0),
    # "Job 7781 is locked in the planning tool since the period closed": the tool's record, not a sign-in.
    Veto("account_unlock", rx(_WORK_UNIT_LOCKED), 3.0),
    # "Claim 4471 stuck in review, the Unlock button does nothing": the application's record, not a sign-in.
    Veto("account_unlock", rx(_RECORD_UNLOCK), 3.0),
    Veto("group_membership", rx(_EDIT_LOCK), 2.5),
    # "... locked for editing by a colleague who went home, can you close the session?": the file's session, not a sign-in.
    Veto("session_revoke", rx(_EDIT_LOCK), 3.0),
    # "every workbook from the QA site opens read-only, nobody has it open": the files misbehave, no right is asked.
    Veto("group_membership", rx(_OPENS_READ_ONLY), 2.5, _READ_ONLY_ANCHOR),
    # "The customer's invoice PDF is password protected and nobody knows the password, can you unlock it?"
    Veto("account_unlock", rx(_PROTECTED_FILE), 3.0),
    Veto("password_reset", rx(_PROTECTED_FILE), 3.0),
    # "City ledger account 10442 shows 'credit locked' in the AR module".
    Veto("account_unlock", rx(_BOOKS_ACCOUNT), 3.0),
    Veto("password_reset", rx(_BOOKS_ACCOUNT), 2.0),
    # "can someone add the new breakfast team to the right group in Planday? the rota didn't reach them in the app".
    Veto("group_membership", rx(_APP_GROUP), 2.5),
    # "please add me to the invoice approval workflow group in the finance tool": a step of that tool's process.
    Veto("group_membership", rx(_WORKFLOW_GROUP), 2.5, _WORKFLOW_ANCHOR),
    # "the load sheet's VBA project is locked and needs a password", "Wachtwoord van eigen Excel-bestand vergeten".
    Veto("password_reset", rx(_FILES_PASSWORD), 3.0, _FILES_PASSWORD_ANCHOR),
    Veto("account_unlock", rx(_FILES_PASSWORD), 3.0, _FILES_PASSWORD_ANCHOR),
    # "need to change the locked PDF we got from the port, can you unlock it?": the file's own lock, no sign-in's.
    Veto("account_unlock", rx(_LOCKED_FILE), 3.0),
    # "The password for our Expedia partner account is only known by Lisa, who is on leave".
    Veto("password_reset", rx(_HELD_PASSWORD), 3.0),
]
