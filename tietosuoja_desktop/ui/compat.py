"""Work-arounds for the Qt binding in use, applied once at start-up.

PySide6 6.12 returns ``None`` from void methods without taking a reference to it. From Python
3.12 on ``None`` is immortal and this is harmless; on 3.11 every such call (``setText``,
``setVisible``...) lowers ``None``'s reference count by one, and after a few thousand calls the
interpreter aborts with "none_dealloc: deallocating None". Until the binding is fixed, give
``None`` on 3.11 a reference count no session can wear down, which is what 3.12 does for it."""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # about 10^12 calls
_protected = False


def protect_none() -> None:
    """Idempotent; a no-op where ``None`` is immortal (Python 3.12 and later). ``True`` and
    ``False`` get the same reserve: bool-returning calls such as ``disconnect()`` have the
    same fault."""
    global _protected
    if _protected or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _protected = True
