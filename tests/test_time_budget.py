"""Issue 15, item 4: a time budget per check; past it the API answers 503 in German and the
batch notes the file and goes on. Cancellation is cooperative (simplify.deadline)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import api.engine
from api import Settings, create_app
from simplify import Simplifier, analyzer
from simplify.batch import Job, check_job, run
from simplify.config import FileOptions
from simplify.deadline import TimeBudgetExceeded, check_deadline, remaining, time_budget
from simplify.service import DocumentService

OPTS = FileOptions("formular", None, [], {}, {})
TEXT = "Der Antrag ist bis zum 1. März einzureichen. Die Prüfung erfolgt durch das Amt."


def test_budget_spent_before_the_start_stops_at_once(simp: Simplifier) -> None:
    with pytest.raises(TimeBudgetExceeded, match="länger gedauert als erlaubt"), \
            time_budget(1, started=time.monotonic() - 5):
        simp.analyze(TEXT)


def test_analyzer_checks_between_steps_and_stays_usable(simp: Simplifier,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}

    def counting() -> None:
        calls["n"] += 1
        if calls["n"] == 4:  # somewhere inside the pipeline or the rules
            raise TimeBudgetExceeded(2)

    monkeypatch.setattr(analyzer, "check_deadline", counting)
    with pytest.raises(TimeBudgetExceeded):
        simp.analyze(TEXT)
    monkeypatch.undo()
    assert simp.analyze(TEXT).findings  # the pipeline was not left half-way


def test_no_budget_means_no_deadline() -> None:
    with time_budget(None):
        check_deadline()
        assert remaining() is None
    with time_budget(30):
        assert 29 < (remaining() or 0) <= 30
    assert remaining() is None


def test_batch_notes_the_file_and_goes_on(simp: Simplifier, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    slow, fine = tmp_path / "langsam.txt", tmp_path / "gut.txt"
    slow.write_text("Langsam. " + TEXT, encoding="utf-8")
    fine.write_text(TEXT, encoding="utf-8")
    service = DocumentService(simplifier=simp)
    real = service.check

    def check(src, opts=None, **kw):  # noqa: ANN001, ANN202
        if src.text.startswith("Langsam"):
            _endless()
        return real(src, opts, **kw)

    monkeypatch.setattr(service, "check", check)
    jobs = [Job(0, str(slow), OPTS, str(slow), time_budget=0.3),
            Job(1, str(fine), OPTS, str(fine), time_budget=0.3)]
    first, second = list(run(jobs, service, workers=1))
    assert first.report is None and "länger gedauert als erlaubt" in (first.error or "")
    assert first.error.startswith(str(slow))
    assert second.error is None and second.report and second.report.findings
    assert check_job(service, Job(2, str(fine), OPTS, str(fine))).error is None


@pytest.fixture
def client(simp: Simplifier):
    app = create_app(Settings(max_chars=10_000), simplifier=simp)
    with TestClient(app, raise_server_exceptions=False) as c:
        # queues behind the warm-up: afterwards the patched service is the only work
        assert c.post("/v1/analyze", json={"text": TEXT}).status_code == 200
        yield c


def _endless(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
    """Work that never ends by itself but looks at the deadline (bounded, for safety)."""
    began = time.monotonic()
    while time.monotonic() - began < 20:
        check_deadline()
        time.sleep(0.01)


def test_api_answers_503_when_the_budget_is_spent(client: TestClient,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    engine = client.app.state.engine  # type: ignore[attr-defined]
    engine.time_budget = 0.5
    monkeypatch.setattr(engine.service, "check_text", _endless)
    for response in (client.post("/v1/analyze", json={"text": TEXT}),
                     client.post("/v2/check", data={"text": TEXT, "language": "de-DE"})):
        assert response.status_code == 503, response.text
        assert "länger gedauert als erlaubt" in response.json()["detail"]
        assert response.headers["retry-after"]
    monkeypatch.undo()
    engine.time_budget = 60
    assert client.post("/v1/analyze", json={"text": TEXT}).status_code == 200


def test_api_answers_503_even_if_the_work_does_not_check(client: TestClient,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    engine = client.app.state.engine  # type: ignore[attr-defined]
    engine.time_budget = 0.3
    monkeypatch.setattr(api.engine, "HARD_STOP_GRACE", 0.2)
    monkeypatch.setattr(engine.service, "check_text", lambda *a, **k: time.sleep(2))
    response = client.post("/v1/analyze", json={"text": TEXT})
    assert response.status_code == 503
    assert "länger gedauert als erlaubt" in response.json()["detail"]
    assert client.get("/health").status_code == 200
    time.sleep(2)  # let the abandoned thread end before the next test
    engine.time_budget = 60


def test_settings_time_budget_from_env() -> None:
    assert Settings.from_env({"SIMPLIFY_TIME_BUDGET": "15"}).time_budget == 15
    assert Settings.from_env({}).time_budget == 60
