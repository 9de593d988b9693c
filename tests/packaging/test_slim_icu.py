"""The Linux bundle's smaller ICU data library (packaging/slim_icu.py), built from the installed
PySide6's own and loaded by PySide6's own ICU in a separate process: Finnish, Swedish and
English collation give the same order as with the full data, and what was cut is only what the
module says it cuts."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICU = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"

# Only the Linux PySide6 wheels ship ICU (Windows and macOS Qt use the system's); on Linux the
# test needs the C compiler driver the bundle's build needs too (.ci/run installs it).
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="only Linux bundles carry ICU")


def slim_icu():
    spec = importlib.util.spec_from_file_location("slim_icu", ROOT / "packaging" / "slim_icu.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


WORDS = ["Zetterlund", "Öberg", "Åström", "Ärje", "Aalto", "Vaara", "Wallin", "Ødegaard", "Über"]
SORT = """
    import ctypes, functools, json, sys
    folder = sys.argv[1]
    ctypes.CDLL(f"{folder}/libicuuc.so.73", mode=ctypes.RTLD_GLOBAL)
    i18n = ctypes.CDLL(f"{folder}/libicui18n.so.73")
    i18n.ucol_open_73.restype = ctypes.c_void_p
    i18n.ucol_open_73.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    text = [ctypes.c_char_p, ctypes.c_int]
    status_type = ctypes.POINTER(ctypes.c_int)
    i18n.ucol_strcollUTF8_73.argtypes = [ctypes.c_void_p, *text, *text, status_type]
    found = {}
    for locale in ("fi", "sv_FI", "en_GB", "root"):
        status = ctypes.c_int(0)
        collator = i18n.ucol_open_73(locale.encode(), ctypes.byref(status))
        assert status.value <= 0, (locale, status.value)  # warnings (fallbacks) only
        def compare(a, b):
            error = ctypes.c_int(0)
            a, b = a.encode(), b.encode()
            return i18n.ucol_strcollUTF8_73(collator, a, len(a), b, len(b), ctypes.byref(error))
        words = sorted(json.loads(sys.argv[2]), key=functools.cmp_to_key(compare))
        found[locale] = [status.value, words]
    loaded = [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line]
    print(json.dumps({"sorted": found, "data": loaded[0]}))
"""


def sorted_with(folder: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SORT), str(folder), json.dumps(WORDS)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


def test_the_slim_data_sorts_as_the_full_data_does(tmp_path):
    before, after = slim_icu().build_slim_library(
        ICU / "libicudata.so.73", tmp_path / "libicudata.so.73"
    )
    for name in ("libicuuc.so.73", "libicui18n.so.73"):
        shutil.copy(ICU / name, tmp_path / name)  # they find their data beside them ($ORIGIN)
    assert (tmp_path / "libicudata.so.73").stat().st_size < 8_000_000
    assert before > 3000 and 500 < after < before / 3

    slim, full = sorted_with(tmp_path), sorted_with(ICU)
    assert slim["data"] == str(tmp_path / "libicudata.so.73")
    assert slim["sorted"] == full["sorted"]
    assert slim["sorted"]["fi"][1][-3:] == ["Ärje", "Öberg", "Ødegaard"]  # after Z in Finnish
    assert slim["sorted"]["root"][1].index("Öberg") < slim["sorted"]["root"][1].index("Vaara")


def test_what_is_kept_and_what_is_cut():
    wanted = slim_icu().wanted
    kept = ["coll/fi.res", "coll/sv_FI.res", "en_GB.res", "root.res", "pool.res", "res_index.res",
            "coll/ucadata.icu", "uprops.icu", "nfkc.nrm", "brkitr/word.brk", "metaZones.res",
            "supplementalData.res", "zone/fi.res", "cnvalias.icu"]  # fmt: skip
    cut = ["coll/de.res", "zh_Hant_TW.res", "lang/ja.res", "brkitr/cjdict.dict",
           "translit/root.res", "ibm-943_P15A-2003.cnv", "curr/sr_Latn.res"]  # fmt: skip
    assert [name for name in kept if not wanted(f"icudt73l/{name}")] == []
    assert [name for name in cut if wanted(f"icudt73l/{name}")] == []
