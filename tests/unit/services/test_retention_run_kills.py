"""A retention run killed (SIGKILL, a real child process) part-way on a real register file:
the next start finds the register intact and every person either erased whole (the customer
gone, their request kept without them, their document deleted, the voucher kept anonymised and
the other orders deleted) or untouched (everything as it was); the people before the kill are
erased, those after it untouched."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from helpers import retention_scene, torture
from sqlalchemy import select

from tietosuoja_desktop.services import FixedClock, open_services
from tietosuoja_desktop.storage import integrity
from tietosuoja_desktop.storage.models import CustomerRow, DocumentRow, OrderRow, RequestRow

pytestmark = pytest.mark.slow

PEOPLE = 40
TODAY = retention_scene.TESTS_TODAY
CHILD = """
import sys
from pathlib import Path
from datetime import date
from tietosuoja_desktop.services import FixedClock, open_services

with open_services(Path(sys.argv[1]), FixedClock(date.fromisoformat(sys.argv[2]))) as services:
    services.retention_run.run(progress=lambda done, _total: print(done, flush=True))
print("done", flush=True)
"""


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("retention") / "data"
    with open_services(data_dir, FixedClock(TODAY)) as services:
        built = retention_scene.build(services, PEOPLE)
    return data_dir, built


def kill_after(data_dir, erased: int, delay: float) -> int:
    """Run the child; SIGKILL it ``delay`` s after it reported ``erased`` people done; the
    number it reported last."""
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), TODAY.isoformat()],
        stdout=subprocess.PIPE,
        text=True,
        env=torture.child_environment(),
    )
    reported = 0
    try:
        for line in process.stdout:
            if line.strip() == "done":
                break
            reported = int(line)
            if reported >= erased:
                time.sleep(delay)
                os.kill(process.pid, signal.SIGKILL)
                break
    finally:
        process.stdout.close()
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the run ended before the kill"
    return reported


def state_of(session, index: int, customer_id: int) -> str:
    """ "erased", "untouched", or a description of a half-done person."""
    customer = session.get(CustomerRow, customer_id)
    orders = {
        row.reference: row
        for row in session.scalars(select(OrderRow).where(OrderRow.reference.like(f"R-{index}-%")))
    }
    requests = list(
        session.scalars(
            select(RequestRow).where(
                RequestRow.id.in_(
                    select(DocumentRow.request_id).where(DocumentRow.customer_id == customer_id)
                )
            )
        )
    )
    documents = session.scalar(select(DocumentRow.id).where(DocumentRow.customer_id == customer_id))
    kept = orders.get(f"R-{index}-0")
    if customer is not None:
        whole = (
            len(orders) == 3
            and all(order.customer_id == customer_id for order in orders.values())
            and documents is not None
            and len(requests) == 1
            and requests[0].customer_id == customer_id
        )
        return "untouched" if whole else f"half: customer there, orders {len(orders)}"
    erased = (
        set(orders) == {f"R-{index}-0"}
        and kept.customer_id is None
        and kept.anonymised
        and documents is None
    )
    return "erased" if erased else f"half: customer gone, orders {sorted(orders)}"


@pytest.mark.parametrize(("erased", "delay"), [(1, 0.0), (7, 0.001), (19, 0.004)])
def test_a_killed_run_leaves_each_person_whole_or_untouched(scene, tmp_path, erased, delay):
    source, built = scene
    data_dir = tmp_path / "data"
    shutil.copytree(source, data_dir)
    reported = kill_after(data_dir, erased, delay)
    with open_services(data_dir, FixedClock(TODAY)) as services:  # the next start
        assert integrity.quick_check(data_dir / "tietosuoja.sqlite", None) == []
        with services.db.reading() as session:
            states = [state_of(session, i, c) for i, c in enumerate(built.past)]
        for kept in (*built.skipped.values(), built.within):
            services.customers.get(kept)
    done = states.count("erased")
    assert states == ["erased"] * done + ["untouched"] * (PEOPLE - done)
    assert reported <= done < PEOPLE  # every reported person stayed erased; the rest waits
    with open_services(data_dir, FixedClock(TODAY)) as services:  # the run can be finished
        assert services.retention_run.plan().people == PEOPLE - done
