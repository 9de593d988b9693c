"""The documents against the targets of the documents issue, measured in a fresh register
in a temporary folder (offscreen Qt for the preview). Prints medians.

    python benchmarks/bench_documents.py [--repeat 15] [--orders 1000]

* statement: ``DocumentService.privacy_statement`` (build, SHA-256, archive row);
* access report: the Art 15 report of a person with ``--orders`` orders, through the service;
* signing: ``sign_pdf`` on the statement (unlocking the PKCS#12 key included);
* preview: a 10-page PDF read from memory by QPdfDocument with page 1 rendered at the size a
  preview window shows it, and the same through ``PdfPreviewDialog`` until QPdfView has drawn
  page 1 (its renderer runs in a thread: wall time from construction to ``pageRendered``).

Wall time is what the user waits on this machine; CPU time (the whole process, all threads)
says what the step costs when the machine is not busy with other work.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGETS_MS = {"statement": 150, "access report": 1000, "signing": 200, "preview": 300}
PASSPHRASE = "benchmark passphrase 42"


class Timings:
    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def time(self, work):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        self.wall.append((time.perf_counter() - wall) * 1000)
        self.cpu.append((time.process_time() - cpu) * 1000)
        return result


def setup_register(folder: Path, orders: int):
    from tietosuoja_desktop.domain.enums import CustomerKind, LegalBasis, RetentionAnchor
    from tietosuoja_desktop.domain.records import (
        ControllerProfile,
        Customer,
        Order,
        Purpose,
        RegisterDescription,
        RetentionRule,
    )
    from tietosuoja_desktop.services import SystemClock, open_services

    services = open_services(folder, SystemClock())
    services.controller.save(
        ControllerProfile(
            name="Kahvila Esimerkki Tmi",
            business_id="3354302-8",
            street_address="Rantakatu 4",
            postal_code="20100",
            city="Turku",
            email="info@kahvilaesimerkki.fi",
            contact_name="Aino Esimerkki",
        )
    )
    register = services.registers.add(
        RegisterDescription(
            name="Asiakasrekisteri",
            purposes=(Purpose("Tilausten toimittaminen ja laskutus", LegalBasis.CONTRACT),),
            data_subject_categories="Asiakkaat",
            data_categories="Nimi, yhteystiedot, tilaukset",
            sources="Asiakkaalta itseltään",
            recipients="Ei säännönmukaisia luovutuksia",
            retention=RetentionRule(5, RetentionAnchor.LAST_ACTIVITY),
            security_manual="Paperit lukitussa kaapissa",
            security_electronic="Salasanalla suojattu tietokone",
        )
    )
    customer = services.customers.add(
        Customer(
            kind=CustomerKind.PERSON,
            first_name="Matti",
            last_name="Meikäläinen",
            email="matti@example.fi",
            register_ids=(register.id,),
        )
    )
    start = date.today() - timedelta(days=orders)
    for number in range(orders):
        services.activity.add_order(
            Order(
                customer.id,
                start + timedelta(days=number),
                reference=f"T-{number:05d}",
                description=f"Kahvipaketti {number % 7 + 1} kpl",
                amount_cents=1250 + number,
            )
        )
    services.documents.create_identity(PASSPHRASE)
    return services, register, customer


def ten_page_pdf(services, customer, orders: int) -> bytes:
    """An access report cut to 10 pages: fewer orders until it fits."""
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter

    pdf = services.documents.access_report(customer.id).pdf
    reader = PdfReader(BytesIO(pdf))
    if len(reader.pages) < 10:
        sys.exit(f"the access report of {orders} orders has only {len(reader.pages)} pages")
    writer = PdfWriter()
    for page in reader.pages[:10]:
        writer.add_page(page)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def bench_preview(pdf: bytes, repeat: int) -> tuple[Timings, Timings]:
    from PySide6.QtCore import QEventLoop, QSize, QTimer
    from PySide6.QtWidgets import QApplication

    from tietosuoja_desktop.ui.compat import protect_none
    from tietosuoja_desktop.ui.documents import PdfPreviewDialog
    from tietosuoja_desktop.ui.documents.printing import load_pdf

    protect_none()
    app = QApplication.instance() or QApplication([])
    direct, dialog_timings = Timings(), Timings()
    for _ in range(repeat):

        def open_and_render():
            document = load_pdf(pdf)
            points = document.pagePointSize(0)
            width = 780  # a preview window's page width, fit to width
            image = document.render(
                0, QSize(width, round(width * points.height() / points.width()))
            )
            assert document.pageCount() == 10 and not image.isNull()
            document.close()

        direct.time(open_and_render)

        def open_dialog():
            loop = QEventLoop()
            timeout = QTimer()
            timeout.setSingleShot(True)
            timeout.timeout.connect(loop.quit)
            dialog = PdfPreviewDialog(pdf, "Access report", "report.pdf")
            dialog.resize(820, 900)
            dialog.preview.pageRendered.connect(loop.quit)
            dialog.show()
            timeout.start(10_000)
            loop.exec()
            return dialog

        dialog = dialog_timings.time(open_dialog)
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    return direct, dialog_timings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--orders", type=int, default=1000)
    args = parser.parse_args(argv)

    from tietosuoja_desktop.documents.signing import sign_pdf
    from tietosuoja_desktop.domain.enums import Language

    with tempfile.TemporaryDirectory() as folder:
        services, register, customer = setup_register(Path(folder) / "data", args.orders)
        documents = services.documents
        documents.privacy_statement(register.id, Language.FI)  # warm-up: fonts, imports
        documents.access_report(customer.id)
        rows = []

        statement = Timings()
        for index in range(args.repeat):
            language = (Language.FI, Language.SV, Language.EN)[index % 3]
            exported = statement.time(
                lambda language=language: documents.privacy_statement(register.id, language)
            )
        rows.append(("statement (fi/sv/en)", statement, "statement"))

        report = Timings()
        for _ in range(max(3, args.repeat // 3)):
            report.time(lambda: documents.access_report(customer.id))
        rows.append((f"access report, {args.orders:,} orders", report, "access report"))

        signing = Timings()
        sign_pdf(exported.pdf, documents.signing_dir, PASSPHRASE)  # warm-up: pyHanko imports
        for _ in range(args.repeat):
            signing.time(lambda: sign_pdf(exported.pdf, documents.signing_dir, PASSPHRASE))
        rows.append(("signing (PAdES B-B)", signing, "signing"))

        pdf = ten_page_pdf(services, customer, args.orders)
        bench_preview(pdf, 1)  # warm-up: QtPdf, the widgets
        direct, dialog = bench_preview(pdf, args.repeat)
        rows.append(("preview: load 10 pages + render page 1", direct, "preview"))
        rows.append(("preview: dialog until page 1 drawn", dialog, "preview"))
        services.close()

    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs")
    print(f"{'measurement':44} {'n':>3} {'wall ms':>9} {'cpu ms':>8} {'target':>7}")
    for name, timings, target in rows:
        wall, cpu = statistics.median(timings.wall), statistics.median(timings.cpu)
        limit = TARGETS_MS[target]
        verdict = "ok" if wall < limit else "ok by cpu" if cpu < limit else "MISSED"
        print(f"{name:44} {len(timings.wall):>3} {wall:>9.1f} {cpu:>8.1f} {limit:>7} {verdict}")


if __name__ == "__main__":
    main()
