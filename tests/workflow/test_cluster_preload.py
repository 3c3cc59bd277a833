"""The cluster loads its workers' first-ticket costs before it forks them (issue 17): only `manage.py qcluster` does,
and after it the language model is in memory, so a worker's first triage reads no model file, and every connector
module is imported."""

from __future__ import annotations

from py3langid.langid import LanguageIdentifier

from tickets.triage import language, triage
from workflow.apps import forks_workers, load_before_fork


def test_only_the_cluster_command_loads_before_forking():
    assert forks_workers(["manage.py", "qcluster"])
    assert not forks_workers(["manage.py", "runserver"])
    assert not forks_workers(["gunicorn", "rallied.wsgi"])
    assert not forks_workers(["manage.py"])


def test_after_the_preload_a_first_triage_loads_no_model(monkeypatch):
    language._model.cache_clear()
    language._identifier.cache_clear()
    load_before_fork()

    def refuse(*args, **kwargs):
        raise AssertionError("the model file was read again")

    monkeypatch.setattr(LanguageIdentifier, "from_model_file", refuse)
    result = triage("Passwort", "Hallo, ich habe mein Passwort vergessen, bitte setzen Sie es zurück.", engine="rules")
    assert result.language == "de"


def test_the_preload_imports_every_connector_module(monkeypatch):
    import rallied.connectors

    imported = []
    real = rallied.connectors.connector_classes
    monkeypatch.setattr(rallied.connectors, "connector_classes", lambda: imported.append(1) or real())
    load_before_fork()
    assert imported == [1]  # the connector modules, with the vendors' SDKs, before any worker is forked


def test_after_the_preload_a_first_triage_works_out_no_prefilter(monkeypatch):
    from tickets.triage import prefilter

    monkeypatch.setattr(prefilter, "_KNOWN", {})
    load_before_fork()
    assert len(prefilter._KNOWN) > 400  # the signals, vetoes, objects and noise tables, all of them

    def refuse(pattern):
        raise AssertionError(f"a prefilter was worked out in the worker: {pattern.pattern[:60]}")

    monkeypatch.setattr(prefilter, "required", refuse)
    tickets = [
        ("Passwort", "Hallo, ich habe mein Passwort vergessen, bitte setzen Sie es zurück."),
        ("add jane to finance-readers", "please add jane.doe@example.com to the Finance-Readers group"),
        ("Send As on billing@", "Give Sarah Send As on billing@example.com and sign me out everywhere"),
        ("job failed", "job Job_1234 failed in job_scheduler at: 2026-10-01 02:00:00"),
        ("Nouvel arrivant", "Bonjour, merci de créer le compte de Marie Curie qui commence le 3 mars."),
        ("licence", "Upgrade Tom to Microsoft 365 E3, he needs Visio too"),
    ]
    for subject, body in tickets:
        triage(subject, body, engine="rules")


def test_a_prefilter_the_preload_missed_is_worked_out_on_first_use(monkeypatch):
    import re

    from tickets.triage import prefilter

    monkeypatch.setattr(prefilter, "_KNOWN", {})
    built_later = re.compile(r"keeps? asking for (?:my )?password")
    assert "keeps asking for my password" in prefilter.literals(built_later)
    assert not prefilter.may_match(prefilter.literals(built_later), "printer jammed again")
