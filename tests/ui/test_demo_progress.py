"""Filling a demo register at start-up through the one background worker."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tietosuoja_desktop.services import demo
from tietosuoja_desktop.ui.demo_progress import fill_demo


def test_fills_the_register_off_the_gui_thread(services):
    assert fill_demo(services, 5)
    assert services.customers.count() == 5


def test_a_failure_is_told_and_answers_false(services, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))

    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(demo, "generate_demo", broken)
    assert not fill_demo(services, 5)
    assert shown and "disk full" in shown[0]
    assert services.customers.count() == 0
