"""Kept for ``verify_dialog.py`` only (another change is editing that dialog): a building,
signing or checking job is a :class:`~..workers.Worker`. Remove this module once the dialog
imports the worker itself."""

from __future__ import annotations

from ..workers import Worker as Job

__all__ = ["Job"]
