"""Generate tests/data/triage_noise.jsonl: messages that ask the help desk for nothing, and their near misses.

    python tests/data/make_triage_noise.py          # rewrites triage_noise.jsonl (deterministic)

Every row was written for this project (issue 12, "noise"): automatic replies, closing replies ("that's worked,
thanks"), automated notices nobody asked a question in, requests for information only, and hardware around a
starter or leaver, in English, German, French, Spanish and Dutch. Each of them borrows the words of an action (the
subject of the earlier ticket, the quoted exchange, a vendor's "reset your password" line), because those are the
ones a keyword reader turns into an action on an account nobody asked about. The near misses (label is an action)
are the other side: a reply that is still locked out, a thank-you with a new request, a forwarded alert with "that
wasn't me, sign me out", a real request above a quoted out-of-office.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("triage_noise.jsonl")

# Quoted earlier exchanges, in the mail client's words for each language.
Q_EN = ("\n\n-----Original Message-----\nFrom: Rallied Helpdesk <help@msp.example>\nSent: Tuesday, 4 March 2025 09:12\n"
        "To: {who}\nSubject: {subject}\n\nHello,\nWe have {done}. Please let us know if it works.\n\n"
        "> Hi, {asked}")
Q_DE = ("\n\n-----Ursprüngliche Nachricht-----\nVon: Rallied Helpdesk <help@msp.example>\nGesendet: Dienstag, 4. März "
        "2025 09:12\nAn: {who}\nBetreff: {subject}\n\nHallo,\nwir haben {done}. Bitte geben Sie Bescheid, ob es klappt."
        "\n\n> {asked}")
Q_FR = ("\n\nDe : Rallied Helpdesk <help@msp.example>\nEnvoyé : mardi 4 mars 2025 09:12\nÀ : {who}\nObjet : {subject}"
        "\n\nBonjour,\nNous avons {done}. Merci de nous dire si cela fonctionne.\n\n> {asked}")
Q_ES = ("\n\nDe: Rallied Helpdesk <help@msp.example>\nEnviado el: martes, 4 de marzo de 2025 9:12\nPara: {who}\n"
        "Asunto: {subject}\n\nHola,\nHemos {done}. Avísenos si funciona.\n\n> {asked}")
Q_NL = ("\n\nVan: Rallied Helpdesk <help@msp.example>\nVerzonden: dinsdag 4 maart 2025 09:12\nAan: {who}\n"
        "Onderwerp: {subject}\n\nHallo,\nWe hebben {done}. Laat u weten of het werkt?\n\n> {asked}")

WHO = "julia.fischer@contoso.example"
EARLIER = {
    "en": ("[Ticket #4812] Account locked", "unlocked your account and reset the password",
           "I'm locked out of my account, please unlock it and reset my password"),
    "de": ("[Ticket #4812] Konto gesperrt", "Ihr Konto entsperrt und das Passwort zurückgesetzt",
           "Mein Konto ist gesperrt, bitte entsperren und Passwort zurücksetzen"),
    "fr": ("[Ticket #4812] Compte bloqué", "débloqué votre compte et réinitialisé le mot de passe",
           "Mon compte est bloqué, merci de le débloquer et de réinitialiser mon mot de passe"),
    "es": ("[Ticket #4812] Cuenta bloqueada", "desbloqueado su cuenta y restablecido la contraseña",
           "Mi cuenta está bloqueada, por favor desbloquéenla y restablezcan mi contraseña"),
    "nl": ("[Ticket #4812] Account geblokkeerd", "uw account ontgrendeld en het wachtwoord gereset",
           "Mijn account is geblokkeerd, graag ontgrendelen en mijn wachtwoord resetten"),
}
QUOTE = {"en": Q_EN, "de": Q_DE, "fr": Q_FR, "es": Q_ES, "nl": Q_NL}
REPLY = {"en": "Re: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "Re: "}


def _reply(language: str, top: str, earlier: tuple[str, str, str] | None = None) -> tuple[str, str]:
    subject, done, asked = earlier or EARLIER[language]
    return REPLY[language] + subject, top + QUOTE[language].format(who=WHO, subject=subject, done=done, asked=asked)


# -- closing replies: it works now / thanks / close it, nothing new asked -----------------------------------------
CLOSING = {
    "en": ["That's worked, I'm back in, thanks!", "All sorted now, you can close this. Cheers, Julia",
           "Thanks!\n\nJulia", "Perfect, it works again. Thank you so much for the quick help!",
           "Yes that fixed it, I can log in now. Please close the ticket.",
           "Confirmed, I'm able to sign in again. Many thanks"],
    "de": ["Es geht wieder, vielen Dank!", "Hat geklappt, ich bin wieder drin. Danke und Gruß, Julia",
           "Funktioniert jetzt, das Ticket kann geschlossen werden.", "Super, alles wieder in Ordnung. Danke!"],
    "fr": ["C'est bon, ça remarche. Merci beaucoup !", "Merci, tout fonctionne de nouveau. Vous pouvez clôturer le ticket.",
           "Parfait, j'arrive à me connecter maintenant. Merci !\n\nCordialement,\nJulia"],
    "es": ["Ya funciona, gracias", "Perfecto, ya puedo entrar. Pueden cerrar el ticket. Un saludo",
           "¡Muchas gracias! Todo funciona correctamente ahora."],
    "nl": ["Het werkt weer, bedankt!", "Top, ik kan weer inloggen. Het ticket mag gesloten worden.",
           "Dank je wel, alles werkt nu. Met vriendelijke groet, Julia"],
}

# -- automatic replies and out-of-office ---------------------------------------------------------------------------
AUTO = [
    ("en", "Automatic reply: Password reset for Julia Fischer",
     "Thank you for your email. I am out of the office until Monday 14 April with limited access to email. For urgent "
     "matters please contact jonas.becker@contoso.example.\n\nJulia Fischer"),
    ("en", "Out of Office: [Ticket #4812] Account locked",
     "I'm on annual leave until 22/04 and will reply when I'm back. If it's urgent please call the office."),
    ("en", "Auto-Reply: Re: add Tom to the Finance group",
     "Hi, I am currently away and will be back on the 3rd of June. Your message will not be forwarded."),
    ("en", "Re: [Ticket #5120] New starter Tom Rossi",
     "I am out of the office until 2 May with no access to email. For anything urgent, please contact my manager "
     "Anna Becker (anna.becker@contoso.example).\n\nPriya Nair"),
    ("de", "Automatische Antwort: Passwort zurücksetzen für Julia Fischer",
     "Vielen Dank für Ihre Nachricht. Ich bin bis zum 14.04. nicht im Büro und habe nur eingeschränkten Zugriff auf "
     "meine E-Mails. In dringenden Fällen wenden Sie sich bitte an jonas.becker@contoso.example."),
    ("de", "Abwesenheitsnotiz: Konto gesperrt",
     "Ich bin bis einschließlich 22. April im Urlaub. Ihre E-Mail wird nicht weitergeleitet."),
    ("de", "AW: [Ticket #4812] Konto gesperrt",
     "Guten Tag,\nich bin bis 30.05. abwesend und ab dem 02.06. wieder erreichbar. Bitte wenden Sie sich in "
     "dringenden Fällen an meine Kollegin Frau Weber."),
    ("fr", "Réponse automatique : Réinitialisation du mot de passe",
     "Bonjour,\nJe suis absente du bureau jusqu'au 14 avril. Pour toute urgence, merci de contacter "
     "jonas.becker@contoso.example.\nCordialement"),
    ("fr", "Absence du bureau : Compte bloqué",
     "Je suis en congés jusqu'au lundi 22 avril inclus, avec un accès limité à mes e-mails."),
    ("es", "Respuesta automática: Restablecer contraseña de Julia Fischer",
     "Gracias por su mensaje. Estoy fuera de la oficina hasta el 14 de abril. Para asuntos urgentes, por favor "
     "contacte con jonas.becker@contoso.example."),
    ("es", "RE: [Ticket #4812] Cuenta bloqueada",
     "Hola, estoy de vacaciones hasta el 22 de abril y no tengo acceso al correo. Responderé a mi regreso."),
    ("nl", "Automatisch antwoord: Wachtwoord resetten voor Julia Fischer",
     "Bedankt voor uw bericht. Ik ben afwezig tot en met 14 april. Voor dringende zaken kunt u contact opnemen met "
     "jonas.becker@contoso.example."),
    ("nl", "Afwezig: Account geblokkeerd",
     "Ik ben met vakantie tot 22 april en lees mijn e-mail niet. Uw bericht wordt niet doorgestuurd."),
]

# -- automated notices that ask for nothing ------------------------------------------------------------------------
NOTICES = [
    ("en", "Your Microsoft 365 Business Premium subscription will renew on 1 May",
     "This is an automated message. Your subscription for 25 licences of Microsoft 365 Business Premium will renew "
     "automatically on 1 May 2025. No action is required. To change the number of licences, sign in to the admin "
     "centre.\n\nPlease do not reply to this email."),
    ("en", "Invoice INV-20931 for your licences",
     "Hello,\nYour invoice for March is attached: 12 x Microsoft 365 E3, 3 x Visio Plan 2. Amount due: EUR 612.40, "
     "payment due by 15 April.\nThis mailbox is not monitored."),
    ("en", "Domain contoso.example expires in 30 days",
     "Your domain registration for contoso.example expires on 12/06/2025. Auto-renew is enabled, so no action is "
     "needed. Reset your registrar account password at any time from the portal.\n\nThis is an automated notification."),
    ("en", "SSL certificate for mail.contoso.example is about to expire",
     "The certificate for mail.contoso.example will expire in 14 days (2025-04-30). This is an automatically "
     "generated message from your monitoring service; do not reply."),
    ("en", "Users at risk detected",
     "Microsoft Entra ID Protection weekly digest\n\n2 new users at risk were detected in your organisation: "
     "julia.fischer@contoso.example, tom.rossi@contoso.example. Review the risky users report and, if needed, reset "
     "their password or block sign-in.\n\nYou are receiving this email because you are subscribed to the weekly "
     "digest. Unsubscribe"),
    ("en", "New sign-in to your account from a new location",
     "We noticed a new sign-in to your Microsoft account julia.fischer@contoso.example.\nLocation: Lisbon, Portugal\n"
     "If this was you, you can ignore this message. If this wasn't you, reset your password.\n\nThis message was "
     "sent from an unmonitored email address. Please do not reply."),
    ("de", "Ihr Abonnement Microsoft 365 E3 wird am 01.05. verlängert",
     "Dies ist eine automatisch generierte Nachricht. Ihr Abonnement mit 25 Lizenzen wird am 01.05.2025 automatisch "
     "verlängert. Sie müssen nichts unternehmen. Bitte antworten Sie nicht auf diese E-Mail."),
    ("de", "Rechnung RE-2025-0412",
     "Sehr geehrte Damen und Herren,\nanbei erhalten Sie Ihre Rechnung für März (12 Lizenzen Microsoft 365 E3). "
     "Zahlbar bis 15.04.2025.\nDiese E-Mail wurde automatisch erstellt."),
    ("fr", "Votre abonnement Microsoft 365 sera renouvelé le 1er mai",
     "Ceci est un message automatique. Votre abonnement de 25 licences sera renouvelé automatiquement le 1er mai. "
     "Aucune action n'est requise de votre part. Merci de ne pas répondre à ce message."),
    ("fr", "Le certificat SSL de mail.contoso.example expire bientôt",
     "Le certificat de mail.contoso.example expire dans 14 jours. Ce message a été généré automatiquement, merci de "
     "ne pas y répondre."),
    ("es", "Su suscripción de Microsoft 365 se renovará el 1 de mayo",
     "Este es un mensaje automático. Su suscripción de 25 licencias se renovará automáticamente el 1 de mayo. No es "
     "necesario hacer nada. Por favor, no responda a este correo."),
    ("es", "Factura FAC-0412 de sus licencias",
     "Adjuntamos la factura de marzo: 12 licencias Microsoft 365 E3. Importe: 612,40 EUR. Este es un mensaje "
     "automático, no responda."),
    ("nl", "Uw domein contoso.example verloopt over 30 dagen",
     "De registratie van contoso.example verloopt op 12-06-2025. Automatisch verlengen staat aan, u hoeft niets te "
     "doen. Dit is een automatisch gegenereerd bericht."),
    ("nl", "Factuur F-2025-0412 voor uw licenties",
     "Beste klant,\nIn de bijlage vindt u de factuur voor maart: 12 licenties Microsoft 365 E3. Dit is een "
     "automatisch bericht, u kunt hier niet op antwoorden."),
]

# -- requests for information only ---------------------------------------------------------------------------------
INFO = [
    ("en", "spare licences?", "Hi, how many spare E3 licences do we have at the moment?\nThanks, Anna"),
    ("en", "directors@ mailbox",
     "Can you send me a list of who can access the directors@ mailbox? Don't change anything yet, I just want to "
     "review it first.\nAnna"),
    ("en", "Business Premium vs Standard",
     "What's the difference between Business Premium and Business Standard? We're thinking of moving some users."),
    ("en", "New starters - process",
     "What do you need from us for a new starter and how much notice do you need?\nThanks, Anna (HR)"),
    ("en", "Finance group members",
     "Could you tell me who is currently in the Finance group? Please don't make any changes, it's for our audit."),
    ("en", "licence count", "How many Visio licences are assigned and who has them?"),
    ("de", "Freie Lizenzen", "Hallo, wie viele freie E3-Lizenzen haben wir noch? Danke"),
    ("de", "Zugriff auf info@",
     "Können Sie mir eine Liste schicken, wer auf das Postfach info@ zugreifen kann? Bitte noch nichts ändern."),
    ("de", "Unterschied Lizenzen", "Was ist der Unterschied zwischen Business Premium und Business Standard?"),
    ("fr", "Licences disponibles", "Bonjour, combien de licences E3 avons-nous de libres ? Merci"),
    ("fr", "Accès à la boîte direction@",
     "Pouvez-vous m'envoyer la liste des personnes qui ont accès à la boîte direction@ ? Ne changez rien pour le "
     "moment."),
    ("fr", "Nouvel arrivant", "De quoi avez-vous besoin pour un nouvel arrivant, et combien de temps à l'avance ?"),
    ("es", "Licencias libres", "Hola, ¿cuántas licencias E3 libres tenemos? Gracias"),
    ("es", "Buzón dirección@",
     "¿Me podéis enviar una lista de quién tiene acceso al buzón direccion@? No cambiéis nada todavía."),
    ("es", "Diferencia de licencias", "¿Cuál es la diferencia entre Business Premium y Business Standard?"),
    ("nl", "Vrije licenties", "Hoi, hoeveel vrije E3-licenties hebben we nog? Bedankt"),
    ("nl", "Toegang directie@",
     "Kunnen jullie me een lijst sturen van wie toegang heeft tot de mailbox directie@? Nog niets wijzigen graag."),
    ("nl", "Verschil licenties", "Wat is het verschil tussen Business Premium en Business Standard?"),
]

# -- hardware and logistics around a starter or leaver -------------------------------------------------------------
HARDWARE = [
    ("en", "New starter laptop arrived broken",
     "Hi, the laptop for our new starter Tom Rossi arrived this morning with a cracked screen. He starts Monday, can "
     "you arrange a replacement?"),
    ("en", "Docking station for new joiner",
     "The docking station you sent for Priya (new joiner) is missing its power supply. Can you send one?"),
    ("en", "Leaver's laptop returned",
     "Marco Rossi left last Friday and has handed his laptop back. What should we do with it, send it to you or keep "
     "it in the office?"),
    ("en", "monitor for new employee", "Our new employee starting on the 5th needs a second monitor and a headset."),
    ("de", "Laptop für neuen Mitarbeiter defekt",
     "Der Laptop für unseren neuen Kollegen Tom ist heute mit defektem Bildschirm angekommen. Er fängt am Montag an. "
     "Können Sie Ersatz schicken?"),
    ("de", "Dockingstation ohne Netzteil", "Bei der Dockingstation für die neue Mitarbeiterin fehlt das Netzteil."),
    ("fr", "PC du nouvel arrivant", "L'ordinateur portable du nouvel arrivant est arrivé avec l'écran cassé. Il "
     "commence lundi, pouvez-vous envoyer un remplacement ?"),
    ("es", "Portátil de la nueva empleada", "El portátil de la nueva empleada llegó sin cargador. Empieza el lunes, "
     "¿podéis enviar uno?"),
    ("nl", "Laptop van vertrokken collega", "Marco is vorige week vertrokken en heeft zijn laptop ingeleverd. Wat "
     "moeten we ermee doen?"),
]

# -- near misses: these DO ask for an action -----------------------------------------------------------------------
NEAR = [
    ("en", "account_unlock", *_reply("en", "Still can't get in, it says my account is locked again. Can you unlock it "
                                           "again please?")),
    ("en", "group_membership", *_reply("en", "Thanks! Also please add me to the Finance group.")),
    ("en", "session_revoke", "FW: New sign-in to your account from a new location",
     "That wasn't me! Please kick everyone out of my account.\n\n---------- Forwarded message ----------\nFrom: "
     "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>\nSubject: New sign-in to "
     "your account\n\nWe noticed a new sign-in to your Microsoft account.\nLocation: Lisbon, Portugal\nIf this "
     "wasn't you, reset your password."),
    ("en", "password_reset", "Re: Out of Office: weekly report",
     "Please reset my password, I forgot it over the holidays.\n\n-----Original Message-----\nFrom: Julia Fischer\n"
     "Sent: Monday, 3 March 2025 08:00\nSubject: Out of Office: weekly report\n\nI am out of the office until 3 March."),
    ("en", "license_change", "licence for Anna",
     "How many spare E3 licences do we have? If there is one, please assign it to Anna Becker."),
    ("en", "onboarding", "New starter Tom Rossi",
     "Tom Rossi starts on Monday 5 May in Sales. Please set up his account and email; the laptop already arrived."),
    ("de", "account_unlock", *_reply("de", "Leider geht es immer noch nicht, mein Konto ist wieder gesperrt. Bitte "
                                           "nochmal entsperren.")),
    ("de", "group_membership", *_reply("de", "Danke! Bitte fügen Sie mich außerdem zur Gruppe Vertrieb hinzu.")),
    ("fr", "account_unlock", *_reply("fr", "Ça ne marche toujours pas, mon compte est de nouveau bloqué. Pouvez-vous "
                                           "le débloquer ?")),
    ("es", "account_unlock", *_reply("es", "Sigue sin funcionar, mi cuenta vuelve a estar bloqueada. ¿Podéis "
                                           "desbloquearla otra vez?")),
    ("nl", "account_unlock", *_reply("nl", "Het werkt nog steeds niet, mijn account is weer geblokkeerd. Kunnen jullie "
                                           "het opnieuw ontgrendelen?")),
    ("nl", "group_membership", *_reply("nl", "Bedankt! Kunnen jullie mij ook toevoegen aan de groep Financiën?")),
    ("en", "group_membership", *_reply("en", "Cheers, that's sorted. Could you also add Tom Rossi to the Sales group?")),
    ("fr", "group_membership", *_reply("fr", "Merci ! Pouvez-vous aussi m'ajouter au groupe Finance ?")),
    ("es", "group_membership", *_reply("es", "¡Gracias! ¿Podéis también añadirme al grupo Finanzas?")),
    ("en", "session_revoke", "FW: Unusual sign-in activity",
     "This wasn't me, please sign me out everywhere.\n\n-----Original Message-----\nFrom: Microsoft account team "
     "<no-reply@microsoft.example>\nSubject: Unusual sign-in activity\n\nWe detected something unusual about a "
     "recent sign-in to your account. If this wasn't you, reset your password."),
]


def build() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []

    def add(language: str, label: str, subject: str, body: str) -> None:
        rows.append({"id": f"noise-{language}-{len(rows) + 1:03d}", "language": language, "subject": subject,
                     "body": body, "label": label, "ambiguous": False})

    for language, tops in CLOSING.items():
        for top in tops:
            add(language, "other", *_reply(language, top))
    for language, subject, body in AUTO + NOTICES + INFO + HARDWARE:
        add(language, "other", subject, body)
    for language, label, subject, body in NEAR:
        add(language, label, subject, body)
    return rows


def main() -> None:
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build()), encoding="utf-8")


if __name__ == "__main__":
    main()
