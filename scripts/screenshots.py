"""Screenshots of every page and of the first-run wizard, in Finnish and Swedish.

    python scripts/screenshots.py [--out docs/screenshots] [--languages fi sv] [--stretch]
    python scripts/screenshots.py --small-screen [--languages fi sv]

Runs offscreen unless a display is set (e.g. under ``xvfb-run``), on a demo register made in a
temporary folder, and writes ``<lang>-<page>.png``, ``<lang>-wizard-<n>-<page>.png`` and the
views the user guide (docs/kayttoopas.md) shows: a customer's record and the erasure preview,
logging a request, a request's card and its fulfilment dialog, a document's preview, the breach
editor (the Breaches page and the overview show two demo breaches: one with its 72-hour clock
running, one notified and closed) and the audit log after a check of its hash chain.
``--stretch`` also writes ``stretch-*.png`` with every Finnish text made half as long again, to
check that layouts survive long translations. ``--small-screen`` writes only
``<lang>-small-<page>.png``: the five main pages on a screen of 1024×600 logical pixels at 150 %
(1536×900 pixels: what a 1366×768 laptop at 125 % leaves, a little less), the window as large
as that screen allows."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZE = (1280, 820)
WIZARD_SIZE = (860, 700)
SMALL_SCREEN = (1024, 600)
SMALL_SCALE = 1.5
SMALL_PAGES = ("overview", "customers", "requests", "breaches", "documents")
TODAY = date(2026, 11, 22)


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def stretching_translator(app):
    """The Finnish catalogue with every text made half as long again (install it after the
    Finnish translators: the newest translator is asked first)."""
    from PySide6.QtCore import QTranslator

    from tietosuoja_desktop.translation import CATALOGUE, locale_dir

    class Stretch(QTranslator):
        def __init__(self) -> None:
            super().__init__(app)
            self.inner = QTranslator(self)
            self.inner.load(f"{CATALOGUE}_fi", str(locale_dir()))

        def translate(self, context, source, disambiguation=None, n=-1):
            text = self.inner.translate(context, source, disambiguation, n) or source
            return text + " " + "x" * max(1, len(text) // 2) if text.strip() else text

        def isEmpty(self) -> bool:
            return False

    return Stretch()


def main_window_shots(app, services, out: Path, prefix: str) -> list[Path]:
    from tietosuoja_desktop.ui.main_window import MainWindow
    from tietosuoja_desktop.ui.pages import PAGE_KEYS

    window = MainWindow(services)
    window.resize(*SIZE)
    window.show()
    written = []
    for key in PAGE_KEYS:
        show_loaded(app, window, key)
        path = out / f"{prefix}-{key}.png"
        window.grab().save(str(path))
        written.append(path)
    written += detail_shots(app, window, services, out, prefix)
    help_dialog = window.menus.show_help()
    settle(app)
    path = out / f"{prefix}-help.png"
    help_dialog.grab().save(str(path))
    written.append(path)
    help_dialog.close()
    window.close()
    return written


def show_loaded(app, window, key: str):
    """The page ``key`` on show, its list read."""
    page = window.show_page(key)
    if hasattr(page, "loaded"):
        page.refresh()
        loop_until(app, page.loaded)
    settle(app, 20)
    return page


def small_screen_shots(app, services, out: Path, prefix: str) -> list[Path]:
    from tietosuoja_desktop.ui.main_window import MainWindow
    from tietosuoja_desktop.ui.screens import available_size

    window = MainWindow(services)
    window.show()
    window.resize(available_size(window))
    written = []
    for key in SMALL_PAGES:
        page = show_loaded(app, window, key)
        if key == "requests" and (views := services.requests.list(open_only=True)):
            page.show_request(views[0].request.id)
            settle(app, 20)
        path = out / f"{prefix}-small-{key}.png"
        window.grab().save(str(path))
        written.append(path)
    window.close()
    return written


def use_small_screen(scratch: Path) -> None:
    """Before Qt starts: an offscreen screen of ``SMALL_SCREEN`` logical pixels at
    ``SMALL_SCALE``."""
    import json

    width, height = (round(side * SMALL_SCALE) for side in SMALL_SCREEN)
    config = scratch / "small-screen.json"
    screen = {"name": "small", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(SMALL_SCALE)


def grab(app, widget, path: Path, size: tuple[int, int] | None = None) -> Path:
    if size is not None:
        widget.resize(*size)
    settle(app, 20)
    widget.grab().save(str(path))
    return path


def guide_customer(services) -> int:
    """A customer with orders and consents to show: the first such in the demo register."""
    for customer_id in range(1, 400):
        try:
            services.customers.get(customer_id)
        except Exception:
            continue
        activity = services.activity
        if activity.orders(customer_id) and activity.consents(customer_id):
            return customer_id
    return 1


def guide_request(services, customer_id: int) -> int:
    """An open erasure request about a customer with orders (the demo register may have none:
    then one is logged, ten days before the screenshots' today)."""
    from datetime import timedelta

    from tietosuoja_desktop.domain.enums import Channel, RequestType
    from tietosuoja_desktop.domain.records import DataRequest

    views = services.requests.list(types=(RequestType.ERASURE,), open_only=True)
    for view in views:
        if view.request.customer_id is not None:
            return view.request.id
    request = DataRequest(
        type=RequestType.ERASURE,
        received=TODAY - timedelta(days=10),
        customer_id=customer_id,
        channel=Channel.EMAIL,
        description="Pyydän poistamaan kaikki tietoni asiakasrekisteristänne.",
    )
    return services.requests.add(request).request.id


def guide_breaches(services) -> int:
    """Two breaches for the guide, logged once through the services: one open whose 72-hour
    clock runs (45 hours left at the screenshots' noon), and one notified in time, its people
    told by letter, closed. Returns the open one's id."""
    from datetime import datetime

    from tietosuoja_desktop.domain.breaches import Breach, BreachNature, BreachRisk

    breaches = services.breaches
    for view in breaches.list():
        if view.hours_left is not None:
            return view.breach.id
    linked = []
    for customer_id in range(1, 400):
        try:
            services.customers.get(customer_id)
        except Exception:
            continue
        linked.append(customer_id)
        if len(linked) == 3:
            break
    lost = breaches.add(
        Breach(
            discovered_at=datetime(2026, 11, 9, 16, 40),
            description="Muistitikku, jolla oli luottoasiakkaiden lista, katosi messuilla.\n"
            "Tikkua ei ollut salattu.",
            natures=(BreachNature.CONFIDENTIALITY, BreachNature.AVAILABILITY),
            data_categories="nimet, osoitteet, puhelinnumerot, henkilötunnukset",
            people_affected=len(linked),
            records_affected=len(linked),
            consequences="Henkilötunnuksella ja osoitteella voi yrittää identiteettivarkautta.",
            measures_taken="Katoamisesta tehtiin ilmoitus messujen löytötavaratoimistoon.",
            measures_proposed="Asiakastietoja kuljetetaan jatkossa vain salatulla tikulla.",
            risk=BreachRisk.HIGH,
            risk_reasoning="Henkilötunnukset ja osoitteet yhdessä: suuri riski.",
            customer_ids=tuple(linked),
        )
    ).breach.id
    breaches.record_notification(lost, datetime(2026, 11, 11, 10, 5), reference="TSV/5120/2026")
    breaches.record_people_informed(
        lost, datetime(2026, 11, 11, 14, 30), how="kirjeellä", count=len(linked)
    )
    breaches.close(lost)
    return breaches.add(
        Breach(
            discovered_at=datetime(2026, 11, 21, 9, 15),
            description="Uutiskirje lähti 214 asiakkaalle niin, että kaikkien "
            "sähköpostiosoitteet näkyivät vastaanottajille.",
            natures=(BreachNature.CONFIDENTIALITY,),
            data_categories="nimet ja sähköpostiosoitteet",
            people_affected=214,
            records_affected=214,
            consequences="Roskapostia ja huijausviestejä, jotka näyttävät tulevan yritykseltä.",
            measures_taken="Vastaanottajia pyydettiin poistamaan viesti.",
            measures_proposed="Uutiskirjeet lähetetään vain postituspalvelun kautta.",
            risk=BreachRisk.RISK,
            risk_reasoning="Ei arkaluonteisia tietoja, mutta osoitteita voidaan käyttää "
            "kalasteluun.",
        )
    ).breach.id


def detail_shots(app, window, services, out: Path, prefix: str) -> list[Path]:
    """The views the user guide walks through, beyond the pages themselves."""
    from tietosuoja_desktop.domain.enums import Language

    written = []
    customers = window.show_page("customers")
    customer_id = guide_customer(services)
    customers.open_customer(customer_id)
    dialog = customers.customer_dialog
    written.append(grab(app, dialog, out / f"{prefix}-customer-record.png", (980, 720)))
    dialog.reject()
    settle(app)
    customers.erase_customer(customer_id)
    dialog = customers.erase_dialog
    written.append(grab(app, dialog, out / f"{prefix}-customer-erase.png"))
    dialog.reject()
    settle(app)

    requests = window.show_page("requests")
    requests.new_item()
    dialog = requests.log_dialog
    written.append(grab(app, dialog, out / f"{prefix}-request-log.png"))
    dialog.reject()
    settle(app)
    erasure = guide_request(services, customer_id)
    requests.refresh()
    loop_until(app, requests.loaded)
    requests.show_request(erasure)
    settle(app, 20)
    written.append(grab(app, window, out / f"{prefix}-request-detail.png"))
    requests.detail.actions.fulfil()
    settle(app, 10)
    dialog = requests.detail.actions.dialog
    written.append(grab(app, dialog, out / f"{prefix}-request-fulfil.png"))
    dialog.reject()
    settle(app)

    documents = window.show_page("documents")
    register = services.registers.list()[0]
    language = Language(prefix if prefix in ("fi", "sv") else "fi")
    exported = services.documents.privacy_statement(register.id, language)
    documents.refresh_archive()
    dialog = documents.open_preview(exported.pdf, exported.document)
    dialog.resize(900, 800)
    loop_until(app, dialog.preview.pageRendered, 5_000)  # QtPdf draws in a worker thread
    written.append(grab(app, dialog, out / f"{prefix}-document-preview.png", (900, 800)))
    dialog.close()
    settle(app)

    registers = window.show_page("registers")
    registers.open_translations()
    dialog = registers.translations_dialog
    dialog.language.setCurrentIndex(0)
    written.append(grab(app, dialog, out / f"{prefix}-register-translations.png", (760, 720)))
    dialog.reject()
    settle(app)

    breaches = window.show_page("breaches")
    guide_breaches(services)
    views = services.breaches.list()
    linked = next((v.breach.id for v in views if v.breach.customer_ids), views[0].breach.id)
    breaches.refresh(select_id=linked)  # the editor with its affected customers listed
    breaches.edit_breach()
    dialog = breaches.dialog
    written.append(grab(app, dialog, out / f"{prefix}-breach-editor.png", (760, 1060)))
    dialog.reject()
    settle(app)
    breaches._letters_folder = "/tmp/tietosuoja-screenshots/letters"  # not this machine's home
    breaches.choose_letters_folder()
    dialog = breaches.dialog
    written.append(grab(app, dialog, out / f"{prefix}-breach-letters.png"))
    dialog.reject()
    settle(app)

    settings = window.show_page("settings")
    dialog = settings.open_audit_log()
    dialog.verify()
    loop_until(app, dialog.verified)
    written.append(grab(app, dialog, out / f"{prefix}-audit-log.png", (960, 640)))
    dialog.close()
    settle(app)
    return written


def loop_until(app, signal, timeout_ms: int = 20_000) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def wizard_shots(app, data_dir: Path, out: Path, prefix: str, language: str) -> list[Path]:
    from PySide6.QtWidgets import QWizard

    from tietosuoja_desktop.services import FixedClock, open_services
    from tietosuoja_desktop.ui.wizard import SetupWizard

    services = open_services(data_dir, FixedClock(TODAY))
    written = []
    try:
        wizard = SetupWizard(services)
        wizard.resize(*WIZARD_SIZE)
        wizard.show()
        names = ("language", "profile", "template", "register", "encryption", "finish")
        for index, name in enumerate(names):
            if name == "language":
                wizard.language_page.buttons[language].setChecked(True)
            if name == "profile":
                form = wizard.profile_page.form
                form.edits["name"].setText("Lankapuoti Kerä Tmi")
                form.edits["business_id"].setText("3354302-8")
                form.edits["street_address"].setText("Kauppakatu 12")
                form.edits["postal_code"].setText("401")
                form.edits["postal_code"].editingFinished.emit()
                form.edits["city"].setText("Jyväskylä")
                form.edits["email"].setText("info@lankapuoti.example")
                form.edits["phone"].setText("040 123 4567")
            if name == "encryption":
                passphrase = wizard.encryption_page.form
                passphrase.passphrase_edit.setText("kuusi villiä lankakerää")
                passphrase.repeat_edit.setText("kuusi villiä lankakerää")
            settle(app, 10)
            path = out / f"{prefix}-wizard-{index + 1}-{name}.png"
            wizard.grab().save(str(path))
            written.append(path)
            if name == "profile":
                form.edits["postal_code"].setText("40100")
            wizard.button(QWizard.WizardButton.NextButton).click()
        wizard.close()
    finally:
        services.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--languages", nargs="+", default=["fi", "sv"])
    parser.add_argument("--customers", type=int, default=1500)
    parser.add_argument("--stretch", action="store_true")
    parser.add_argument("--small-screen", action="store_true")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # One fixed folder, emptied first: the status bar and the wizard show the data folder, so a
    # new random name on every run would change those pictures when nothing else did.
    scratch = Path(tempfile.gettempdir()) / "tietosuoja-screenshots"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")  # no saved window layout
    if args.small_screen:
        use_small_screen(scratch)

    from tietosuoja_desktop.services import FixedClock, open_services
    from tietosuoja_desktop.services.demo import generate_demo
    from tietosuoja_desktop.ui.application import create_application
    from tietosuoja_desktop.ui.preferences import apply_language

    app = create_application([sys.argv[0]])
    args.out.mkdir(parents=True, exist_ok=True)
    services = open_services(scratch / "demo", FixedClock(TODAY))
    written: list[Path] = []
    try:
        generate_demo(services, args.customers)
        guide_breaches(services)
        runs = [(language, language) for language in args.languages]
        if args.stretch:
            runs.append(("fi", "stretch"))
        for number, (language, prefix) in enumerate(runs):
            apply_language(language, remember=False)
            stretch = stretching_translator(app) if prefix == "stretch" else None
            if stretch is not None:
                app.installTranslator(stretch)
            if args.small_screen:
                written += small_screen_shots(app, services, args.out, prefix)
                continue
            written += main_window_shots(app, services, args.out, prefix)
            wizard_dir = scratch / f"wizard-{number}"
            written += wizard_shots(app, wizard_dir, args.out, prefix, language)
            if stretch is not None:
                app.removeTranslator(stretch)
    finally:
        services.close()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
