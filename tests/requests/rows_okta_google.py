"""Requests to Northwind Legal (Okta) and Fabrikam Builders (Google Workspace), each in five languages.

Neither stack has mailbox permissions, Okta has no licences and Google cannot unlock an account (the connectors'
`supports`): those parts are handed over as `unsupported` while the rest of the ticket runs.
"""

from __future__ import annotations

from tests.requests.spec import (
    ESTIMATING,
    JANET,
    KIM,
    LAURA,
    NANCY,
    PRIYA,
    ROBERT,
    SITE_MANAGERS,
    STEVEN,
    TOM,
    Scenario,
)
from tests.requests.spec import Want as W

N, F = "northwind", "fabrikam"

NORTHWIND = [
    Scenario("n-unlock-and-reset", N, "multi", NANCY, (W("unlock_account", ROBERT), W("reset_password", ROBERT)), {
        "en": ("Robert locked out", "Robert King is locked out after too many attempts. Please unlock his account "
                                    "and reset his password."),
        "de": ("Robert gesperrt", "Robert King ist nach zu vielen Versuchen gesperrt. Bitte entsperren Sie sein Konto "
                                  "und setzen Sie sein Passwort zurück."),
        "fr": ("Robert bloqué", "Robert King est bloqué après trop de tentatives. Merci de débloquer son compte et "
                                "de réinitialiser son mot de passe."),
        "es": ("Robert bloqueado", "Robert King se ha quedado bloqueado tras demasiados intentos. Por favor, "
                                   "desbloquead su cuenta y restableced su contraseña."),
        "nl": ("Robert geblokkeerd", "Robert King is geblokkeerd na te veel pogingen. Ontgrendel alsjeblieft zijn "
                                     "account en reset zijn wachtwoord."),
    }),
    Scenario("n-add-group", N, "group", NANCY, (W("add_to_group", LAURA, "Paralegals"),), {
        "en": ("Paralegals group", "Laura Callahan is now assisting the paralegals. Please add her to the Paralegals "
                                   "group."),
        "de": ("Gruppe Paralegals", "Laura Callahan unterstützt jetzt die Paralegals. Bitte fügen Sie sie der Gruppe "
                                    "Paralegals hinzu."),
        "fr": ("Groupe Paralegals", "Laura Callahan aide désormais les assistants juridiques. Merci de l'ajouter au "
                                    "groupe Paralegals."),
        "es": ("Grupo Paralegals", "Laura Callahan ayuda ahora a los asistentes jurídicos. Por favor, añadidla al "
                                   "grupo Paralegals."),
        "nl": ("Groep Paralegals", "Laura Callahan ondersteunt nu de paralegals. Voeg haar alsjeblieft toe aan de "
                                   "groep Paralegals."),
    }),
    Scenario("n-remove-vpn", N, "group", NANCY, (W("remove_from_group", STEVEN, "VPN Users"),), {
        "en": ("VPN access", "Steven Buchanan no longer works remotely. Please remove him from the VPN Users group."),
        "de": ("VPN-Zugang", "Steven Buchanan arbeitet nicht mehr von zu Hause. Bitte entfernen Sie ihn aus der "
                             "Gruppe VPN Users."),
        "fr": ("Accès VPN", "Steven Buchanan ne travaille plus à distance. Merci de le retirer du groupe VPN Users."),
        "es": ("Acceso VPN", "Steven Buchanan ya no teletrabaja. Por favor, sacadlo del grupo VPN Users."),
        "nl": ("VPN-toegang", "Steven Buchanan werkt niet meer op afstand. Haal hem alsjeblieft uit de groep VPN "
                              "Users."),
    }),
    Scenario("n-remove-dl", N, "group", NANCY, (W("remove_from_group", JANET, "Litigation-DL"),), {
        "en": ("Litigation list", "Janet Leverling moved to corporate. Please take her off the Litigation-DL "
                                  "distribution list."),
        "de": ("Verteiler Litigation", "Janet Leverling ist in die Abteilung Corporate gewechselt. Bitte nehmen Sie "
                                       "sie aus der Verteilerliste Litigation-DL."),
        "fr": ("Liste Litigation", "Janet Leverling est passée au service corporate. Merci de la retirer de la liste "
                                   "de diffusion Litigation-DL."),
        "es": ("Lista Litigation", "Janet Leverling se ha pasado al área corporativa. Por favor, quitadla de la "
                                   "lista de distribución Litigation-DL."),
        "nl": ("Lijst Litigation", "Janet Leverling is overgestapt naar corporate. Haal haar alsjeblieft van de "
                                   "distributielijst Litigation-DL."),
    }),
    Scenario("n-sessions", N, "session", NANCY, (W("revoke_sessions", JANET),), {
        "en": ("Sign Janet out", "Janet Leverling lost her tablet on the train. Please sign her out of all sessions "
                                 "right away."),
        "de": ("Janet abmelden", "Janet Leverling hat ihr Tablet im Zug verloren. Bitte melden Sie sie sofort von "
                                 "allen Sitzungen ab."),
        "fr": ("Déconnecter Janet", "Janet Leverling a perdu sa tablette dans le train. Merci de fermer toutes ses "
                                    "sessions tout de suite."),
        "es": ("Cerrar sesión de Janet", "Janet Leverling ha perdido su tableta en el tren. Por favor, cerrad todas "
                                         "sus sesiones enseguida."),
        "nl": ("Janet afmelden", "Janet Leverling is haar tablet kwijtgeraakt in de trein. Meld haar alsjeblieft "
                                 "meteen af bij alle sessies."),
    }),
    Scenario("n-reset-and-mailbox", N, "multi", JANET,
             (W("reset_password", JANET), W("grant_mailbox_access", JANET, "intake@northwind.example", ("FullAccess",),
                                            outcome="unsupported")), {
                 "en": ("Password and mailbox", "Hi, please reset my password, and give me full access to the "
                                                "intake@northwind.example shared mailbox. Thanks, Janet"),
                 "de": ("Passwort und Postfach", "Hallo, bitte setzen Sie mein Passwort zurück und geben Sie mir "
                                                 "Vollzugriff auf das Postfach intake@northwind.example. Danke, Janet"),
                 "fr": ("Mot de passe et boîte", "Bonjour, merci de réinitialiser mon mot de passe et de me donner "
                                                 "un accès complet à la boîte intake@northwind.example. Merci, Janet"),
                 "es": ("Contraseña y buzón", "Hola, por favor restableced mi contraseña y dadme acceso total al "
                                              "buzón intake@northwind.example. Gracias, Janet"),
                 "nl": ("Wachtwoord en mailbox", "Hallo, reset alsjeblieft mijn wachtwoord en geef mij volledige "
                                                 "toegang tot de mailbox intake@northwind.example. Bedankt, Janet"),
             }),
    Scenario("n-licence", N, "licence", NANCY, (W("assign_license", LAURA, "SPE_E3", outcome="unsupported"),), {
        "en": ("Licence for Laura", "Please assign a Microsoft 365 E3 licence to Laura Callahan."),
        "de": ("Lizenz für Laura", "Bitte weisen Sie Laura Callahan eine Microsoft 365 E3 Lizenz zu."),
        "fr": ("Licence pour Laura", "Merci d'attribuer une licence Microsoft 365 E3 à Laura Callahan."),
        "es": ("Licencia para Laura", "Por favor, asignad una licencia de Microsoft 365 E3 a Laura Callahan."),
        "nl": ("Licentie voor Laura", "Wijs Laura Callahan alsjeblieft een Microsoft 365 E3-licentie toe."),
    }),
    Scenario("n-me-and-laura", N, "multi", NANCY,
             (W("add_to_group", NANCY, "VPN Users"), W("add_to_group", LAURA, "VPN Users")), {
                 "en": ("VPN for two", "We are both working from home next week: please add me and Laura Callahan "
                                       "to the VPN Users group."),
                 "de": ("VPN für zwei", "Wir arbeiten nächste Woche beide von zu Hause: Bitte fügen Sie mich und "
                                        "Laura Callahan der Gruppe VPN Users hinzu."),
                 "fr": ("VPN pour deux", "Nous serons toutes les deux en télétravail la semaine prochaine : merci "
                                         "d'ajouter Laura Callahan et moi au groupe VPN Users."),
                 "es": ("VPN para dos", "La semana que viene las dos teletrabajamos: por favor, añadidnos a mí y a "
                                        "Laura Callahan al grupo VPN Users."),
                 "nl": ("VPN voor twee", "Volgende week werken we allebei thuis: voeg mij en Laura Callahan "
                                         "alsjeblieft toe aan de groep VPN Users."),
             }),
]

FABRIKAM = [
    Scenario("f-add-group", F, "group", TOM, (W("add_to_group", PRIYA, ESTIMATING),), {
        "en": ("Estimating group", "Priya Shah joins the estimating work from Monday. Please add her to the "
                                   "Estimating group (estimating@fabrikam.example)."),
        "de": ("Gruppe Estimating", "Priya Shah arbeitet ab Montag bei den Kalkulationen mit. Bitte fügen Sie sie der "
                                    "Gruppe Estimating (estimating@fabrikam.example) hinzu."),
        "fr": ("Groupe Estimating", "Priya Shah rejoint les chiffrages lundi. Merci de l'ajouter au groupe "
                                    "Estimating (estimating@fabrikam.example)."),
        "es": ("Grupo Estimating", "Priya Shah se une a los presupuestos el lunes. Por favor, añadidla al grupo "
                                   "Estimating (estimating@fabrikam.example)."),
        "nl": ("Groep Estimating", "Priya Shah gaat vanaf maandag mee calculeren. Voeg haar alsjeblieft toe aan de "
                                   "groep Estimating (estimating@fabrikam.example)."),
    }),
    Scenario("f-remove-group", F, "group", KIM, (W("remove_from_group", TOM, SITE_MANAGERS),), {
        "en": ("Site managers", "Tom Higgins is moving to the office. Please remove him from the Site managers group "
                                "(site-managers@fabrikam.example)."),
        "de": ("Bauleiter", "Tom Higgins wechselt ins Büro. Bitte entfernen Sie ihn aus der Gruppe Site managers "
                            "(site-managers@fabrikam.example)."),
        "fr": ("Chefs de chantier", "Tom Higgins passe au bureau. Merci de le retirer du groupe Site managers "
                                    "(site-managers@fabrikam.example)."),
        "es": ("Jefes de obra", "Tom Higgins pasa a la oficina. Por favor, sacadlo del grupo Site managers "
                                "(site-managers@fabrikam.example)."),
        "nl": ("Uitvoerders", "Tom Higgins gaat op kantoor werken. Haal hem alsjeblieft uit de groep Site managers "
                              "(site-managers@fabrikam.example)."),
    }),
    Scenario("f-sessions", F, "session", PRIYA, (W("revoke_sessions", PRIYA),), {
        "en": ("Log me out everywhere", "I signed in on a site office PC and forgot to log out. Please sign me out "
                                        "of all sessions on every device."),
        "de": ("Überall abmelden", "Ich habe mich auf einem PC im Baubüro angemeldet und vergessen, mich abzumelden. "
                                   "Bitte melden Sie mich auf allen Geräten von allen Sitzungen ab."),
        "fr": ("Déconnexion partout", "Je me suis connectée sur un PC du bureau de chantier et j'ai oublié de me "
                                      "déconnecter. Merci de fermer toutes mes sessions sur tous les appareils."),
        "es": ("Cerrar sesión en todo", "Inicié sesión en un PC de la caseta de obra y olvidé salir. Por favor, "
                                        "cerrad todas mis sesiones en todos los dispositivos."),
        "nl": ("Overal uitloggen", "Ik ben ingelogd op een pc in de bouwkeet en vergat uit te loggen. Meld mij "
                                   "alsjeblieft af bij alle sessies op elk apparaat."),
    }),
    Scenario("f-unlock-and-reset", F, "multi", PRIYA,
             (W("unlock_account", PRIYA, outcome="unsupported"), W("reset_password", PRIYA)), {
                 "en": ("Locked out", "My account is locked and I have forgotten my password. Please unlock it and "
                                      "reset my password. Priya"),
                 "de": ("Gesperrt", "Mein Konto ist gesperrt und ich habe mein Passwort vergessen. Bitte entsperren "
                                    "Sie es und setzen Sie mein Passwort zurück. Priya"),
                 "fr": ("Bloquée", "Mon compte est bloqué et j'ai oublié mon mot de passe. Merci de le débloquer et "
                                   "de réinitialiser mon mot de passe. Priya"),
                 "es": ("Bloqueada", "Mi cuenta está bloqueada y he olvidado la contraseña. Por favor, desbloqueadla y "
                                     "restableced mi contraseña. Priya"),
                 "nl": ("Geblokkeerd", "Mijn account is geblokkeerd en ik ben mijn wachtwoord vergeten. Ontgrendel het "
                                       "alsjeblieft en reset mijn wachtwoord. Priya"),
             }),
    Scenario("f-tom-and-priya", F, "multi", KIM,
             (W("add_to_group", TOM, ESTIMATING), W("add_to_group", PRIYA, ESTIMATING)), {
                 "en": ("Estimating", "Please add Tom Higgins and Priya Shah to estimating@fabrikam.example, they "
                                      "are pricing the new school job together."),
                 "de": ("Estimating", "Bitte fügen Sie Tom Higgins und Priya Shah zu estimating@fabrikam.example "
                                      "hinzu, sie kalkulieren gemeinsam das neue Schulprojekt."),
                 "fr": ("Estimating", "Merci d'ajouter Tom Higgins et Priya Shah à estimating@fabrikam.example, ils "
                                      "chiffrent ensemble le nouveau chantier de l'école."),
                 "es": ("Estimating", "Por favor, añadid a Tom Higgins y a Priya Shah a estimating@fabrikam.example, "
                                      "están presupuestando juntos la obra del colegio."),
                 "nl": ("Estimating", "Voeg Tom Higgins en Priya Shah alsjeblieft toe aan estimating@fabrikam.example, "
                                      "ze calculeren samen het nieuwe schoolproject."),
             }),
    Scenario("f-mailbox", F, "mailbox", TOM,
             (W("grant_mailbox_access", PRIYA, "tenders@fabrikam.example", ("SendAs",), outcome="unsupported"),), {
                 "en": ("Send As tenders", "Please give Priya Shah Send As on tenders@fabrikam.example so she can "
                                           "answer the tender queries."),
                 "de": ("Senden als tenders", "Bitte geben Sie Priya Shah das Recht Senden als auf "
                                              "tenders@fabrikam.example, damit sie Ausschreibungen beantworten kann."),
                 "fr": ("Envoyer en tant que tenders", "Merci de donner à Priya Shah le droit Send As sur "
                                                       "tenders@fabrikam.example pour répondre aux appels d'offres."),
                 "es": ("Enviar como tenders", "Por favor, dad a Priya Shah el permiso Send As en "
                                               "tenders@fabrikam.example para responder a las licitaciones."),
                 "nl": ("Verzenden als tenders", "Geef Priya Shah alsjeblieft Send As op tenders@fabrikam.example, "
                                                 "zodat ze op aanbestedingen kan reageren."),
             }),
    Scenario("f-phished", F, "session", TOM, (W("revoke_sessions", PRIYA), W("reset_password", PRIYA)), {
        "en": ("Phishing", "Priya Shah clicked a phishing link and typed her password. Please sign her out "
                           "everywhere and reset her password."),
        "de": ("Phishing", "Priya Shah hat auf einen Phishing-Link geklickt und ihr Passwort eingegeben. Bitte melden "
                           "Sie sie überall ab und setzen Sie ihr Passwort zurück."),
        "fr": ("Hameçonnage", "Priya Shah a cliqué sur un lien d'hameçonnage et a saisi son mot de passe. Merci de "
                              "fermer toutes ses sessions et de réinitialiser son mot de passe."),
        "es": ("Phishing", "Priya Shah pinchó en un enlace de phishing y escribió su contraseña. Por favor, cerrad "
                           "todas sus sesiones y restableced su contraseña."),
        "nl": ("Phishing", "Priya Shah heeft op een phishinglink geklikt en haar wachtwoord ingevuld. Meld haar "
                           "alsjeblieft overal af en reset haar wachtwoord."),
    }),
]

SCENARIOS = NORTHWIND + FABRIKAM
