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
