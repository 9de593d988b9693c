"""The Requests page on a large register, measured offscreen, against the targets of the
requests issue: opening the view under 200 ms, erasing a person with 1,000 orders (letter
included) under 1.5 s.

    python benchmarks/bench_requests_view.py [--customers 100000] [--requests 5000]
                                             [--data-dir DIR] [--repeat 15]

Builds (once, in ``DIR``) a demo register with ``generate_demo`` and tops its requests up to
``--requests`` with one bulk insert: received over the last three years, most of the older ones
answered (completed, refused, withdrawn), a few overdue, the recent ones open, waiting for
proof of identity or extended. Then measures:

* opening the view: page construction, the list read (off the GUI thread) and shown, and the
  first paint, with the default filter (open requests) and with "All requests";
* erasing a person with 1,000 orders through ``FulfilmentService.fulfil`` (preview not
  included; the erasure, the WAL checkpoint and the completion letter are), and the same step
  through the page: from the confirm button to the letter handed to the preview.

Wall time and process CPU time (both threads) are printed: the machine may be shared, and the
CPU time says what the step costs when it is not.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_OPEN_MS = 200.0
TARGET_ERASE_MS = 1500.0
ORDERS = 1000


class Stopwatch:
    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def __enter__(self) -> Stopwatch:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall.append((time.perf_counter() - self._wall) * 1000)
        self.cpu.append((time.process_time() - self._cpu) * 1000)

    def row(self, label: str, target: float) -> str:
        wall, cpu = statistics.median(self.wall), statistics.median(self.cpu)
        verdict = "ok" if wall < target else "MISSED"
        return (
            f"{label:<52} {len(self.wall):>5} {wall:>10.1f} {max(self.wall):>9.1f} "
            f"{cpu:>10.1f} {target:>8.0f}  {verdict}"
        )


def top_up_requests(services, wanted: int, seed: int = 7) -> int:
    """Add requests until there are ``wanted``, in one transaction (a benchmark helper)."""
    from sqlalchemy import func, insert, select

    from tietosuoja_desktop.domain.deadlines import request_deadlines
    from tietosuoja_desktop.domain.enums import RequestStatus, RequestType
    from tietosuoja_desktop.domain.records import DataRequest
    from tietosuoja_desktop.storage.models import CustomerRow, RequestRow

    rng = random.Random(seed)
    today = services.clock.today()
    with services.db.transaction() as session:
        have = session.scalar(select(func.count()).select_from(RequestRow))
        top = session.scalar(select(func.max(CustomerRow.id)))
        rows = []
        for _ in range(max(0, wanted - have)):
            kind = rng.choice(list(RequestType))
            received = today - timedelta(days=rng.randint(0, 3 * 365))
            extended = rng.random() < 0.05
            record = DataRequest(kind, received, extended_on=received if extended else None)
            due = request_deadlines(record).effective_due
            status, completed = RequestStatus.OPEN, None
            if due < today:
                roll = rng.random()
                status = (
                    RequestStatus.COMPLETED
                    if roll < 0.85
                    else RequestStatus.REFUSED
                    if roll < 0.93
                    else RequestStatus.WITHDRAWN
                    if roll < 0.98
                    else RequestStatus.IN_PROGRESS  # overdue
                )
                if status.is_closed:
                    completed = min(due, received + timedelta(days=rng.randint(1, 28)))
            elif extended:
                status = RequestStatus.EXTENDED
            else:
                status = rng.choice(
                    [
                        RequestStatus.OPEN,
                        RequestStatus.IN_PROGRESS,
                        RequestStatus.WAITING_FOR_IDENTITY,
                    ]
                )
            rows.append(
                {
                    "type": kind.value,
                    "customer_id": rng.randint(1, top),
                    "requester_name": "",
                    "requester_contact": "",
                    "received": received,
                    "channel": "email",
                    "description": "",
                    "identity": "requested"
                    if status is RequestStatus.WAITING_FOR_IDENTITY
                    else "not_needed",
                    "identity_requested_on": received
                    if status is RequestStatus.WAITING_FOR_IDENTITY
                    else None,
                    "identity_received_on": None,
                    "status": status.value,
                    "extended_on": received if extended else None,
                    "extension_reason": "Laaja pyyntö" if extended else "",
                    "completed_on": completed,
                    "outcome": "Vastattu" if completed else "",
                    "due_on": due,
                    "subject_erased": False,
                    "changed_fields": "",
                }
            )
        if rows:
            session.execute(insert(RequestRow.__table__), rows)
        return len(rows)


def ensure_register(data_dir: Path, customers: int, requests: int):
    from tietosuoja_desktop.services import SystemClock, open_services
    from tietosuoja_desktop.services.demo import generate_demo

    services = open_services(data_dir, SystemClock())
    have = services.customers.count()
    if have < customers:
        started = time.perf_counter()
        generate_demo(services, customers - have, seed=1)
        print(f"built the demo register in {time.perf_counter() - started:.1f} s")
    added = top_up_requests(services, requests)
    if added:
        print(f"added {added:,} requests")
    return services


def wait_for(signal) -> None:
    """Run Qt's event loop until ``signal``: the GUI thread waits in C++ as in the app, without
    a Python polling loop taking the interpreter lock from the worker thread."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    signal.connect(loop.quit)
    loop.exec()
    # No disconnect: it returns a bool, and PySide6 6.12 on Python 3.11 drops a reference to
    # True/False on such calls (see ui/compat.py); the connection goes with the loop.


def wait_loaded(_app, page) -> None:
    wait_for(page.loaded)


def measure_opening(app, services, repeat: int, everything: bool) -> tuple[Stopwatch, int]:
    from tietosuoja_desktop.ui.requests.page import RequestsPage

    watch, rows = Stopwatch(), 0
    for _ in range(repeat):
        with watch:
            page = RequestsPage(services)
            if everything:
                page.filters.status.blockSignals(True)
                page.filters.set_status("all")
                page.filters.status.blockSignals(False)
                page.refresh()
            page.resize(1000, 760)
            page.show()
            wait_loaded(app, page)
            if everything:  # the constructor's own (open-only) read may come first
                while page.model.rowCount() < 1000:
                    wait_loaded(app, page)
            page.repaint()
        rows = page.model.rowCount()
        page.close()
        page.deleteLater()
        app.processEvents()
    return watch, rows


def person_with_orders(services, register_id: int, number: int) -> int:
    """A person with ORDERS orders over ten years (the newer ones vouchers that bookkeeping
    keeps), two consents, and an erasure request; returns the request's id."""
    from datetime import datetime

    from sqlalchemy import insert

    from tietosuoja_desktop.domain.enums import ConsentAction, RequestType
    from tietosuoja_desktop.domain.records import ConsentEvent, Customer, DataRequest
    from tietosuoja_desktop.storage.models import OrderRow

    tag = f"{number}-{time.time_ns() % 10**9}"  # new people on every run
    customer = services.customers.add(
        Customer(
            first_name="Erkki",
            last_name=f"Poistettava {tag}",
            email=f"erkki.poistettava.{tag}@example.com",
            city="Turku",
            register_ids=(register_id,),
        )
    )
    today = services.clock.today()
    with services.db.transaction() as session:
        session.execute(
            insert(OrderRow.__table__),
            [
                {
                    "customer_id": customer.id,
                    "ordered_on": today - timedelta(days=3 * index + 1),
                    "reference": f"E{tag}-{index}",
                    "description": "Lankoja ja puikot",
                    "amount_cents": 1990,
                    "status": "paid",
                    "anonymised": False,
                    "keep_until": None,
                }
                for index in range(ORDERS)
            ],
        )
    for purpose in ("Uutiskirje", "Tekstiviestit"):
        services.activity.add_consent(
            ConsentEvent(customer.id, ConsentAction.GIVEN, purpose, datetime(2025, 1, 5, 10))
        )
    request = DataRequest(RequestType.ERASURE, today - timedelta(days=3), customer_id=customer.id)
    return services.requests.add(request).request.id


def measure_erasure(services, repeat: int) -> Stopwatch:
    register_id = services.registers.list()[0].id
    watch = Stopwatch()
    for number in range(repeat):
        request_id = person_with_orders(services, register_id, number)
        with watch:
            response = services.fulfilment.fulfil(request_id)
        assert response.letter is not None and response.erasure is not None
    return watch


def measure_erasure_in_page(app, services, repeat: int) -> Stopwatch:
    from PySide6.QtCore import QTimer

    from tietosuoja_desktop.ui.documents.pdf_preview import PdfPreviewDialog
    from tietosuoja_desktop.ui.requests.page import RequestsPage

    PdfPreviewDialog.exec = lambda self: 0  # the letter is built and handed over, not shown
    register_id = services.registers.list()[0].id
    page = RequestsPage(services)
    page.resize(1000, 760)
    page.show()
    wait_loaded(app, page)
    watch = Stopwatch()
    for number in range(repeat):
        request_id = person_with_orders(services, register_id, 100 + number)
        page.show_request(request_id)
        page.detail.actions.fulfil()
        dialog = page.detail.actions.dialog
        dialog.extra.confirmation.setText(dialog.extra.word)
        with watch:
            QTimer.singleShot(0, dialog.confirm_button.click)
            wait_for(page.detail.finished)
    return watch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=5_000)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.gettempdir()) / (
        f"tietosuoja-bench-requests-{args.customers}"
    )

    from PySide6.QtWidgets import QApplication

    from tietosuoja_desktop.ui.compat import protect_none
    from tietosuoja_desktop.ui.requests import page as _page  # noqa: F401 - import not timed
    from tietosuoja_desktop.ui.style import apply_style

    protect_none()
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    services = ensure_register(data_dir, args.customers, args.requests)
    try:
        total = len(services.requests.list())
        open_count = services.requests.open_count()
        print(
            f"register: {services.customers.count():,} customers, {total:,} requests "
            f"({open_count:,} open); load average {os.getloadavg()[0]:.2f}, "
            f"{os.cpu_count()} CPUs"
        )
        measure_opening(app, services, 2, everything=False)  # warm the caches
        opening, shown = measure_opening(app, services, args.repeat, everything=False)
        everything, shown_all = measure_opening(app, services, max(3, args.repeat // 3), True)
        erase = measure_erasure(services, 5)
        erase_page = measure_erasure_in_page(app, services, 3)
        header = f"{'measurement':<52} {'runs':>5} {'median ms':>10} {'max ms':>9} "
        print(header + f"{'cpu ms':>10} {'target':>8}")
        print(opening.row(f"open the view: open requests ({shown:,} rows)", TARGET_OPEN_MS))
        print(everything.row(f"open the view: all requests ({shown_all:,} rows)", TARGET_OPEN_MS))
        print(erase.row(f"erase a person with {ORDERS:,} orders + letter", TARGET_ERASE_MS))
        print(erase_page.row("the same from the page (confirm -> letter)", TARGET_ERASE_MS))
    finally:
        services.close()


if __name__ == "__main__":
    main()
