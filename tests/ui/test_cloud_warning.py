"""A register folder inside OneDrive (simulated through the environment Windows sets) is
logged at every start and, once per folder, the user may keep going or quit."""

from __future__ import annotations

import logging

import pytest

from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.ui import app, cloud_warning, crash


@pytest.fixture
def in_onedrive(tmp_path, monkeypatch):
    onedrive = tmp_path / "Users" / "Åsa Öhman" / "OneDrive"
    monkeypatch.setenv("OneDrive", str(onedrive))
    return onedrive / "Documents" / "Tietosuoja Desktop"


@pytest.fixture
def answers(monkeypatch):
    """The user's answers, in order; each question's text is kept."""
    asked: list[str] = []
    given: list[bool] = []

    def ask(text, parent):
        asked.append(text)
        return given.pop(0)

    monkeypatch.setattr(cloud_warning, "ask", ask)
    return asked, given


def test_told_once_per_folder_and_logged_every_time(qapp, in_onedrive, answers, caplog):
    asked, given = answers
    given.append(True)
    with caplog.at_level(logging.WARNING, logger=cloud_warning.__name__):
        assert cloud_warning.warn_if_synced(in_onedrive) is True
        assert cloud_warning.warn_if_synced(in_onedrive) is True  # not asked again
    assert len(asked) == 1 and str(in_onedrive) in asked[0] and "OneDrive" in asked[0]
    assert [r.getMessage() for r in caplog.records] == [
        "the data folder is inside a folder synchronised by OneDrive"
    ] * 2
    assert "Åsa" not in caplog.text  # the log names the service, not the person's folder


def test_quitting_is_asked_again_next_time(qapp, in_onedrive, answers):
    asked, given = answers
    given.extend([False, False])
    assert cloud_warning.warn_if_synced(in_onedrive) is False
    assert cloud_warning.warn_if_synced(in_onedrive) is False
    assert len(asked) == 2


def test_an_ordinary_folder_asks_nothing(qapp, tmp_path, answers):
    asked, _ = answers
    assert cloud_warning.warn_if_synced(tmp_path / "AppData" / "Tietosuoja Desktop") is True
    assert asked == []


def test_start_up_stops_before_the_register_when_the_user_quits(
    qapp, in_onedrive, answers, monkeypatch, tmp_path
):
    asked, given = answers
    given.append(False)
    monkeypatch.setattr(crash, "setup_logging", lambda data_dir: tmp_path / "log.txt")
    monkeypatch.setattr(crash, "install_excepthook", lambda log_file: None)
    status = app.main(["tietosuoja-desktop", "--lang", "en", "--data-dir", str(in_onedrive)])
    assert status == 0 and len(asked) == 1
    assert not database_path(in_onedrive).exists()  # nothing was made in the synced folder
