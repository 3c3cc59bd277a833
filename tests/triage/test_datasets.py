"""Acceptance thresholds on the public dev set (read in place, where RALLIED_DEV_TICKETS names it) and on our own
labelled set."""

from __future__ import annotations

from pathlib import Path

import pytest

from tickets.triage.evaluation import Report, evaluate, load

OWN = Path(__file__).resolve().parents[1] / "data" / "triage_own.jsonl"
# Hand-written tickets in English, German, French, Spanish and Dutch, each row labelled with its language.
LANGUAGES = OWN.with_name("triage_languages.jsonl")
# Written before the rules were changed for them and read once afterwards (ids ho-*, then ho2-*); kept as a check.
HOLDOUT = OWN.with_name("triage_holdout.jsonl")


def _assert_thresholds(report: Report) -> None:
    assert report.clear_accuracy >= 0.96, f"accuracy on non-ambiguous rows {report.clear_accuracy:.3f}"
    assert report.action_precision >= 0.98, f"action precision {report.action_precision:.3f}"
    assert report.clear_other_recall >= 0.97, f"other recall {report.clear_other_recall:.3f}"


def test_dev_set_meets_thresholds(dev_tickets: Path) -> None:
    # Named but absent is a failure, not a skip: the acceptance numbers must be measured.
    assert dev_tickets.exists(), f"dev set missing at {dev_tickets}"
    _assert_thresholds(evaluate(load(dev_tickets)))


def test_own_set_meets_thresholds() -> None:
    rows = load(OWN)
    assert len(rows) >= 300
    labels = {r["label"] for r in rows}
    assert {
        "mfa_reset",
        "mailbox_access",
        "group_membership",
        "license_change",
        "onboarding",
        "offboarding",
    } <= labels
    _assert_thresholds(evaluate(rows))


def test_own_set_entities_are_read_right() -> None:
    """Rows with expected entities: the target, group, mailbox, licence, joiner and leaver read right.

    Naming the wrong account is the costly mistake, so an address in `target_user` must always be
    the right one; a missed entity only sends the ticket to a technician.
    """
    report = evaluate(load(OWN))
    assert report.entity_rows >= 250
    assert report.entity_accuracy >= 0.95, f"entity rows all correct {report.entity_accuracy:.3f}"
    _, predicted, right = report.entity_counts["target_user"]
    assert right == predicted, f"{predicted - right} wrong target addresses"
    for key in ("group", "mailbox", "license", "new_hire_name", "leaver_name", "target_name"):
        want, got, right = report.entity_counts[key]
        assert right / got >= 0.95 and right / want >= 0.9, key


def _assert_confident_predictions_are_right(rows: list[dict]) -> None:
    from tickets.triage.evaluation import calibration_at
    from tickets.triage.rules import CONFIDENT

    count, accuracy = calibration_at(evaluate(rows), CONFIDENT)
    assert count and accuracy >= 0.98


def test_escalation_threshold_keeps_action_precision() -> None:
    """Action predictions at or above the pipeline's threshold (CONFIDENT) are right 98% of the time or more."""
    _assert_confident_predictions_are_right(load(OWN))


def test_escalation_threshold_keeps_action_precision_on_the_dev_set(dev_tickets: Path) -> None:
    _assert_confident_predictions_are_right(load(dev_tickets))


@pytest.mark.parametrize("path", [OWN])
def test_own_set_is_reproducible(path: Path) -> None:
    import importlib.util
    import random

    spec = importlib.util.spec_from_file_location("make_triage_own", path.with_name("make_triage_own.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    regenerated = module.build(random.Random(module.SEED))
    assert [r["id"] for r in regenerated] == [r["id"] for r in load(path)]
    assert regenerated[:5] == load(path)[:5]


def test_multilingual_set_meets_thresholds_in_every_language() -> None:
    """Each language on its own: a strong language must not hide a weak one, and the language must be recognised."""
    rows = load(LANGUAGES)
    per_language = {code: sum(r["language"] == code for r in rows) for code in ("en", "de", "fr", "es", "nl")}
    assert all(per_language[code] >= 40 for code in ("de", "fr", "es", "nl")), per_language
    report = evaluate(rows)
    for code, part in report.by_language.items():
        assert part.clear_total and {r["label"] for r in rows if r["language"] == code} >= {
            "password_reset", "account_unlock", "session_revoke", "group_membership", "license_change", "other"}
        try:
            _assert_thresholds(part)
        except AssertionError as exc:
            raise AssertionError(f"{code}: {exc}") from exc
        labelled, detected = report.language_detected[code]
        assert detected / labelled >= 0.95, f"{code}: language detected on {detected} of {labelled} rows"


def test_holdout_set_meets_thresholds() -> None:
    _assert_thresholds(evaluate(load(HOLDOUT)))


# Sets written by people who never read the rules, in five languages, each measured first without a change made for
# it: triage_holdout3 (150 rows), triage_holdout4 and triage_holdout5 (200 rows each). They pin where the engine
# stands (README, "Triage on tickets it has never seen"): a change that makes it worse on text it was not written for
# fails here. (accuracy on non-ambiguous rows, action precision, other recall.) Raised with issue 12's reading of
# questions, denials, forwards and implied actions (from .917/.910/.931, .929/.917/.923 and .863/.871/.900), each
# floor just under the figure measured then; holdout4's and holdout5's mistakes were studied for that work, so none of
# the three is unseen any more. triage_holdout6 (220 rows) was written for that work by someone who read neither the
# rules nor the other sets, and measured unseen before and after it (.833/.870/.895, then .852/.903/.919). Its mistakes
# were then studied (bare nouns, forwarded notices, memberships and licences said another way; tests/triage/
# test_mentions.py, test_memberships.py, test_referred_and_implied.py, test_settling.py), which raised it to
# .986/.984/1.000: like holdout4 and 5 it now guards against regressions and no longer speaks for unseen text.
# triage_holdout7 (240 rows, 95 `other`, written to be hard: symptoms, questions and near misses that name accounts,
# actions said without their keyword) was written before that study by someone who read nothing of the project, kept
# out of the repository and of the study, and measured before and after it: .782/.856/.931, then .791/.860/.931. The
# study moved holdout6 by 13 points and holdout7 by one: most of what it added fits the studied set's wording, not
# unseen text. Its mistakes were then studied for the classes behind them (a vendor's bill or a job's report, a licence
# named for a machine or by an application, a mailbox that misbehaves, a password the writer says they know, a
# newcomer's account said with nouns; tests/triage/test_symptoms_and_notices.py), which took it to .844/.972/1.000:
# studied now, it guards against regressions. triage_holdout8 (200 rows in the dev set's corporate-incident style,
# written unseen) read .959/.923/.970 before that study and 1.000/.962/1.000 after it (its remaining misses are
# ambiguous rows); studied too. triage_holdout10 (200 rows in the same style, many hard negatives, written unseen) read
# .934/.802/.927 before its study; studied too, its floor is what the study reached. triage_holdout9 (200 rows in the
# same style, by a third author who read nothing of the project) was the unseen measure of both studies: only its
# aggregate figures were read, never its rows: .959/.890/.961 on 12dd675, .971/.912/.980 after them. It joins the
# repository unstudied, pinned at that figure; the next study needs a new unseen set to be measured on.
# triage_holdout12 (200 rows in the same style by a new author, written for us) was that set: .909/.922/.979 unseen,
# then studied for the understandings behind its mistakes (what a word names, whose password or contract it is, a
# leaver named as a failure's cause, requests said another way; tests/triage/test_what_and_whose.py and
# test_chases_and_causes.py), which took it to .961/1.000/1.000 and holdout9, still read only in aggregate, to
# .977/.924/.990 (its floor raised to keep that).
# triage_holdout14 and triage_holdout15 (200 rows each in the same style, by other authors, written for us) were the
# second study's sets: .917/.921/.989 and .966/.925/.978 before it; their mistakes were grouped by what the words are
# about (tickets/triage/objects.py, tests/triage/test_objects.py), developed on holdout14 and checked on holdout15,
# which took them to .938/1.000/1.000 and .979/1.000/1.000; a line of Portuguese and Chinese words for the commonest
# short requests (tests/triage/test_portuguese_and_chinese.py) then to .965/1.000/1.000 and 1.000/1.000/1.000, and
# holdout12 to .981/1.000/1.000 (its floor raised to keep that); a leaving said in any tense (test_leavers_in_any_tense)
# took holdout14 to .979/1.000/1.000. Studied now, they guard against regressions.
# triage_holdout18 and triage_holdout19 (200 rows each in the same style, by authors who read nothing of the project,
# written for us) were the third study's sets: .959/.943/.988 and .952/.910/.989 before it. holdout18's mistakes were
# grouped by what the engine did not understand (a newcomer said by their arrival and the account they lack, a group
# named by its directory name, a leaver "no longer with us" beyond English, words that name something else;
# tests/triage/test_newcomers_arriving.py, test_groups_and_leavers_named_otherwise.py, test_what_a_word_names.py),
# which took it to 1.000/.986/1.000; holdout19, read only in aggregate, stayed at .952/.910/.989: unseen, none of it
# reached its rows. holdout19 was studied after that (a move inside the firm is no leaver, an approval above a forwarded
# request approves that request for its author, a password someone may have seen is to be changed, someone else's
# mailbox asked for as a question, a newcomer's form listing equipment, a mailbox that sends twice; tests/triage/
# test_movers_and_approvals.py, test_exposed_passwords_and_asked_mailboxes.py, test_forms_and_misbehaving_mailboxes.py),
# which took it to 1.000/.971/1.000 and holdout18 to 1.000/.987/1.000. The study's first part also moved holdout7 from
# .858/.973/1.000 to .863/.974/1.000 and holdout10 from .970/.880/.990 to .976/.881/.990 (a newcomer's arrival; their
# floors raised to keep that). Both new sets are studied now: the next study needs a new unseen set.
# triage_holdout20 and triage_holdout16 (200 rows each in the same style, by authors who read nothing of the project,
# written for us) are the fourth study's sets: .945/.928/1.000 and .945/.941/.989 before it. holdout20's mistakes were
# grouped by what the engine did not understand (a retold notice or an unasked MFA prompt asks for nothing, a denied
# forgetting is no forgotten password; a password someone saw is to change even asked as "how do I"; a person taken
# off a team, an access level on a site, a group named by its role suffix, a leaving dated in the past, a leaver's
# notice that lists the laptop, an account "set up for" a newcomer; tests/triage/test_mentions_that_ask_nothing.py,
# test_requests_said_plainly.py), which took it to 1.000/.973/1.000 (its remaining misses are ambiguous rows);
# holdout16, read only in aggregate, stayed at .945/.941/.989 unseen: none of it reached its rows. holdout16 was
# studied after that (a message sent to a list and to be recalled, a contractor whose project is over, an account "can
# be removed", "the new guy", "wants it reset", "kann man das freischalten?", a newcomer's form opening with the role,
# an account asked in another ticket, a product's seat, content inside a product, an approval signed with a name;
# tests/triage/test_asked_another_way.py), which took it to 1.000/.986/1.000 and left holdout20 at 1.000/.973/1.000.
# Both are studied now: the next study needs a new unseen set.
# triage_holdout23 (200 rows from a logistics company, by an author who read nothing of the project, written for us)
# read .938/.875/.968 before its study. Its mistakes were grouped by what the engine did not understand (a machine's or
# a program's lock is no account lockout, a login in another company's system, one file's owner asked through its own
# button, a drive that vanished, a second factor in hand and working; a removal whose account stays, a leaver taken out
# of one chat, a dismissal said with when, people added to a team named in quotes, a newcomer's equipment with the
# accounts asked elsewhere; tickets/triage/not_the_account.py, stays_or_goes.py, tests/triage/
# test_locks_owners_and_vanished_drives.py, test_who_stays_and_who_goes.py), which took it to .979/1.000/1.000 and
# left every other set here where it was; triage_holdout25 (200 rows from a university, same kind of author), read only
# in aggregate, went from .910/.857/.945 to .917/.870/.956 with it. holdout25 was studied after that (a place or one
# application's own login locked, the desk asked in the third person, a bare "reset" under a password subject, gone
# said by what ended, someone added where a leaver was, a leaver's kit with the account already disabled, a school's
# timetable starting, a monitoring alert's group field, a right to send to a list, a mailbox still to be created or
# sending the wrong way, an automated job's failure, and one line of Italian and Polish; tickets/triage/not_asked.py,
# italian_and_polish.py, tests/triage/test_fields_senders_and_new_mailboxes.py, test_italian_and_polish.py), which took
# it to 1.000/1.000/1.000, holdout23 to .993/1.000/1.000 and holdout7 from .863 to .867 on clear rows.
# triage_nearmiss1 (200 rows by an author who read nothing of the project, written for us: 150 `other` tickets that
# mention accounts, passwords, locks, groups, mailboxes, licences, starters, leavers or MFA but ask for something else,
# and 50 plain requests) read .865/.639/.828 before its study (.871/.648/.836 before holdout25's): the engine acted on
# words, not on what is asked. Its
# mistakes were grouped by what the engine did not understand (a starter's or leaver's equipment with the accounts
# said done by another process, in any tense and in German and Dutch; access said to be in hand, a category set aside
# by the writer, a request not raised yet; furniture and a machine's panel that lock, a fault seen when unlocking one's
# screen; licences counted, a leaver export job, a checklist to mend; a mail to fetch back from a list and a slow group
# drive said in German; tickets/triage/disclaimed.py, process_records.py, not_the_account.py, noise.py, vetoes.py;
# tests/triage/test_accounts_done_elsewhere.py, test_disclaimed_requests.py, test_locked_things_and_unlocked_screens.py,
# test_process_records.py, test_recalls_and_drive_faults_in_german.py), which took it to .988/.902/.992 (its clear
# misses left: a licence asked with a move, "AutoCAD Lizenz zuweisen, er wechselt in die Betriebstechnik", and a
# leaver's loaned kit under a "leaver:" subject line, read right before holdout25's study) and left every other set
# here where it was.
# triage_nearmiss4 (200 rows from a German-speaking city administration, de/en/fr/es/nl, by an author who read nothing
# of the project, written for us: 150 near misses, 50 plain requests) read .918/.733/.913 before its study. Its mistakes
# were grouped by what the engine did not understand (a request reported done and the ticket closed, or withdrawn by
# name; the screen lock's timeout, group policy, a copier's or a protocol's authentication, a farewell party, a listing
# that still shows a leaver, a phishing mail reported and not clicked, a second factor still in hand while the phone is
# broken, access held for years to what now misbehaves, a drive shown disconnected; a placement that ends, a bare
# "please reset" after the password, a newcomer's account asked for by another already; tickets/triage/already_done.py,
# other_senses.py, said_briefly.py; tests/triage/test_requests_already_done.py, test_words_in_other_senses.py,
# test_requests_said_briefly.py), which took it to .994/.979/1.000 and holdout14 from .979 to .986 on clear rows (its
# floor raised to keep that); every new veto fired, across all the sets here and the dev set, only on `other` rows. Its
# action mistake left is a label dispute: an auto-reply in a retired man's mailbox, labelled `other`, is mailbox_access
# by the dev set's conventions.
# triage_nearmiss3 (200 rows from a hotel group by an author who read nothing of the project, written for us: 150 `other`
# near misses and 50 plain requests, in English, German, French, Spanish and Dutch) read .918/.767/.913 before its
# study, and .924/.780/.921 after nearmiss4's, made in parallel without it (its farewell party was the one row reached). Its mistakes were grouped by what the engine did not understand, each taught by word class and sentence shape
# in the five languages (a licence that is a permit, a till's or a kiosk's own licence, the firm's subscription up for
# renewal; a document held open or locked for editing; an account in the books, a ledger's or a customer's; a group
# inside a business application; a shared outside login whose password a colleague holds; a leaving party; a list of
# who has access read for an audit; a leaver's account closed by HR, said beyond English; a person leaving "the hotel"
# with the account's closing asked; "Please action." above a forwarded leaver notice; "Can X send as y@?";
# tickets/triage/another_kind.py, nothing_to_change.py, workplaces_left.py; tests/triage/
# test_things_of_another_kind.py, test_gatherings_and_access_lists.py, test_hand_ons_and_rights_asked_as_abilities.py),
# which took it to 1.000/1.000/1.000 (its one miss left an ambiguous "Unlicensed Product" row, which the engine leaves to
# a person on purpose) and left every other set here where it was, nearmiss4 at .994/.979/1.000: none of it reached
# their rows.
# triage_nearmiss6 (200 rows from a retail chain's stores and head office by an author who read nothing of the project,
# written for us: 150 `other` near misses, 50 plain requests, en/de/fr/es/nl) read .982/.920/.984 before its study. Its
# mistakes were grouped by what the engine did not understand (a handheld stuck on its own lock screen or refusing the
# code that opens it; a scanner's licence said invalid in Dutch; a leaver said by the end of their work, "finished with
# us", "hat bei uns aufgehört"; a notice sent for the record, "nothing needed from you", "kein Handlungsbedarf";
# tickets/triage/devices_and_notices.py, another_kind.py; tests/triage/test_device_locks_and_notices.py), which took it
# to 1.000/.979/1.000; every new veto and signal fired, across all the sets here and the dev set, only on rows of its own
# label (`other` for the vetoes, offboarding for the leaver), and no set's figure moved. Its mistakes left are ambiguous
# rows: "is my account locked?" over a password said wrong on the store PC, read as an unlock; a password manager's
# vault, a password refused by the policy and Office's "Unlicensed Product" left to a person.
# triage_nearmiss7 (200 rows from a regional bus and tram operator by an author who read nothing of the project,
# written for us: 150 `other` near misses, 50 plain requests, ~40% German, ten each French, Spanish and Dutch) read
# .847/.592/.846 before its study. Its mistakes were grouped by what the engine did not understand (an unlock whose new
# password is known; access said to work again and a close with an adverb in it; another program's login said not to be
# the Windows one; one's own OneDrive; the Access database; a group counted in people; French's "visio"; a licence
# message that says to contact the vendor; access said held plainly; a second factor said to work fine beyond English;
# a newcomer's or leaver's account said there or off; a leaver the writer took over from; an employment ended by the
# employer; a contractor "finished –"; a bracketed aside inside a request; tickets/triage/already_done.py,
# not_the_account.py, other_senses.py, another_kind.py, noise.py, nothing_to_change.py, devices_and_notices.py,
# stays_or_goes.py, questions.py; tests/triage/test_work_said_done_and_passwords_known.py,
# test_other_programs_logins_and_storage.py, test_people_counted_calls_and_vendor_licences.py,
# test_accounts_in_place_successors_and_dismissals.py), which took it to .949/.797/.946; holdout5 went from .959 to
# .964 on clear rows (the aside) and no other set's figure moved. Left alone rather than fitted with a phrase: a
# complaint about how long a past reset took, the login page's quoted "Forgot password?" label, a phishing mail asked
# about in the subject only, a leaver's approvals moved in the rostering system, laptops for a training room of
# starters, a display error in a roster group, Authenticator prompts too frequent, a misspelt "kenwort", and a leaver's
# mailbox read as an unlock over "sein Konto ist ja gesperrt".
# triage_nearmiss9 (200 rows from an airport ground-handling and cargo company by an author who read nothing of the
# project, written for us: 150 `other` near misses, 50 plain requests, ~40% German, 10 each fr/es/nl) read
# .914/.691/.891 before its study. Its mistakes were grouped by what the engine did not understand (a code, a pass or a
# password that is a thing's: a voicemail's or a printer's PIN, a key cabinet's code, a door pass or badge beyond
# English, a machine's display reading "locked", a password set on a file or a macro project, a vendor's own login or
# one said not to be the directory's, one app's lockout while the PC's sign-in works beyond English; a lock gone by
# itself with the ticket closed; only a question asked while everything works; a newcomer's or a leaver's accounts said
# done already, what is left being data or a work phone; a leaver's accounts set aside by the writer; a temp's "last
# shift with us"; a list's own bounce; tickets/triage/devices_and_notices.py, not_the_account.py, another_kind.py,
# already_done.py, disclaimed.py, not_asked.py, noise.py; tests/triage/test_codes_passes_and_protected_files.py,
# test_settled_asked_only_or_set_aside.py), which took it to 1.000/.980/1.000 (48 of 49 actions right, floored at
# .97); no row of any other set here or of the dev set changed its category. Its mistakes left are ambiguous rows: a SharePoint folder's error after being added to
# the site (read as a membership), a password manager's failed rotation and Office's "Nicht lizenziertes Produkt" left
# to a person.
# triage_holdout30 (200 rows from a freight forwarder's service desk, warehouses, drivers, customs software, by an
# author who read nothing of the project, written for us, 120 `other`, en/de with a few fr/es/nl) read .951/.867/.957
# before its study. Its mistakes were grouped by what the engine did not understand (a PDF its sender protected with a
# password, "unlock it"; one application's login locked or its password to reset while "Windows is fine"; a lost phone
# said to hold no authenticator; a factor that works but late; German's bare "Authentifizierung fehlgeschlagen" of a
# VPN; "a new shared mailbox" wanted; a password forgotten by "which one I set"; a ticket owner "on leave till the 20th"
# read as an out-of-office; an HR form's "NEW JOINER" heading over its "Job title:" line read as a joiner job; a
# newcomer "starts tomorrow, can she have a login"; tickets/triage/another_kind.py, not_the_account.py,
# other_senses.py, not_asked.py, patterns.py, noise.py, process_records.py; tests/triage/
# test_protected_files_and_one_apps_login.py, test_factors_absent_late_or_generic.py,
# test_new_things_forgotten_ones_and_absences.py), which took it to .993/.972/.989. Every other set's figures held;
# nearmiss1 rose from .902 to .920 on action precision (its new shared mailbox "we would like ... created" no longer
# read as access) and holdout23's ambiguous "working student starts TOMORROW" now reads as the onboarding it is. Left:
# an Acrobat Pro licence asked for, labelled `other` here and license_change in holdout12/18 (a disputed label), and a
# carrier portal's account locked with nothing said of whose system it is (ambiguous).
# triage_holdout28 (200 rows from a private hospital group: wards, clinicians, PACS, shift and agency staff; a service
# desk's natural mix, 120 `other`; by an author who read nothing of the project, written for us) read .972/.883/1.000
# before its study. Its mistakes were grouped by what the engine did not understand (one application's password or
# lock while the directory's sign-in is said to work, "Windows one is fine"; a tablet disabled by its own passcode and a
# workstation held by another person's session; authenticator codes refused with nothing changed; software to have
# installed, a licence's holder asked to be upgraded; "till 8pm" as until, a password changed on the phone, "set me a
# new one"; a person taken out of a quoted team in German's verb-final order; an account had made for a newcomer;
# tickets/triage/not_the_account.py, devices_and_notices.py, other_senses.py, discounts.py, said_briefly.py, vetoes.py,
# stays_or_goes.py; tests/triage/test_directory_sign_in_said_working.py, test_devices_held_or_locked_by_their_code.py,
# test_second_factor_codes_refused_unchanged.py, test_installs_and_upgrades_asked.py,
# test_till_and_a_new_password_asked.py, test_named_teams_left_and_accounts_had_made.py), which took it to
# 1.000/.973/1.000; no row of any other set here or of the dev set changed its category. Its action mistakes left are
# two ambiguous label disputes: a Dragon Medical licence asked for a doctor, labelled `other`, reads as a licence
# request by the conventions the other sets follow (a product's licence asked for a person).
# triage_holdout31 (200 rows from a water utility's incident queue: treatment plants, pumping stations, field crews,
# SCADA panels and a customer portal, 120 `other`, en/de with a few fr/es/nl; by an author who read nothing of the
# project, written for us) read .951/.880/.989 before its study. Its mistakes were grouped by what the engine did not
# understand (a program's password set apart from Windows, "the lab system, not windows"; a panel's local operator
# password, "not in the domain"; customers' portal reset mails; an authenticator "already moved over" to a new phone;
# a monitoring alert graded "Severity: low"; a workflow's approval group; German's late "weiß das Passwort ... nicht
# mehr" and verb-last "Lizenz zuweisen", its plural "Konten anlegen"; a leaver's mailbox given to a successor; text
# codes going to an old number; tickets/triage/not_the_account.py, devices_and_notices.py, another_kind.py, vetoes.py,
# patterns.py, objects.py; tests/triage/test_logins_set_apart_local_or_the_publics.py,
# test_graded_alerts_and_workflow_groups.py, test_late_verbs_handed_mailboxes_and_old_numbers.py), which took it to
# .979/.986/1.000. No other set went down: holdout28's "Bitte Lizenz zuweisen", nearmiss1's bare "Lizenz zuweisen" and
# holdout30's text codes to the old number now read as the requests they are labelled. Its one action mistake left is a
# disputed label: Teams' "you need a license to use this feature" reads as a licence by the conventions ("Office says
# unlicensed"). Left as `other`: Word's "Unlicensed Product" with nothing asked (a symptom by discounts.py's design), a
# forgotten password beside "the authenticator on my phone still works fine, it's just the password", an expiry notice
# quoted above "now it has expired, need a new one", and ambiguous leavers, folders and mailboxes.
# triage_holdout33 (200 rows from an insurer's incident queue: underwriting, claims, brokers, call-centre agents and
# batch jobs, 120 `other`, en/de with a few fr/es/nl; by an author who read nothing of the project, written for us)
# read .959/.921/1.000 before its study. Its mistakes were grouped by what the engine did not understand ("send as
# Excel" read as the send-as right; a program that "has its own login" and a password set apart in brackets, "(nicht
# Windows!)"; access "given last week" that still does not show; a batch job stopped by its service account's expired
# password; "wiped before I moved the authenticator" read as moved; groups and lists named only by their "dl_", "sg_",
# "grp_" prefixes) and taught in general terms (test_formats_own_logins_and_service_jobs.py), which took it to
# .972/.987/1.000. No other set went down: holdout9, 10 and 31 each gain a "dl_"/"sg_" row, holdout10's "erp
# password (not windows)" and holdout19's payroll job on an expired service account now read as the `other` they are
# labelled. Its one action mistake left is ambiguous: an outside broker's forgotten password on the company's broker
# portal, read as a reset. Left as `other`: Word's "Unlicensed Product" with nothing asked (discounts.py's design), a
# rehire asked as a question, a trainee "from 1 August, set up everything", users added to a bare name, a forward
# whose own words are only "see below, can you help?", and "can you set one for me?" under an expiry warning.
# triage_holdout36 (200 rows from a manufacturer's incident queue: plants, production lines, MES terminals, SAP
# postings and suppliers' portals, 122 `other`, en/de with a few fr/es/nl; by an author who read nothing of the
# project, written for us) read .959/.897/.976 before its study. Its mistakes were grouped by what the engine did not
# understand (an SAP dump's "triggered a termination" read as an HR notice; an authenticator push that times out on an
# unchanged phone; "I was added to the team" and "I have access to her calendar" beside a view that does not show or
# is stale; "is that normal? nothing broken"; "Not urgent - is there a way to reset my own password?"; the MFA calls
# sent to an old number; a rehire whose deleted account is to be made again; an external's contract ended, named by
# trade and name; a group named with underscores) and taught in general terms (tickets/triage/other_senses.py,
# mentions.py, objects.py, vocabulary.py, patterns.py, intent_words.py, questions.py;
# tests/triage/test_returns_terminations_and_factors_at_hand.py), which took it to 1.000/.987/1.000. No other set went
# down: holdout9's ERP dump "update was terminated" now reads as its `other`, holdout23's and holdout30's returning
# employees as their `onboarding`. Its two session rows ("sign me out everywhere" after a guest PC left logged in, "I
# think my account is hacked") were written `other` under a label list that had lost session_revoke; relabelled
# session_revoke as every other set labels them, they read 1.000/1.000/1.000. Left as `other`: Word's "Unlicensed
# Product" with nothing asked (discounts.py's design), a password manager's master password refused, a shared mailbox
# "not in my outlook, I need it too", and "how can I change it?" on a terminal with no Ctrl+Alt+Del, all ambiguous.
# triage_holdout34 (200 rows from a logistics firm's incident queue: depots, drivers, agency staff, a port system and
# a customer tracking portal, 122 `other`, en/de with a few fr/es/nl; by an author who read nothing of the project,
# written for us) read .937/.819/.952 before its study. Its mistakes were grouped by what the engine did not
# understand (a lockout whose new password is declined, "don't need a new one"; a newcomer's logins to "set up"; an
# agency's or a fixed-term contract ended, and a contractor named in brackets before "finished", beside the logins'
# closing; a team named before "ich muss hinzugefügt werden"; one customer's person's login on the company's portal
# and "who looks after that, us or the port?"; an authenticator moved by the writer in German's verb-second order, and
# a prompt without its number on an unchanged phone; a group joined whose effect does not show; a group's member list
# asked for; a licence pool's low-stock alert; a job stopped by an "svc_" account's password; a newcomer's login said
# made already; "User is locked by administrator"; tickets/triage/vetoes.py, patterns.py, stays_or_goes.py,
# questions.py, not_the_account.py, other_senses.py, process_records.py, already_done.py; tests/triage/
# test_contracts_ended_customers_logins_and_pool_alerts.py), which took it to 1.000/.974/1.000. No row of any other
# set here or of the dev set changed its category (nearmiss9's WhatsApp group, `other` by accident of a question
# before, is now `other` as a chat app's group). Its two session rows ("bitte überall abmelden", "my account has been
# hacked"), written `other` under a label list that had lost session_revoke, were relabelled session_revoke as every
# other set labels them: 1.000/1.000/1.000. Left as `other`: Word's "Unlicensed Product" with nothing asked, a shared
# mailbox gone from Outlook ("add me back"), a password manager's master password, and a rehire's "can he have a new
# one".

# triage_holdout38 (200 rows from a pharmaceutical distributor's incident queue: warehouses, cold-chain jobs, QA, an
# order desk serving pharmacies through a B2B shop, 120 `other`, en/de with a few fr/es/nl; by an author who read
# nothing of the project, written for us) read .952/.829/.966 before its study. Its mistakes were grouped by what the
# engine did not understand (a customer's own shop login reported by the order desk; "who manages that?" and "can we
# reset it from here or is that the web team?"; a site called external; a job stopped by an "svc_" account's expired
# or locked password; an audit's report of accounts and "confirm the account really is disabled"; a licence dongle;
# files that "open read-only"; a newcomer whose account is done and who "just needs a laptop"; an authenticator prompt
# missing on the "same phone as always"; a lockout whose source is asked to be traced; access refused "since the
# migration" by one who "had the permission already"; "we just want to know"; missed: a contractor whose "contract
# ended", "set up AD, email, SAP and X user", "sign-in approvals" going to an old phone, "GG_x for user y") and taught
# in general terms (tickets/triage/not_the_account.py, process_records.py, discounts.py, another_kind.py,
# already_done.py, other_senses.py, disclaimed.py, vocabulary.py, patterns.py;
# tests/triage/test_customers_whose_job_and_traced_lockouts.py), which took it to 1.000/1.000/1.000. No row of any
# other set or of the dev set changed its category but holdout19's prompts missing on the "same phone as always",
# now the `other` it is labelled. Left as `other`, all ambiguous: Office's "Unlicensed Product" with nothing asked, a
# Ctrl+Alt+Del change refused by the complexity rules, a mailbox "re-add" after a leave, a leaver's OneDrive to move,
# a leaver "still online in Teams", a rehire's deleted account, access "same as her", an SAP password (not Windows).
# No disputes.

# triage_holdout39 (200 rows from a telecom operator's incident queue: call-centre agents, field technicians with
# tablets, a network operations centre, a customer self-care portal and provisioning queues, 120 `other`, en/de with a
# few fr/es/nl; by an author who read nothing of the project, written for us) read .924/.840/.942 before its study. Its
# mistakes were grouped by what the engine did not understand (a bare "P2 please" read as Entra's plan; a question of
# whose job a thing is, "who manages this?", "can we reset it from our side or do they have to?", and a subject that
# calls the ticket a question; "is this something I need to worry about?" read as a want; an authenticator that
# "stays the same" on another phone; "just letting you know" with nothing pleaded for; one customer "(acc ...) says"
# beside the public; the self-service reset page's outage; an app's "device locked"; a lost phone whose wipe is asked;
# "a mailbox nobody reads" read as a read right; a leaver's one remnant still on a list; and, asked in words it did not
# know, an intruder put out beside a hack, a contractor who "finished early", newcomers' logins to set up, "add these 3
# to the ... team", a group named before "can you add me?", Teams Phone and Project P3, codes still sent to the old
# mobile, a password change the desk is pleaded to force; tickets/triage/vocabulary.py, patterns.py, questions.py,
# rules.py, other_senses.py, devices_and_notices.py, not_the_account.py, said_briefly.py, stays_or_goes.py, objects.py;
# tests/triage/test_priorities_notices_whose_job_and_remnants.py), which took it to 1.000/1.000/1.000. No row of any
# other set here or of the dev set changed its category; holdout7's Power BI Pro and temp, holdout4's "kick everyone
# else out", nearmiss1's "add the following three users" and holdout25's contractor gain confidence in the request they
# are labelled, and a few `other` rows naming Teams Phone lose some (0.95 to 0.86). Left as `other`, all ambiguous: Word's "Unlicensed Product" with nothing asked (discounts.py's
# design), a rehire's new account said without a start verb, a folder "gone from S:" that the rest of the team still
# sees, a leaver's accounts to "close" beside a tablet to return, a Teams team the writer was sent a link to, a bare
# group name with a user id as the whole ticket, and a leaver's OneDrive to move before the account "can be closed".
# triage_holdout41 (200 rows from a retail bank's incident queue: branches, a call centre, payments and treasury, risk,
# Citrix storefronts, 120 `other`, mostly en with de and a few fr/es/nl; by an author who read nothing of the project,
# written for us) read .931/.905/.976 before its study. Its mistakes were grouped by what the engine did not
# understand (a factor's behaviour abroad asked "just asking"; a password changed already with a phone or Citrix
# failing since; a starter's hardware whose accounts "were requested via HR" or are "separat beantragt"; a customer
# who called about "his online banking account"; the self-service reset's sign-up page showing an error; someone else
# "on holiday" read as an out-of-office beside "can i be added?"; a screen's "password has expired, contact your
# administrator" told in quotes under FW: read as a forwarded notice; and, asked in words it did not know, an "expired
# password" named before its noun, a change "does not meet the password policy requirements", bare "can I have
# access?" after a mailbox's address, "needs GG_x", a "Product: / User:" licence form, a newcomer who "started today"
# with no account) and taught in general terms, five languages where the wording allows (tickets/triage/disclaimed.py,
# already_done.py, not_the_account.py, noise.py, said_briefly.py, patterns.py;
# tests/triage/test_just_asking_changes_made_and_forms.py), which took it to 1.000/1.000/1.000. No row of the dev set
# changed; five rows of other sets changed category, each to its label (holdout10's and holdout14's and nearmiss6's
# change refused by the complexity rules, holdout15's starter with no login, nearmiss7's training-room laptops whose
# accounts HR requested), and some `other` rows gained confidence. Left as `other`, all ambiguous: a rehire's account
# "not sure if it still exists", a password manager's master password, a reset asked after a phishing click (the
# alert discount's design), an archive's "separate login (not windows)", Office's "Unlicensed Product" with nothing
# asked. No disputes.


# triage_holdout40 (200 rows from a manufacturer's incident queue: plant floors and shift teams, a QC lab with its LIMS,
# SAP planners, contractors and auditors, 120 `other`, mostly en with de and a few fr/es/nl; by an author who read
# nothing of the project, written for us) read .959/.903/1.000 before its study. Its mistakes were grouped by what the
# engine did not understand (a leaver named by their name, "Tom Baker left last Friday", where only a pronoun counted;
# a bare-named person's contract ended before "his account"; an account asked "shut down" in a shared passive, or
# disabled by "it" after a former employee; "add my account to X"; "no idea what I typed" after one's own password
# change; and, read as requests, "is that ok or do I need to do something?"; an owner's leaving that explains an empty
# role; a membership said made, or its ticket closed, with the access still failing; a program's own message that its
# licence expired on a machine; a visitor from outside, an auditor or an inspector, given a login; tickets/triage/
# vocabulary.py, patterns.py, questions.py, rules.py, discounts.py, already_done.py, not_the_account.py;
# tests/triage/test_leavers_by_name_and_whether_to_act.py), which took it to .986/.986/1.000. No row of any other set
# here or of the dev set left its label: five ambiguous leavers' OneDrive tickets (holdout16, 20, 23, 38, 39) move from
# `other` to the offboarding they are labelled, holdout7's "can't remember what I typed" to its password reset, and a
# few offboarding and `other` rows change confidence only. Left: a terse "Power BI Pro / for sharing the dashboard"
# and a bare group name over "for j.pereira" (said_briefly.py's ground, too thin to teach from one row each); and, all
# ambiguous, Office's "unlicensed product" banners, a password change refused by policy, "can you change it for me??
# or how do I do it", a Teams team that "doesn't show", a mailbox "not showing", an HR-sent starter asked as "is this
# the right place?", and "access to everything the old engineer had". Disputes: none.


# triage_holdout45 (200 rows of terse company incidents, 120 `other`, mostly en with de and a little fr/es/nl; by an
# author who read nothing of the project) read .958/.878/.974 before its study. Its mistakes, grouped by what the
# engine did not understand: thanks for a reset done with the ticket closed by its number, a lock that "unlocked
# itself", an error "after password reset" (already_done.py); a workbook's session held open (another_kind.py); a
# system or RFC user's expired password or a service account's lock stopping an interface (process_records.py); a
# licence "had since last year" whose check fails (discounts.py); apprentices starting "sept 1st", "left company",
# "contract of external X ends" (vocabulary.py, patterns.py); "new sap pwd not working" (said_briefly.py). It now reads
# 1.000/.962/1.000; no row of another set left its label (holdout14's terse leaver moved to its label). Left, all
# ambiguous: a Power BI group beside a Pro licence, a leaver's mail forwarded, a colleague's folder asked as "same as",
# and a contractor removed from one group. Disputes: none.
# triage_holdout43 (200 rows from a retailer's queue: stores, tills, seasonal staff, 120 `other`, mostly en with de) read
# .959/.875/.988 before its study; taught the act itself set aside ("not asking to unlock anyone"), a role with a
# bracketed id who "left last week", a leaver process asked beside a laptop, accounts last in newcomers' needs, an
# underscored role name, a request cancelled by number and "no action for you yet" (disclaimed.py, vocabulary.py,
# noise.py, patterns.py, already_done.py, devices_and_notices.py), which took it to .993/.925/1.000; no other set moved
# away from a label. Left: a bare "new sap pwd not working", and ambiguous third-party resets and whose-job lockouts.
# The studied sets' remaining wrong actions, taught by kind (a newcomer's accounts done and only a licence asked, a
# licence handed on, whose login it is asked or wondered, a reset page at fault, "since onboarding", a reset already made
# and a new symptom, sessions kicked out, a worry only asked, a list to delete or its membership left alone) raised
# action precision on holdout7 .974->.983, nearmiss1 .922->.940, holdout43 .926->.987, holdout48 .907->.946, holdout49
# .916->.962 and holdout50 .873->.909, with no row of any set moved away from its label.
# triage_holdout57 (200 rows of terse company incidents: engineering tools, finance, sales, a dev database; 145 clear,
# mostly en with de) read .910/.837/.881 before its study. Taught: a problem said "solved"/"resolved" beside a close
# (already_done.py); thanks to everyone for a newcomer's setup (noise.py); a database lock held by a transaction or a
# session, and a meeting locked by its organiser (objects.py); the directory's lockout policy changed, and a phishing
# mail sent "fyi" or with a misspelt domain (other_senses.py); a OneNote section's own password (another_kind.py); a
# group's members exported for a review (nothing_to_change.py). It now reads .966/.923/.976; no row of any set moved
# away from its label. Left: another company's SFTP login "password expired" (bank's portal, a whose-job reading), a
# desk's equipment for a new rep (labelled other; already_done's hardware-only veto wants "just"/"only"), an "ad group" request
# flagged as text aimed at the system, a hr_tool "initialkennwort" asked, "unlicensed product", and ambiguous rows.
# triage_holdout53 (200 rows of a retail chain's queue: shops, tills, POS, retail HQ, 120 `other`, mostly en with de and
# two rows each of fr/es/nl; by an author who read nothing of the project) read .945/.866/.932 before its study. Taught:
# a thank-you for a thing done written "thx" or "vielen Dank für ..." (noise.py); a SIM card locked, asking for its PUK
# (devices_and_notices.py); tickets of a kind counted for a review (process_records.py); the firm's licence asked about
# for a home machine or private use, and a system's password rules asked to accept longer ones (another_kind.py);
# seasonal or holiday help arriving, and "set up logins" (vocabulary.py). It now reads .993/.935/1.000; no row of another
# set moved away from its label. Left: Office's "unlicensed product" banner labelled a licence change (a banner is a
# fault to look into until someone finds why; the holdout50 study left the same banners); and, all ambiguous, "no MFA prompt any more, is this
# normal?", a chased starter request, a supplier portal's lockout forwarded with "can you unlock it?", a contractor's
# ended contract removing one VPN group (stays_or_goes.py reads an ended contract as a leaving), starter hardware with
# HR requesting the access, "disable the account of X, HR is aware", a forwarded intern's forgotten password, and a
# form-shaped group request. Disputes: none.
# triage_holdout54 (200 rows from a manufacturer's queue: engineering tools, a QMS on SharePoint, measuring machines,
# maintenance and shifts, 120 `other`, mostly en with de; by an author who read nothing of the project) read
# .952/.880/.944 before its study. Taught, by what the engine did not understand: the act named as a thing and said to
# have worked ("das Entsperren hat geklappt") with the ticket closed, and a newcomer's account said to come by another
# route (already_done.py); a licence said not needed (disclaimed.py); a file checked out by someone who left
# (discounts.py); a password-expiry mail doubted by "is this real?" (other_senses.py); a token lost or broken as the
# second factor, "account" inside a job title, "tool_use" inside a group's name, and a right asked back ("pls re-add")
# (vocabulary.py, patterns.py); a service account's lockout reported by a monitor and a job's logon failure naming its
# account (process_records.py); a workstation left signed in by the last shift (devices_and_notices.py); a return by
# date with the old account reactivated (objects.py). It now reads .993/.987/1.000; no row of another set left its label
# (holdout43's ambiguous "pls add me back" moved to its mailbox_access). Left: Office's "unlicensed product" banners
# (discounts.py keeps an app's own message a symptom on purpose), a list's owner changed (other sets label owners asked
# as memberships) and a leaver's OneDrive kept for a successor, asked as a question (ambiguous). Disputes: none.
# triage_holdout61 (200 rows of a construction firm's queue: sites, subcontractors, CAD and BIM models, 120 `other`,
# mostly en with de and two rows each of fr/es/nl; by an author who read nothing of the project) read .959/.905/.939
# before its study. Taught: a thank-you for an unlock whose "entsperren" holds a lock's word, and a phone or tablet for
# a newcomer (noise.py); a second factor said to run on where it is (other_senses.py); a form locked or "secured" by its
# issuer (another_kind.py); things in an application held by someone who left, their release asked (discounts.py); a
# system run by the supplier (not_the_account.py); a ticket chased for its state (process_records.py); a subcontractor's
# stay ended (said_briefly.py); "please deactivate." with its object left out (vocabulary.py); a password sent out by
# mistake, and German's "Passwort ändern" (patterns.py). It now reads 1.000/1.000/1.000; no row of any set moved away
# from its label. Left: Office's "unlicensed product" banner labelled a licence change (ambiguous; a program's own
# licence message stays a fault to look into, as the holdout50 and holdout53 studies left it). Disputes: none.
# triage_holdout59 (200 rows of a hotel group's queue: front desks, night auditors, housekeeping, key-card encoders, the
# PMS; 120 `other`, mostly en with de and two rows each of fr/es/nl) read .959/.889/.964 before its study. Taught: thanks
# sent "to whoever" did a thing (noise.py); a private account at an outside service said hacked, and a second factor said
# running already on the new phone without an auxiliary (not_the_account.py); a leaving's or joining's document asked for
# as a template (process_records.py); English's "blocked" after failed sign-ins (patterns.py); seasonal staff named as a
# group whose stay ends, with plural verbs (said_briefly.py); "pls see below" above a forward as a hand-on
# (reference.py). It now reads 1.000/.949/1.000; no row of any set moved away from its label. Left, all ambiguous: a
# password change refused by bare "requirements", a reset done with another fault after it, a lost RSA token, SharePoint
# "access denied" that worked before, a shared mailbox "not visible, add me", a lost phone holding the authenticator, a
# SIEM alert on a service account's lockout, and Office's "unlicensed/product deactivated" banners (left as holdout50's
# and holdout53's studies left them). Disputes: none.
# triage_holdout56 (200 rows of a container port operator's queue: terminal, gate, customs, reefer and finance staff, 120
# `other`, mostly en with de and two rows each of fr/es/nl; by an author who read nothing of the project) read
# .952/.869/.952 before its study. Taught: the work named as a noun and said to have worked ("das Entsperren hat
# funktioniert"), "you can close this.", and access refused "although I was added" (already_done.py); what will come of
# how things stand, asked ("will my account be locked when I'm back?"), who holds a shared login's keys, and "I'd like to
# understand the rules" (questions.py); a portal said run by another body (not_the_account.py); a monitoring alert
# counting failed sign-ins against an account (vocabulary.py ALERT); someone taken off a mailbox, and a mailbox the
# predecessor had (objects.py); "can you set a new one?" after the password (said_briefly.py); where the bad sign-ins
# come from, asked in the logs (process_records.py); a leaver's timesheet a step cannot close (discounts.py); a
# delegate's invites that stopped arriving (vocabulary.py SYMPTOM, patterns.py). It now reads .993/1.000/1.000; no row
# of any set moved away from its label. Left: a self-service password tool's error with "how else can I change it?"
# labelled a reset (a how-to question, which questions.py deliberately hands to a person); and, ambiguous, Office's
# "unlicensed product" and activation banners (left as holdout50 and holdout53 left them) and a lost RSA token asked
# new (a hardware token's faults are `other` in holdout15 and nearmiss3; teaching it moved those away). Disputes: none.
# triage_holdout63 (200 rows of an engineering consultancy's queue: structural and CAD teams, plotters, project drives,
# timesheets, the ERP; 120 `other`, mostly en with de and two rows each of fr/es/nl) read .979/.926/.964 before its
# study. Taught: a record kept per period (a timesheet, an expense claim, a booking period) locked at its deadline
# (another_kind.py); a lock said to have lifted itself (vetoes.py); a monitor's count of lockouts across the directory,
# and a failed job's error naming its own account locked or locked on another host (process_records.py). It now reads
# 1.000/.974/1.000; no row of any set moved away from its label. Left, all ambiguous: a contractor whose contract ended
# taken off one list, and new team members who start next week given a group folder (settling.settle reads a leaver's
# or a dated newcomer's groups as steps of the offboarding or onboarding on purpose); Office's "unlicensed product"
# banner (kept a symptom, as the holdout50/53/61 studies left it); a shared mailbox "should have access, doesn't show,
# add it" (a fault as much as a grant); "my password expires tomorrow, how do I change it from home?" (a how-to
# question, questions.py). Disputes: none.
# triage_holdout64 (200 rows of a public transport operator's queue: drivers and duties, depots, dispatch, ticket
# vending machines; 120 `other`, mostly en with de and two rows each of fr/es/nl; by an author who read nothing of the
# project) read .952/.935/.965 before its study. Taught: a quick reply that the thing is done and works ("unlocked and
# working now. close pls") and thanks for a newcomer whose accounts were ready on day one (already_done.py); a machine
# that serves the public locked by its operator, and a system said run by another company in brackets
# (not_the_account.py); a password seen "when I typed it", in the past tense (patterns.py); a newcomer's account made
# under a misspelt name, its rename asked (other_senses.py); a role with the bare verb of leaving ending its clause,
# "employee left," (vocabulary.py). It now reads .986/1.000/1.000; no row of any set moved away from its label. Left:
# Office's "unlicensed product"/"product activation failed" banners labelled licence changes (left as the holdout50,
# 53, 59 and 61 studies left them), apprentices announced as "we get 3 apprentices from 1 sep" (an arrival said by the
# receiving team's "get", too loose to teach alone), and, ambiguous, a reset tool's SMS that never comes, a shared mailbox
# gone from Outlook and a distribution list whose mails do not arrive. Disputes: none.
# triage_holdout58 (200 rows of an electricity network operator's queue: SCADA and its vendors, meter reading, dispatch,
# outage alerts, billing, 120 `other`, mostly en with de and two rows each of fr/es/nl; by an author who read nothing of
# the project) read .979/.938/.989 before its study. Taught: a lockout feared, not had ("don't want to be locked out",
# vetoes.py); a login on a site another company runs, named by its role ("the supplier's portal", other_parties.py); a
# lockout's cause asked with no device named ("check what is locking it"), a monitor's lockout events for a service
# account, and a leaving the HR tool refuses (process_records.py); the contract of a person named by their role that
# ended, the day said bare (stays_or_goes.py); and a veto "unless the ticket says X" matched on the subject alone now
# reads X in the body too (rules.py, unless.UNLESS_START). It now reads .993/1.000/1.000; no row of any set moved
# away from its label. Left: Office's "unlicensed product" and "product activation failed" banners labelled licence
# changes (discounts.py keeps a program's own licence message a fault to look into, as the holdout50, 53, 54 and 59
# studies left them), and, ambiguous, a shared mailbox refused with "you do not have permission" after it worked (a
# fault until someone finds why). Disputes: none.
# triage_holdout67 (200 rows of a university's queue: research shares, the ERP and its roles, students on placement,
# third-party funding administration; 120 `other`, mostly en with de and two rows each of fr/es/nl; by an author who
# read nothing of the project) read .959/.893/.941 before its study. Taught: a licence pool counted by "how many" for
# someone else's budget, and a failed job whose error says the password of its machine-named account expired
# (process_records.py); a ticket closed by its number with its old subject in brackets, the bracketed verb a label
# (already_done.py); a lockout rule asked about "just a question, nobody locked right now", and "no action needed from
# the IT service desk" (devices_and_notices.py); thanks for a session or training the desk gave (noise.py); a leaver
# who "still appears in" a group (stays_or_goes.py). It now reads .993/.974/1.000; no row of any set moved away from
# its label. Left: an ERP password reset "windows is fine" labelled a reset (not_the_account.py files one
# application's own login beside a working Windows sign-in as that application's, on purpose); and, ambiguous, a
# phishing page the writer typed their password into (other_senses.py leaves a mail acted on with the rules), access
# denied on a share that worked until Monday (a fault or a lost membership), "I don't have the R: drive, can I get it
# too", a bare "new starter setup, see hr_tool", and Office's "unlicensed product" banner (kept a symptom, as the
# holdout50/53/58/61/64 studies left it). Disputes: none.
# triage_holdout66 (200 rows of a chemical manufacturer's queue: plants and reactors, labs and their instruments, shift
# supervisors, ERP roles; 120 `other`, mostly en with de and two rows each of fr/es/nl; by an author who read nothing of
# the project) read .972/.926/.977 before its study. Taught: a newcomer's accounts said requested already in the passive
# ("his accounts are requested already", starter_hardware.py); a need the writer asks about beside the authenticator
# ("do I need a company phone for this?", mentions.py); a password's expiry switched off ("password never expires",
# other_senses.py); a leaver still on a list whose account is said still enabled (stays_or_goes.py); a membership needed
# without its article ("need to be member of sg_..."), patterns.py. It now reads .986/.975/1.000; no row of any set
# moved away from its label. Left: Office's "unlicensed product" banner labelled a licence change (discounts.py keeps it
# a symptom, as the holdout50-64 studies left it), and, ambiguous, a chase of a password reset ticket by its number
# (process_records' chase veto covers only the non-sign-in categories), SMS codes not arriving on the "same
# number" (other_senses' unchanged-phone reading excludes a number on purpose) and a shared mailbox refused "no
# permission" (a fault, discounts.py). Disputes: none.
# triage_holdout68 (200 rows of a food retailer's queue: stores and their tills, distribution centres, the warehouse
# system's pallets, ERP roles; 120 `other`, mostly en with de and two rows each of fr/es/nl; by an author who read
# nothing of the project) read .979/.916/.976 before its study. Taught: goods and business records (a pallet, a batch,
# an order, an invoice) locked or blocked in a warehouse or ERP system (another_kind.py); a second factor the writer
# says they do not use at all (disclaimed.py); a newcomer's account said there now, only roles asked ("has an ERP user
# now", objects.py); a starter's account said asked for by another party named as agent ("Benutzer wird von HR
# beantragt") and a leaver's phone sent to a hunt group, a phone system's group (starter_hardware.py). It now reads
# .993/.974/1.000; no row of any set moved away from its label. Left: Office's "unlicensed product" banner labelled a
# licence change (discounts.py keeps it a symptom, as the holdout50-67 studies left it), and, ambiguous, calendar
# edit rights read as mailbox access (patterns.py's calendar signal reads a calendar's delegation so, on purpose), a
# self-service reset whose verification SMS does not arrive (read as MFA's, labelled the reset's: either fits), a
# kiosk's shared login's password and "access denied" on a team drive after joining the team (a fault or a missing
# membership). Disputes: none.
# triage_holdout70 (200 rows of a manufacturer's queue: quality shares and 8D reports, an ERP's systems and printers,
# apprentices and contractors; 120 `other`, mostly en with de and two rows each of fr/es/nl; by an author who read
# nothing of the project) read .937/.929/.953 before its study. Taught: a reset already made named as when a new fault
# began ("since my password was reset I get 'logon failed'") and a password's expiry date asked, neither a reset
# (vetoes.py); a periodic report's tally of locked accounts and a help page that fails to open (process_records.py); an
# account closed with a bare "left" as its reason (said_briefly.py); "create users" as "create accounts"
# (vocabulary.py). It now reads .979/.985/1.000; no row of any set moved away from its label. Left: Office's "unlicensed
# product"/"product deactivated" banners labelled licence changes (discounts.py keeps them symptoms, as the
# holdout50-66 studies left them), and, ambiguous, a newcomer's single mailbox read as the onboarding (a dated
# newcomer's access is a step of the onboarding on purpose), a CRM's own "locked by the administrator" message (one
# application's lock, handed off), a phishing page typed into, "how do I change my password?", a leaver's
# OneDrive or "what do we need to do?" asked, an external contractor's account, a vague "new starter, nothing prepared",
# a drive "like my team" and an Acrobat Reader to Pro upgrade. Disputes: none.
# Round 1 of the 2026-12-07 stop: five sets of 200 rows each (120 `other`, 32 German and two rows each of French,
# Spanish and Dutch, about 56 marked ambiguous), each by an author who read nothing of the project, studied side by side
# from 7d10c27; three more sets of the same making were kept unseen. Each study left no row of any set moved away.
# triage_holdout71 (a freight forwarder's: hubs, customs, EDI jobs) read .972/.944/1.000 before its study. Taught: a
# password change refused with its own error and a password that ran out while its holder was away (said_briefly.py,
# vetoes.py); "already" after the thing done (already_done.py); a client's onboarding project and a quoted team named
# "onboarding" (objects.py); "left us" recently as a leaver (vocabulary.py); a person taken off a SharePoint site and a
# product "needed" (patterns.py); an MFA demand while other apps work (not_the_account.py). It reads 1.000/1.000/1.000.
# triage_holdout72 (a pharmaceutical manufacturer's: plants, QA, validated systems) read .951/.875/.953. Taught: a
# request closed by naming itself and a vendor's planned maintenance (noise.py); sessions "terminated" in any tense
# (vetoes.py); a list of accounts to report on (process_records.py); a second factor failing for many at once and a
# team joined whose channel is unseen (other_senses.py); a contractor's end date passed (said_briefly.py); "deactivate
# AD" (vocabulary.py). It reads 1.000/.974/1.000.
# triage_holdout73 (an automotive parts supplier's: plants, an ERP's lock entries, resellers) read .958/.921/.951.
# Taught: a licence's price change and an ERP's lock entry (another_kind.py); "just for your info" (devices_and_notices.py);
# an empty locked-accounts report and a monitor's lockout count (process_records.py); a contract "with" a role-named
# person ended (stays_or_goes.py); gone and "block everything" (said_briefly.py). It reads 1.000/1.000/1.000.
# triage_holdout75 (a telecom operator's call centres and field service) read .958/.934/.977. Taught: a tool's own
# reset button that errors (vetoes.py); a newcomer's hardware with the account said made per HR's mail
# (starter_hardware.py); mail lists and licences by part number (vocabulary.py); "Teams-Team" and a password something
# "won't accept" (patterns.py). It reads 1.000/.987/1.000.
# triage_holdout77 (an agricultural machinery maker's: dealers, plants, shop-floor terminals) read .944/.887/.953.
# Taught: a reset turned down by name (vetoes.py); a reset "from this morning" said to have worked and a user said
# created (already_done.py); a notice retold with its demand as a "that" clause (discounts.py); a shop-floor terminal
# locked by its process (not_the_account.py); one plan "instead of" another (patterns.py). It reads .993/.974/1.000.
# Left in all five: Office's "unlicensed product" banner (discounts.py keeps it a symptom), a password manager's own
# error, "same access as my colleague", a Power BI workspace, and other ambiguous rows each a one-off. Disputes: none.
# Round 2 (from 7786f23, round 1 merged): three more sets of the same making, studied side by side; two more kept unseen.
# triage_holdout79 (a hospital group's administration and clinics) read .972/.922/.977 on 7d10c27 and .979/.934/.989
# after round 1. Taught: a lock told past and working again (vetoes.py); a colleague who died as a leaver, and a cohort
# of newcomers named by profession (vocabulary.py); a workflow stuck with someone who left (discounts.py); "yesterday all
# ok" as working until lately, and a licence message where it worked yesterday (other_senses.py); a closure said in the
# passive beside a side question (questions.py). It reads 1.000/.987/1.000.
# triage_holdout81 (a fashion e-commerce firm's: warehouse, customer care, marketing) read .979/.908/.988, then
# .979/.920/.988. Taught: who granted an access, asked for an audit (nothing_to_change.py); a service account's
# password about to expire (process_records.py); expiry dates to stagger (another_kind.py); another firm's notice that
# our access to them is locked (other_parties.py); "Adobe CC", "left the company." and "the same folders as"
# (vocabulary.py, patterns.py); a former colleague still listed with the account asked gone (said_briefly.py). It reads
# 1.000/.986/1.000.
# triage_holdout83 (a packaging maker's plants in Germany, Poland and Mexico) read .979/.923/.978, unchanged by round 1.
# Taught: a licence server in one word or another language (discounts.py); remote access for an outside technician,
# and an MFA prompt gone that worked yesterday (other_senses.py); HR's "dismissal", a group named then "please add",
# and "for the next user" as no account (stays_or_goes.py, starter_hardware.py). It reads 1.000/.974/1.000.
# Left: the ambiguous rows each study listed as one-offs (Office's "unlicensed", a password manager's error, a rehire,
# a shared mailbox gone from Outlook). Disputes: none.
UNSEEN_FLOORS = {"triage_holdout3.jsonl": (0.94, 0.94, 0.94),
                 "triage_holdout4.jsonl": (0.99, 0.98, 0.99),
                 "triage_holdout5.jsonl": (0.95, 0.98, 0.99),
                 "triage_holdout6.jsonl": (0.98, 0.98, 0.99),
                 "triage_holdout7.jsonl": (0.86, 0.98, 0.99),
                 "triage_holdout8.jsonl": (0.99, 0.96, 0.99),
                 "triage_holdout10.jsonl": (0.97, 0.88, 0.98),
                 "triage_holdout9.jsonl": (0.97, 0.92, 0.99),
                 "triage_holdout12.jsonl": (0.98, 0.99, 0.99),
                 "triage_holdout14.jsonl": (0.98, 0.99, 0.99),
                 "triage_holdout15.jsonl": (0.99, 0.99, 0.99),
                 "triage_holdout18.jsonl": (0.99, 0.98, 0.99),
                 "triage_holdout19.jsonl": (0.99, 0.97, 0.99),
                 "triage_holdout20.jsonl": (0.99, 0.97, 0.99),
                 "triage_holdout16.jsonl": (0.99, 0.98, 0.99),
                 "triage_holdout23.jsonl": (0.99, 0.99, 0.99),
                 "triage_holdout25.jsonl": (0.99, 0.99, 0.99),
                 "triage_nearmiss1.jsonl": (0.98, 0.94, 0.99),
                 "triage_nearmiss4.jsonl": (0.99, 0.97, 1.0),
                 "triage_nearmiss3.jsonl": (1.00, 1.00, 1.00),
                 "triage_nearmiss6.jsonl": (1.00, 0.97, 1.00),
                 "triage_nearmiss7.jsonl": (0.94, 0.79, 0.94),
                 "triage_nearmiss9.jsonl": (1.00, 0.97, 1.00),
                 "triage_holdout30.jsonl": (0.99, 0.97, 0.98),
                 "triage_holdout28.jsonl": (1.00, 0.97, 1.00),
                 "triage_holdout31.jsonl": (0.97, 0.98, 1.00),
                 "triage_holdout33.jsonl": (0.97, 0.98, 1.00),
                 "triage_holdout36.jsonl": (1.00, 0.99, 1.00),
                 "triage_holdout34.jsonl": (1.00, 0.99, 1.00),
                 "triage_holdout38.jsonl": (1.00, 0.99, 1.00),
                 "triage_holdout39.jsonl": (1.00, 0.99, 1.00),
                 "triage_holdout41.jsonl": (1.00, 0.99, 1.00),
                 "triage_holdout40.jsonl": (0.98, 0.98, 1.00),
                 "triage_holdout45.jsonl": (0.99, 0.96, 0.99),
                 "triage_holdout43.jsonl": (0.99, 0.98, 0.99),
                 # holdout44 (an insurer's: claims, brokers, a call centre) read .944/.873/.964 before its study, .993/.960/1.000 after.
                 "triage_holdout44.jsonl": (0.99, 0.97, 0.99),
                 # holdout50 (a law firm's: trainees, secondees, the DMS) read .945/.833/.965 before its study, .993/.873/1.000 after.
                 "triage_holdout50.jsonl": (0.99, 0.90, 0.99),
                 # holdout49 (terse company incidents: plants, QA, logistics) read .966/.860/.964 before its study, 1.000/.916/1.000 after.
                 "triage_holdout49.jsonl": (0.99, 0.96, 0.99),
                 # holdout48 (a hospital trust's: wards, carts, agency staff, patients) read .944/.797/.976 before its study, .993/.907/1.000 after.
                 "triage_holdout48.jsonl": (0.99, 0.94, 0.99),
                 # holdout57 (terse company incidents: engineering, finance, sales, a dev database) read .910/.837/.881 before its study, .966/.923/.976 after.
                 "triage_holdout57.jsonl": (0.97, 0.93, 0.98),
                 # holdout53 (a retail chain's: shops, tills, seasonal staff) read .945/.866/.932 before its study, .993/.935/1.000 after.
                 "triage_holdout53.jsonl": (0.99, 0.93, 0.99),
                 # holdout54 (a manufacturer's: engineering tools, QMS, measuring machines, shifts) read .952/.880/.944 before its study, .993/.987/1.000 after.
                 "triage_holdout54.jsonl": (0.99, 0.98, 0.99),
                 # holdout61 (a construction firm's: sites, subcontractors, CAD models) read .959/.905/.939 before its study, 1.000/1.000/1.000 after.
                 "triage_holdout61.jsonl": (0.99, 0.99, 0.99),
                 # holdout59 (a hotel group's: front desks, night auditors, housekeeping) read .959/.889/.964 before its study, 1.000/.949/1.000 after.
                 "triage_holdout59.jsonl": (0.99, 0.96, 0.99),
                 # holdout56 (a container port operator's) read .952/.869/.952 before its study, .993/1.000/1.000 after.
                 "triage_holdout56.jsonl": (0.99, 0.99, 0.99),
                 # holdout63 (an engineering consultancy's: structural and CAD teams, plotters, timesheets) read .979/.926/.964 before its study, 1.000/.974/1.000 after.
                 "triage_holdout63.jsonl": (0.99, 0.97, 0.99),
                 # holdout64 (a public transport operator's: drivers, depots, ticket machines) read .952/.935/.965 before its study, .986/1.000/1.000 after.
                 "triage_holdout64.jsonl": (0.98, 0.99, 0.99),
                 # holdout58 (an electricity network operator's: SCADA vendors, meter reading, dispatch) read .979/.938/.989 before its study, .993/1.000/1.000 after.
                 "triage_holdout58.jsonl": (0.99, 0.99, 0.99),
                 # holdout67 (a university's: research shares, ERP, students on placement, third-party funding) read .959/.893/.941 before its study, .993/.974/1.000 after.
                 "triage_holdout67.jsonl": (0.99, 0.97, 0.99),
                 # holdout66 (a chemical manufacturer's: plants, labs and their instruments, shift supervisors) read .972/.926/.977 before its study, .986/.975/1.000 after.
                 "triage_holdout66.jsonl": (0.98, 0.97, 0.99),
                 # holdout68 (a food retailer's: stores and tills, distribution centres, warehouse pallets, ERP roles) read .979/.916/.976 before its study, .993/.974/1.000 after.
                 "triage_holdout68.jsonl": (0.99, 0.97, 0.99),
                 # holdout70 (a manufacturer's: quality shares, 8D reports, ERP systems, apprentices) read .937/.929/.953 before its study, .979/.985/1.000 after.
                 "triage_holdout70.jsonl": (0.97, 0.98, 0.99),
                 # holdout71-77 (round 1 of the 2026-12-07 stop; before their studies → after, on 7786f23).
                 "triage_holdout71.jsonl": (0.99, 0.99, 0.99),  # .972/.944/1.000 → 1.000/1.000/1.000
                 "triage_holdout72.jsonl": (0.99, 0.97, 0.99),  # .951/.875/.953 → 1.000/.974/1.000
                 "triage_holdout73.jsonl": (0.99, 0.99, 0.99),  # .958/.921/.951 → 1.000/1.000/1.000
                 "triage_holdout75.jsonl": (0.99, 0.98, 0.99),  # .958/.934/.977 → 1.000/.987/1.000
                 "triage_holdout77.jsonl": (0.99, 0.98, 0.99),  # .944/.887/.953 → .993/.987/1.000
                 # holdout79, 81, 83 (round 2; on 7d10c27 → after their studies).
                 "triage_holdout79.jsonl": (0.99, 0.98, 0.99),  # .972/.922/.977 → 1.000/.987/1.000
                 "triage_holdout81.jsonl": (0.99, 0.98, 0.99),  # .979/.908/.988 → 1.000/.986/1.000
                 "triage_holdout83.jsonl": (0.99, 0.97, 0.99),  # .979/.923/.978 → 1.000/.974/1.000
                 # holdout84-88 and 92 (round 1 of the stop after a2b7161, studied side by side from it; before → after
                 # the six studies merged). Harder sets than the last stop's: more `other` rows that name an account.
                 "triage_holdout84.jsonl": (0.98, 0.98, 0.99),  # a regional bank's: .938/.907/.954 → .986/.987/1.000
                 "triage_holdout85.jsonl": (0.95, 0.98, 0.99),  # a university's: .875/.845/.930 → .958/.971/1.000
                 "triage_holdout86.jsonl": (0.94, 0.98, 0.99),  # a warehouse operator's: .903/.853/.931 → .938/.955/.989
                 "triage_holdout87.jsonl": (0.97, 0.97, 0.99),  # an insurer's call centres: .910/.814/.908 → .972/.973/1.000
                 "triage_holdout88.jsonl": (0.93, 0.94, 0.99),  # a food manufacturer's: .880/.829/.940 → .937/.930/1.000
                 "triage_holdout92.jsonl": (0.95, 0.94, 0.99),  # clinics and laboratories: .882/.805/.883 → .938/.899/.974
                 # holdout90, 91, 93, 95 (round 2, studied from round 1's merge; on a2b7161 → after their studies).
                 "triage_holdout90.jsonl": (0.93, 0.93, 0.97),  # a software vendor's: .882/.756/.884 → .924/.883/.953
                 "triage_holdout91.jsonl": (0.93, 0.82, 0.95),  # a railway consultancy's: .903/.756/.905 → .924/.805/.940
                 "triage_holdout93.jsonl": (0.95, 0.94, 0.98),  # a media publisher's: .874/.800/.867 → .951/.942/.988
                 "triage_holdout95.jsonl": (0.91, 0.90, 0.96),  # a furniture maker's: .862/.790/.878 → .910/.877/.963
                 # holdout98 (round 3): an accounting and tax firm's: .890/.800/.872 on a2b7161 → .945/.889/.965.
                 # Floors of 85-95 above are at the figures after the two cross-set studies (ambig3, ambig4) and
                 # round 3 merged, where those lifted them past their own study's "after".
                 "triage_holdout98.jsonl": (0.94, 0.88, 0.96),
                 # holdout101-104 (round 1 of the stop after c84dbd0, studied side by side from it, with a study of
                 # meanings that recur across the stored sets; on c84dbd0 → after both rounds merged).
                 "triage_holdout101.jsonl": (0.98, 0.96, 0.98),  # a parcel courier's depots: .924/.883/.933 → .986/.961/.989
                 "triage_holdout102.jsonl": (0.97, 0.91, 0.99),  # dental practices: .917/.861/.963 → .972/.918/1.000
                 "triage_holdout103.jsonl": (0.98, 0.93, 0.98),  # a law firm's offices: .952/.896/.975 → .986/.937/.988
                 "triage_holdout104.jsonl": (0.98, 0.96, 0.99),  # a chemical plant's: .951/.908/1.000 → .986/.961/1.000
                 # holdout111-114 (round 2, studied from round 1's merge, with a study of missed memberships).
                 "triage_holdout111.jsonl": (0.96, 0.97, 0.99),  # a wind-farm operator's: .931/.905/.975 → .965/.973/1.000
                 "triage_holdout112.jsonl": (0.98, 0.97, 0.99),  # a fashion retailer's: .924/.875/.976 → .986/.973/1.000
                 "triage_holdout113.jsonl": (0.97, 0.99, 0.99),  # a newspaper and radio group: .966/.957/1.000 → .979/1.000/1.000
                 "triage_holdout114.jsonl": (0.96, 0.93, 0.96),  # a private bank's: .938/.882/.965 → .966/.934/.965
                 # holdout121-124 (round 1 of the stop after 72e686d, with two studies across sets) and 129-132
                 # (round 2, from round 1's merge, with two more); on 72e686d → after both rounds merged.
                 "triage_holdout121.jsonl": (0.99, 0.98, 0.99),  # a water utility's: .944/.930/.978 → 1.000/.987/1.000
                 "triage_holdout122.jsonl": (0.99, 0.99, 0.99),  # an airport ground handler's: .966/.907/.989 → 1.000/1.000/1.000
                 "triage_holdout123.jsonl": (0.99, 0.99, 0.99),  # a research institute's: .951/.957/.989 → 1.000/1.000/1.000
                 "triage_holdout124.jsonl": (0.99, 0.99, 0.99),  # a car dealership chain's: .951/.971/1.000 → .993/1.000/1.000
                 "triage_holdout129.jsonl": (0.99, 0.99, 0.99),  # a logistics warehouse's: .972/.971/1.000 → 1.000/1.000/1.000
                 "triage_holdout130.jsonl": (0.99, 0.99, 0.99),  # a tax advisory firm's: .951/.946/.988 → 1.000/1.000/1.000
                 "triage_holdout131.jsonl": (0.99, 0.95, 0.99),  # a food plant's: .972/.922/1.000 → 1.000/.951/1.000
                 "triage_holdout132.jsonl": (0.99, 0.99, 0.99),  # a broadcaster's studios: .951/.931/.977 → 1.000/1.000/1.000
                 # holdout135-138 (round 1 of the stop after 92dfdf5, with two studies across sets) and 141-144
                 # (round 2, from round 1's merge, with one more); on 92dfdf5 → after both rounds merged.
                 "triage_holdout135.jsonl": (0.99, 0.98, 0.99),  # an insurance broker's: .958/.915/.963 → 1.000/.987/1.000
                 "triage_holdout136.jsonl": (0.99, 0.99, 0.99),  # a civil contractor's: .966/.986/.988 → 1.000/1.000/1.000
                 "triage_holdout137.jsonl": (0.97, 0.99, 0.99),  # a schools trust's: .924/.942/.988 → .979/1.000/1.000
                 "triage_holdout138.jsonl": (0.99, 0.99, 0.99),  # a shipping line's: .966/.912/.965 → 1.000/1.000/1.000
                 "triage_holdout141.jsonl": (0.99, 0.96, 0.99),  # a wine importer's: .944/.873/.965 → 1.000/.961/1.000
                 "triage_holdout142.jsonl": (0.99, 0.99, 0.99),  # a rail maintainer's: .979/.936/.988 → 1.000/1.000/1.000
                 "triage_holdout143.jsonl": (0.99, 0.99, 0.99),  # veterinary clinics': .958/.947/.974 → 1.000/1.000/1.000
                 "triage_holdout144.jsonl": (0.99, 0.98, 0.99)}  # an architects' practice: .993/.960/1.000 → 1.000/.987/1.000


@pytest.mark.parametrize("name", sorted(UNSEEN_FLOORS))
def test_unseen_sets_do_not_get_worse(name: str) -> None:
    report = evaluate(load(OWN.with_name(name)))
    accuracy, precision, other_recall = UNSEEN_FLOORS[name]
    assert report.clear_accuracy >= accuracy, f"accuracy on non-ambiguous rows {report.clear_accuracy:.3f}"
    assert report.action_precision >= precision, f"action precision {report.action_precision:.3f}"
    assert report.clear_other_recall >= other_recall, f"other recall {report.clear_other_recall:.3f}"
