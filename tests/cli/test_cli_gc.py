"""The CLI pauses the cyclic garbage collector for a run and resumes it after."""

from __future__ import annotations

import gc

import pytest

from todokit import cli


def test_collection_is_paused_during_a_run_and_resumed_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(cli, "_run", lambda arguments: seen.append(gc.isenabled()) or 0)
    assert gc.isenabled()
    assert cli.main(["list"]) == 0
    assert seen == [False]
    assert gc.isenabled()


def test_collection_stays_off_when_it_was_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_run", lambda arguments: 0)
    gc.disable()
    try:
        cli.main(["list"])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collection_resumes_after_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(arguments: list[str]) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_run", fail)
    with pytest.raises(KeyboardInterrupt):
        cli.main(["list"])
    assert gc.isenabled()
