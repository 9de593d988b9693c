"""``tietosuoja backup restore`` killed (SIGKILL, a real process) while it works: the next start
removes what it left, says so in the log without naming anyone, and then no byte under the data
folder holds a person erased after the backup, but the backup itself. The register is the old
one or the restored one, never anything else (issue 16, item 2). The full loop, 30 kills and
more: benchmarks/torture_restore.py."""

from __future__ import annotations

import logging
import random

import pytest
from helpers import torture

pytestmark = pytest.mark.slow

STAGED = ".restore-*/tietosuoja.sqlite"
_random = random.Random(16)
# Seconds after the staged copy appears: at once (its erased people not yet erased again),
# then at random points through the rest of the restore (some after it has finished).
DELAYS = [0.0, 0.0, _random.uniform(0, 0.3), _random.uniform(0, 0.3), _random.uniform(0.3, 1.5)]


@pytest.fixture(scope="module")
def scene(tmp_path_factory) -> torture.Scene:
    return torture.build_scene(tmp_path_factory.mktemp("scene") / "data")


@pytest.mark.parametrize("delay", DELAYS, ids=[f"{d:.2f}s" for d in DELAYS])
def test_a_killed_restore_leaves_nobody_erased_behind(scene, tmp_path, caplog, delay):
    here = torture.copy_scene(scene, tmp_path / "data")
    argv = torture.command(here.data_dir, "backup", "restore", str(here.backup), "--yes")
    kill = torture.kill_while(
        argv, here.data_dir, delay=delay, wait_for=STAGED, allowed=(here.backup,)
    )
    if delay == 0.0:
        # Killed while staging: the copy with the erased people is there until the next start.
        assert kill.killed and kill.left_staging
        assert any(f.startswith(".restore-") for f in kill.found_before_start)

    with caplog.at_level(logging.INFO, logger="tietosuoja_desktop"):
        state = torture.next_start(here.data_dir)

    assert state in (here.old_state, here.restored_state)
    assert torture.files_holding_erased(here.data_dir, allowed=(here.backup,)) == []
    assert not list(here.data_dir.glob(".restore-*"))
    if kill.left_staging:
        assert "removed what an interrupted restore or backup left" in caplog.text
    logged = caplog.text.encode()
    assert not any(needle in logged for needle in torture.needles())
