"""Requests to Contoso Dental (Entra ID + Exchange Online), each in five languages."""

from __future__ import annotations

from tests.requests.spec import (
    ADELE,
    ALEX,
    BILLING,
    DIEGO,
    FRONTDESK,
    MEGAN,
    SARAH,
    Scenario,
)
from tests.requests.spec import Want as W

C = "contoso"
BASIC, PREMIUM, VISIO, E3 = "O365_BUSINESS_ESSENTIALS", "SPB", "VISIOCLIENT", "SPE_E3"

SCENARIOS = [
    Scenario("c-reset-and-group", C, "multi", SARAH,
             (W("reset_password", SARAH), W("add_to_group", SARAH, "Billing Team")), {
                 "en": ("Password + Billing", "Hi, could you reset my password and also add me to the Billing Team "
                                              "group? I start covering invoices next week. Thanks, Sarah"),
                 "de": ("Passwort und Gruppe", "Hallo, bitte setzen Sie mein Passwort zurück und nehmen Sie mich "
                                               "außerdem in die Gruppe Billing Team auf. Vielen Dank, Sarah"),
                 "fr": ("Mot de passe et groupe", "Bonjour, pouvez-vous réinitialiser mon mot de passe et m'ajouter "
                                                  "au groupe Billing Team ? Merci beaucoup, Sarah"),
                 "es": ("Contraseña y grupo", "Hola, ¿pueden restablecer mi contraseña y además añadirme al grupo "
                                              "Billing Team? Muchas gracias, Sarah"),
                 "nl": ("Wachtwoord en groep", "Hoi, kunnen jullie mijn wachtwoord resetten en mij ook toevoegen "
                                               "aan de groep Billing Team? Alvast bedankt, Sarah"),
             }),
    Scenario("c-me-and-alex", C, "multi", MEGAN,
             (W("add_to_group", MEGAN, "Finance-Readers"), W("add_to_group", ALEX, "Finance-Readers")), {
                 "en": ("Finance-Readers access", "Please add me and Alex Wilber to the Finance-Readers group so we "
                                                  "can both open the quarterly reports."),
                 "de": ("Zugriff Finance-Readers", "Bitte fügen Sie mich und Alex Wilber zur Gruppe Finance-Readers "
                                                   "hinzu, damit wir beide die Quartalsberichte öffnen können."),
                 "fr": ("Accès Finance-Readers", "Merci d'ajouter Alex Wilber et moi-même au groupe Finance-Readers, "
                                                 "nous devons tous les deux consulter les rapports trimestriels."),
                 "es": ("Acceso a Finance-Readers", "Por favor, añadidnos a mí y a Alex Wilber al grupo "
                                                    "Finance-Readers para que los dos podamos ver los informes."),
                 "nl": ("Toegang Finance-Readers", "Willen jullie mij en Alex Wilber toevoegen aan de groep "
                                                   "Finance-Readers? We moeten allebei de kwartaalcijfers kunnen zien."),
             }),
    Scenario("c-send-as", C, "mailbox", MEGAN, (W("grant_mailbox_access", SARAH, BILLING, ("SendAs",)),), {
        "en": ("Send As on billing", "Please give Sarah Lee Send As permission on billing@contoso.example. She "
                                     "only needs to send as Billing, not read the mailbox."),
        "de": ("Senden als billing", "Bitte geben Sie Sarah Lee das Recht Senden als (Send As) für "
                                     "billing@contoso.example. Lesen muss sie das Postfach nicht."),
        "fr": ("Envoyer en tant que billing", "Pouvez-vous donner à Sarah Lee le droit Send As (envoyer en tant "
                                              "que) sur billing@contoso.example ? Elle n'a pas besoin de lire la boîte."),
        "es": ("Enviar como billing", "Por favor, dad a Sarah Lee el permiso Send As (enviar como) en "
                                      "billing@contoso.example. No necesita leer el buzón."),
        "nl": ("Verzenden als billing", "Graag Sarah Lee het recht Send As (verzenden als) geven op "
                                        "billing@contoso.example. Ze hoeft de mailbox niet te lezen."),
    }),
    Scenario("c-full-access", C, "mailbox", MEGAN, (W("grant_mailbox_access", ADELE, FRONTDESK, ("FullAccess",)),), {
        "en": ("Front desk mailbox", "Adele Vance is covering reception this month. Please give her full access to "
                                     "the frontdesk@contoso.example shared mailbox."),
        "de": ("Postfach Empfang", "Adele Vance vertritt diesen Monat den Empfang. Bitte geben Sie ihr Vollzugriff "
                                   "auf das freigegebene Postfach frontdesk@contoso.example."),
        "fr": ("Boîte de l'accueil", "Adele Vance remplace l'accueil ce mois-ci. Merci de lui donner un accès complet "
                                     "(Full Access) à la boîte partagée frontdesk@contoso.example."),
        "es": ("Buzón de recepción", "Adele Vance cubre la recepción este mes. Por favor, dadle acceso total (Full "
                                     "Access) al buzón compartido frontdesk@contoso.example."),
        "nl": ("Mailbox receptie", "Adele Vance vervangt deze maand de receptie. Geef haar alsjeblieft volledige "
                                   "toegang (Full Access) tot de gedeelde mailbox frontdesk@contoso.example."),
    }),
    Scenario("c-send-on-behalf", C, "mailbox", MEGAN,
             (W("grant_mailbox_access", SARAH, BILLING, ("SendOnBehalf",)),), {
                 "en": ("Send on behalf", "Sarah Lee should be able to send on behalf of billing@contoso.example. "
                                          "Send on Behalf only please, nothing more."),
                 "de": ("Senden im Auftrag", "Sarah Lee soll im Auftrag von billing@contoso.example senden dürfen "
                                             "(Send on Behalf). Bitte nur dieses Recht, sonst nichts."),
                 "fr": ("Envoyer de la part de", "Sarah Lee doit pouvoir envoyer de la part de "
                                                 "billing@contoso.example (Send on Behalf). Uniquement ce droit, merci."),
                 "es": ("Enviar en nombre de", "Sarah Lee tiene que poder enviar en nombre de billing@contoso.example "
                                               "(Send on Behalf). Solo ese permiso, por favor."),
                 "nl": ("Verzenden namens", "Sarah Lee moet namens billing@contoso.example kunnen verzenden (Send on "
                                            "Behalf). Alleen dat recht graag, verder niets."),
             }),
    Scenario("c-remove-full-access", C, "mailbox", MEGAN,
             (W("revoke_mailbox_access", DIEGO, FRONTDESK, ("FullAccess",)),), {
                 "en": ("Front desk mailbox", "Diego Siciliani moved to the warehouse team. Please remove his full "
                                              "access to frontdesk@contoso.example."),
                 "de": ("Postfach Empfang", "Diego Siciliani arbeitet jetzt im Lager. Bitte entfernen Sie seinen "
                                            "Vollzugriff auf das Postfach frontdesk@contoso.example."),
                 "fr": ("Boîte de l'accueil", "Diego Siciliani a rejoint l'équipe de l'entrepôt. Merci de retirer son "
                                              "accès complet à la boîte frontdesk@contoso.example."),
                 "es": ("Buzón de recepción", "Diego Siciliani se ha pasado al almacén. Por favor, quitadle el acceso "
                                              "total al buzón frontdesk@contoso.example."),
                 "nl": ("Mailbox receptie", "Diego Siciliani werkt nu in het magazijn. Willen jullie zijn volledige "
                                            "toegang tot frontdesk@contoso.example intrekken?"),
             }),
    Scenario("c-remove-send-as", C, "mailbox", MEGAN, (W("revoke_mailbox_access", ALEX, BILLING, ("SendAs",)),), {
        "en": ("Billing Send As", "Alex Wilber no longer sends invoices. Please remove his Send As right on "
                                  "billing@contoso.example."),
        "de": ("Billing Senden als", "Alex Wilber verschickt keine Rechnungen mehr. Bitte entziehen Sie ihm das "
                                     "Recht Senden als (Send As) auf billing@contoso.example."),
        "fr": ("Billing Send As", "Alex Wilber n'envoie plus les factures. Merci de lui retirer le droit Send As "
                                  "(envoyer en tant que) sur billing@contoso.example."),
        "es": ("Billing Send As", "Alex Wilber ya no envía las facturas. Por favor, retiradle el permiso Send As "
                                  "(enviar como) sobre billing@contoso.example."),
        "nl": ("Billing Send As", "Alex Wilber verstuurt geen facturen meer. Haal alsjeblieft zijn Send As-recht "
                                  "(verzenden als) op billing@contoso.example weg."),
    }, given=(("right", BILLING, "SendAs", ALEX),)),
    Scenario("c-full-and-send-as", C, "mailbox", MEGAN,
             (W("grant_mailbox_access", ADELE, BILLING, ("FullAccess", "SendAs")),), {
                 "en": ("Billing mailbox for Adele", "Please give Adele Vance full access and Send As on the "
                                                     "billing@contoso.example mailbox, she is taking over payments."),
                 "de": ("Billing-Postfach für Adele", "Bitte geben Sie Adele Vance Vollzugriff und Senden als auf "
                                                      "das Postfach billing@contoso.example, sie übernimmt die "
                                                      "Zahlungen."),
                 "fr": ("Boîte billing pour Adele", "Merci de donner à Adele Vance l'accès complet et le droit Send "
                                                    "As sur la boîte billing@contoso.example, elle reprend les "
                                                    "paiements."),
                 "es": ("Buzón billing para Adele", "Por favor, dad a Adele Vance acceso total y el permiso Send As "
                                                    "en el buzón billing@contoso.example, se encarga de los pagos."),
                 "nl": ("Billing-mailbox voor Adele", "Geef Adele Vance alsjeblieft volledige toegang en Send As op "
                                                      "de mailbox billing@contoso.example, zij neemt de betalingen "
                                                      "over."),
             }),
    Scenario("c-visio", C, "licence", MEGAN, (W("assign_license", ADELE, VISIO),), {
        "en": ("Visio licence", "Adele Vance needs Visio for the new floor plans. Please assign her a Visio licence."),
        "de": ("Visio-Lizenz", "Adele Vance braucht Visio für die neuen Grundrisse. Bitte weisen Sie ihr eine "
                               "Visio-Lizenz zu."),
        "fr": ("Licence Visio", "Adele Vance a besoin de Visio pour les nouveaux plans. Merci de lui attribuer une "
                                "licence Visio."),
        "es": ("Licencia de Visio", "Adele Vance necesita Visio para los nuevos planos. Por favor, asignadle una "
                                    "licencia de Visio."),
        "nl": ("Visio-licentie", "Adele Vance heeft Visio nodig voor de nieuwe plattegronden. Kunnen jullie haar een "
                                 "Visio-licentie toewijzen?"),
    }),
    Scenario("c-swap", C, "licence", MEGAN, (W("swap_license", ADELE, BASIC, new_object=PREMIUM),), {
        "en": ("Licence upgrade", "Please upgrade Adele Vance from Business Basic to Business Premium; she needs the "
                                  "desktop apps. Remove the Basic one at the same time."),
        "de": ("Lizenz-Upgrade", "Bitte stellen Sie Adele Vance von Business Basic auf Business Premium um; sie "
                                 "braucht die Desktop-Apps. Die Basic-Lizenz bitte gleichzeitig entfernen."),
        "fr": ("Changement de licence", "Merci de passer Adele Vance de Business Basic à Business Premium, elle a "
                                        "besoin des applications de bureau. Retirez la Basic en même temps."),
        "es": ("Cambio de licencia", "Por favor, cambiad a Adele Vance de Business Basic a Business Premium; necesita "
                                     "las aplicaciones de escritorio. Quitad la Basic a la vez."),
        "nl": ("Licentie omzetten", "Zet Adele Vance alsjeblieft over van Business Basic naar Business Premium; ze "
                                    "heeft de desktop-apps nodig. Haal de Basic-licentie tegelijk weg."),
    }),
    Scenario("c-no-seats", C, "licence", MEGAN, (W("assign_license", SARAH, E3, outcome="catalogue"),), {
        "en": ("E3 for Sarah", "Could you assign a Microsoft 365 E3 licence to Sarah Lee? Thanks."),
        "de": ("E3 für Sarah", "Können Sie Sarah Lee bitte eine Microsoft 365 E3 Lizenz zuweisen? Danke."),
        "fr": ("E3 pour Sarah", "Pourriez-vous attribuer une licence Microsoft 365 E3 à Sarah Lee ? Merci."),
        "es": ("E3 para Sarah", "¿Podéis asignar una licencia de Microsoft 365 E3 a Sarah Lee? Gracias."),
        "nl": ("E3 voor Sarah", "Kunnen jullie Sarah Lee een Microsoft 365 E3-licentie geven? Bedankt."),
    }, given=(("licence", MEGAN, E3), ("licence", ALEX, E3))),
    Scenario("c-unknown-licence", C, "licence", MEGAN, (W("assign_license", ALEX, "PROJECT_P3", outcome="catalogue"),), {
        "en": ("Project licence", "Alex Wilber would like a Project Plan 3 licence for the office move planning."),
        "de": ("Project-Lizenz", "Alex Wilber hätte gern eine Lizenz für Project Plan 3, für die Planung des Umzugs."),
        "fr": ("Licence Project", "Alex Wilber voudrait une licence Project Plan 3 pour planifier le déménagement."),
        "es": ("Licencia de Project", "Alex Wilber querría una licencia de Project Plan 3 para planificar la mudanza."),
        "nl": ("Project-licentie", "Alex Wilber wil graag een Project Plan 3-licentie voor het plannen van de verhuizing."),
    }),
    Scenario("c-remove-licence", C, "licence", MEGAN, (W("remove_license", DIEGO, BASIC),), {
        "en": ("Remove licence", "Please remove the Business Basic licence from Diego Siciliani, he only uses the "
                                 "warehouse tablet now."),
        "de": ("Lizenz entfernen", "Bitte entfernen Sie die Business Basic Lizenz von Diego Siciliani, er nutzt nur "
                                   "noch das Tablet im Lager."),
        "fr": ("Retirer une licence", "Merci de retirer la licence Business Basic de Diego Siciliani, il n'utilise "
                                      "plus que la tablette de l'entrepôt."),
        "es": ("Quitar licencia", "Por favor, quitad la licencia Business Basic a Diego Siciliani, ahora solo usa la "
                                  "tableta del almacén."),
        "nl": ("Licentie verwijderen", "Verwijder alsjeblieft de Business Basic-licentie van Diego Siciliani, hij "
                                       "gebruikt alleen nog de tablet in het magazijn."),
    }),
    Scenario("c-leave-group", C, "group", MEGAN, (W("remove_from_group", MEGAN, "Billing Team"),), {
        "en": ("Leaving Billing Team", "I no longer handle billing. Please take me out of the Billing Team group."),
        "de": ("Austritt Billing Team", "Ich kümmere mich nicht mehr um die Abrechnung. Bitte entfernen Sie mich aus "
                                        "der Gruppe Billing Team."),
        "fr": ("Quitter Billing Team", "Je ne m'occupe plus de la facturation. Merci de me retirer du groupe "
                                       "Billing Team."),
        "es": ("Salir de Billing Team", "Ya no llevo la facturación. Por favor, sacadme del grupo Billing Team."),
        "nl": ("Uit Billing Team", "Ik doe de facturatie niet meer. Willen jullie mij uit de groep Billing Team "
                                   "halen?"),
    }),
    Scenario("c-leave-dl", C, "group", MEGAN, (W("remove_from_group", DIEGO, "All Staff"),), {
        "en": ("Distribution list", "Diego Siciliani is on long leave. Please remove him from the All Staff "
                                    "distribution list."),
        "de": ("Verteilerliste", "Diego Siciliani ist lange abwesend. Bitte nehmen Sie ihn aus der Verteilerliste "
                                 "All Staff heraus."),
        "fr": ("Liste de diffusion", "Diego Siciliani est en congé longue durée. Merci de le retirer de la liste de "
                                     "diffusion All Staff."),
        "es": ("Lista de distribución", "Diego Siciliani está de baja larga. Por favor, quitadlo de la lista de "
                                        "distribución All Staff."),
        "nl": ("Distributielijst", "Diego Siciliani is langdurig afwezig. Haal hem alsjeblieft uit de "
                                   "distributielijst All Staff."),
    }),
    Scenario("c-put-in-team", C, "group", MEGAN, (W("add_to_group", SARAH, "Billing Team"),), {
        "en": ("Billing Team", "Can you put Sarah Lee in the Billing Team? She is helping with month end."),
        "de": ("Billing Team", "Können Sie Sarah Lee ins Billing Team aufnehmen? Sie hilft beim Monatsabschluss."),
        "fr": ("Billing Team", "Pouvez-vous mettre Sarah Lee dans le Billing Team ? Elle aide pour la clôture du mois."),
        "es": ("Billing Team", "¿Podéis meter a Sarah Lee en el Billing Team? Nos ayuda con el cierre de mes."),
        "nl": ("Billing Team", "Kunnen jullie Sarah Lee in het Billing Team zetten? Ze helpt met de maandafsluiting."),
    }),
    Scenario("c-sign-me-out", C, "session", ADELE, (W("revoke_sessions", ADELE),), {
        "en": ("Sign me out", "I left my laptop logged in at the conference. Please sign me out of all sessions "
                              "everywhere."),
        "de": ("Überall abmelden", "Ich habe meinen Laptop auf der Konferenz angemeldet liegen lassen. Bitte melden "
                                   "Sie mich überall von allen Sitzungen ab."),
        "fr": ("Me déconnecter", "J'ai laissé mon ordinateur connecté au salon. Merci de fermer toutes mes sessions, "
                                 "partout."),
        "es": ("Cerrar sesiones", "Me dejé el portátil con la sesión abierta en el congreso. Por favor, cerrad todas "
                                  "mis sesiones en todas partes."),
        "nl": ("Overal afmelden", "Ik heb mijn laptop ingelogd laten liggen op het congres. Meld mij alsjeblieft "
                                  "overal af bij alle sessies."),
    }),
    Scenario("c-hacked", C, "session", MEGAN, (W("revoke_sessions", SARAH), W("reset_password", SARAH)), {
        "en": ("Sarah's account hacked?", "I think Sarah Lee's account has been hacked, she is sending odd emails. "
                                          "Please sign her out of all sessions and reset her password."),
        "de": ("Konto von Sarah gehackt?", "Ich glaube, das Konto von Sarah Lee wurde gehackt, es verschickt "
                                           "seltsame Mails. Bitte melden Sie sie von allen Sitzungen ab und setzen "
                                           "Sie ihr Passwort zurück."),
        "fr": ("Compte de Sarah piraté ?", "Je pense que le compte de Sarah Lee a été piraté, il envoie des mails "
                                           "bizarres. Merci de fermer toutes ses sessions et de réinitialiser son "
                                           "mot de passe."),
        "es": ("¿Cuenta de Sarah hackeada?", "Creo que han hackeado la cuenta de Sarah Lee, está enviando correos "
                                             "raros. Por favor, cerrad todas sus sesiones y restableced su "
                                             "contraseña."),
        "nl": ("Account van Sarah gehackt?", "Ik denk dat het account van Sarah Lee gehackt is, er gaan rare mails "
                                             "uit. Meld haar alsjeblieft af bij alle sessies en reset haar "
                                             "wachtwoord."),
    }),
    Scenario("c-out-of-scope", C, "multi", MEGAN,
             (W("add_to_group", ALEX, "Finance-Readers"), W("assign_license", ALEX, VISIO, outcome="out_of_scope")), {
                 "en": ("Alex: group and Visio", "Please add Alex Wilber to Finance-Readers and give him a Visio "
                                                 "licence as well."),
                 "de": ("Alex: Gruppe und Visio", "Bitte fügen Sie Alex Wilber zur Gruppe Finance-Readers hinzu und "
                                                  "weisen Sie ihm außerdem eine Visio-Lizenz zu."),
                 "fr": ("Alex : groupe et Visio", "Merci d'ajouter Alex Wilber au groupe Finance-Readers et de lui "
                                                  "attribuer aussi une licence Visio."),
                 "es": ("Alex: grupo y Visio", "Por favor, añadid a Alex Wilber al grupo Finance-Readers y asignadle "
                                               "también una licencia de Visio."),
                 "nl": ("Alex: groep en Visio", "Voeg Alex Wilber alsjeblieft toe aan de groep Finance-Readers en geef "
                                                "hem ook een Visio-licentie."),
             }, given=(("scope_without", "assign_license"),)),
    Scenario("c-missing-group", C, "multi", ADELE,
             (W("reset_password", ADELE), W("add_to_group", ADELE, "", outcome="missing")), {
                 "en": ("Two things", "Hello, please reset my password, and could you also add me to the group my "
                                      "manager mentioned? Thanks, Adele"),
                 "de": ("Zwei Dinge", "Hallo, bitte setzen Sie mein Passwort zurück und nehmen Sie mich auch in die "
                                      "Gruppe auf, von der meine Chefin gesprochen hat. Danke, Adele"),
                 "fr": ("Deux choses", "Bonjour, merci de réinitialiser mon mot de passe et de m'ajouter aussi au "
                                       "groupe dont ma responsable a parlé. Merci, Adele"),
                 "es": ("Dos cosas", "Hola, por favor restableced mi contraseña y añadidme también al grupo que "
                                     "mencionó mi jefa. Gracias, Adele"),
                 "nl": ("Twee dingen", "Hallo, kunnen jullie mijn wachtwoord resetten en mij ook toevoegen aan de "
                                       "groep waar mijn leidinggevende het over had? Bedankt, Adele"),
             }),
    Scenario("c-unlock-diego", C, "single", MEGAN, (W("unlock_account", DIEGO),), {
        "en": ("Diego locked out", "Diego Siciliani is locked out of his account this morning. Please unlock it."),
        "de": ("Diego gesperrt", "Das Konto von Diego Siciliani ist seit heute Morgen gesperrt. Bitte entsperren Sie "
                                 "es."),
        "fr": ("Diego bloqué", "Le compte de Diego Siciliani est bloqué depuis ce matin. Merci de le débloquer."),
        "es": ("Diego bloqueado", "La cuenta de Diego Siciliani está bloqueada desde esta mañana. Por favor, "
                                  "desbloqueadla."),
        "nl": ("Diego geblokkeerd", "Het account van Diego Siciliani is sinds vanochtend geblokkeerd. Kunnen jullie "
                                    "het ontgrendelen?"),
    }),
    Scenario("c-new-phone", C, "single", SARAH, (W("reset_mfa", SARAH),), {
        "en": ("New phone", "I got a new phone and the Authenticator app is gone. Please reset my MFA so I can set it "
                            "up again."),
        "de": ("Neues Handy", "Ich habe ein neues Handy und die Authenticator-App ist weg. Bitte setzen Sie meine MFA "
                              "zurück, damit ich sie neu einrichten kann."),
        "fr": ("Nouveau téléphone", "J'ai un nouveau téléphone et l'application Authenticator a disparu. Merci de "
                                    "réinitialiser ma MFA pour que je puisse la reconfigurer."),
        "es": ("Móvil nuevo", "Tengo un móvil nuevo y la aplicación Authenticator ha desaparecido. Por favor, "
                              "restableced mi MFA para configurarla otra vez."),
        "nl": ("Nieuwe telefoon", "Ik heb een nieuwe telefoon en de Authenticator-app is weg. Kunnen jullie mijn MFA "
                                  "resetten zodat ik die opnieuw kan instellen?"),
    }),
]
