"""Answering a data-subject request, guided by its type: do what the article asks in the
register, then produce the letter that tells the person (domain.md "Data subject requests").

Each step is its own transaction in the service that owns it, and each is safe to repeat: a
step interrupted midway leaves the request open, and fulfilling it again finishes the job."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, replace
from datetime import date

from ..domain.activity_validation import REASON, reason_problems
from ..domain.enums import (
    ConsentAction,
    DefaultOutcome,
    IdentityCheck,
    Language,
    RequestStatus,
    SentVia,
)
from ..domain.field_rules import raise_for_problems
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.identifiers import first_email
from ..domain.marketing import METHOD_OF_REQUEST_CHANNEL
from ..domain.recipients import NoticeStatus
from ..domain.records import ConsentEvent, ErasureSummary
from ..domain.request_types import Step, spec
from ..domain.serialise import to_json
from . import access_copy
from .documents import Exported, _no_profile
from .errors import RuleViolation
from .requests import RequestView

CUSTOMER_EXPORT_FIELDS = (
    "first_name",
    "last_name",
    "organisation",
    "business_id",
    "street_address",
    "postal_code",
    "city",
    "country",
    "phone",
    "email",
    "birth_date",
    "language",
    "customer_since",
)


@dataclass(frozen=True)
class Response:
    """What answering a request produced: the updated request and the papers to hand out."""

    request: RequestView
    letter: Exported | None = None
    report: Exported | None = None  # the access report
    portability_zip: bytes | None = None
    erasure: ErasureSummary | None = None
    recipients_to_tell: tuple[str, ...] = ()  # Art 19: the request's checklist, by name


def _violation(source: str, field: str = "") -> RuleViolation:
    return RuleViolation(Message("Requests", source), field)


class FulfilmentService:
    def __init__(self, services) -> None:
        self._s = services

    # -- the letter's facts ----------------------------------------------------------------

    def language_for(self, view: RequestView) -> Language:
        if view.request.customer_id is not None:
            return self._s.customers.get(view.request.customer_id).language
        controller = self._s.controller.get()
        return controller.document_language if controller else Language.FI

    def _recipient(self, view: RequestView, delivery: SentVia) -> tuple[str, str]:
        """The name and the address block's lines: the postal address, or for a letter
        delivered by e-mail the e-mail address."""
        request = view.request
        if request.customer_id is not None:
            customer = self._s.customers.get(request.customer_id)
            if delivery is SentVia.EMAIL:
                return customer.display_name, customer.email
            city = f"{customer.postal_code} {customer.city}".strip()
            lines = [customer.street_address, city]
            return customer.display_name, "\n".join(line for line in lines if line)
        if delivery is SentVia.EMAIL:
            return request.requester_name, first_email(request.requester_contact)
        return request.requester_name, request.requester_contact

    def postal_address_missing(self, view: RequestView) -> bool:
        """Whether a letter for posting cannot be addressed: no street address, postal code
        or town in the register (or, for someone not in it, nothing but an e-mail given)."""
        request = view.request
        if request.customer_id is not None:
            customer = self._s.customers.get(request.customer_id)
            parts = (customer.street_address, customer.postal_code, customer.city)
            return not all(part.strip() for part in parts)
        contact = request.requester_contact
        email = first_email(contact)
        return not (contact.replace(email, "") if email else contact).strip(" ,;:\n\t")

    def letter_data(self, view: RequestView, delivery: SentVia = SentVia.LETTER, **extra):
        # the documents package loads reportlab: only when a document is made
        from ..documents import LetterData

        name, address = self._recipient(view, SentVia(delivery))
        controller = self._s.controller.get()
        values = dict(
            controller=controller,
            recipient_name=name,
            recipient_address=address,
            request=view.request,
            due=view.deadlines.due,
            extended_due=view.deadlines.extended_due if view.request.is_extended else None,
            today=self._s.clock.today(),
            delivery=SentVia(delivery),
        )
        values.update(extra)
        return LetterData(**values)

    def _send(
        self, kind, view: RequestView, *, language, passphrase, archive=True, **extra
    ) -> Exported:
        """Build, archive and log one letter on the request's timeline."""
        language = Language(language or self.language_for(view))
        data = self.letter_data(view, **extra)
        exported = self._s.documents.letter(
            kind,
            data,
            language,
            passphrase=passphrase,
            request_id=view.request.id if archive else None,
            customer_id=view.request.customer_id if archive else None,
            archive=archive,
        )
        self._s.requests.record_event(
            view.request.id,
            f"letter_{kind.value}",
            document_id=exported.document.id or None,
            document_sha256=exported.document.sha256,
        )
        return exported

    # -- steps before the answer ------------------------------------------------------------

    def acknowledge(
        self, request_id: int, *, language=None, passphrase=None, delivery=SentVia.LETTER
    ) -> Response:
        # the documents package loads reportlab: only when a document is made
        from ..documents import LetterKind

        view = self._s.requests.get(request_id)
        letter = self._send(
            LetterKind.ACKNOWLEDGEMENT,
            view,
            language=language,
            passphrase=passphrase,
            delivery=delivery,
        )
        return Response(self._s.requests.get(request_id), letter)

    def request_identity(
        self,
        request_id: int,
        reason: str = "",
        *,
        language=None,
        passphrase=None,
        delivery=SentVia.LETTER,
    ) -> Response:
        """Art 12(6): ask for proof of identity and send the letter asking for it."""
        # the documents package loads reportlab: only when a document is made
        from ..documents import LetterKind

        view = self._s.requests.mark_identity(request_id, IdentityCheck.REQUESTED)
        letter = self._send(
            LetterKind.IDENTITY_REQUEST,
            view,
            language=language,
            passphrase=passphrase,
            reason=reason,
            delivery=delivery,
        )
        return Response(self._s.requests.get(request_id), letter)

    def extend(
        self,
        request_id: int,
        reason: str,
        *,
        language=None,
        passphrase=None,
        delivery=SentVia.LETTER,
    ) -> Response:
        """Art 12(3): two more months, refused after the notice deadline; the notice letter."""
        # the documents package loads reportlab: only when a document is made
        from ..documents import LetterKind

        view = self._s.requests.extend(request_id, reason)
        letter = self._send(
            LetterKind.EXTENSION_NOTICE,
            view,
            language=language,
            passphrase=passphrase,
            reason=reason,
            delivery=delivery,
        )
        return Response(view, letter)

    def refuse(
        self,
        request_id: int,
        reason: str,
        *,
        language=None,
        passphrase=None,
        delivery=SentVia.LETTER,
    ) -> Response:
        """Art 12(4): no action, with the reason, the authority and the judicial remedy."""
        # the documents package loads reportlab: only when a document is made
        from ..documents import LetterKind

        view = self._s.requests.refuse(request_id, reason)
        letter = self._send(
            LetterKind.REFUSAL,
            view,
            language=language,
            passphrase=passphrase,
            reason=reason,
            delivery=delivery,
        )
        return Response(view, letter)

    # -- fulfilling ------------------------------------------------------------------------

    def preview_erasure(self, request_id: int) -> ErasureSummary | None:
        view = self._s.requests.get(request_id)
        if view.request.customer_id is None:
            return None
        return self._s.erasure.preview(view.request.customer_id)

    def recipients_to_tell(self, customer_id: int) -> tuple[str, ...]:
        """Art 19: the recipients of the person's registers, as a checklist would list them."""
        self._s.customers.get(customer_id)  # NotFound for a customer not in the register
        return self._s.recipients.preview(customer_id)

    def _checklist(self, view: RequestView) -> tuple[str, ...]:
        """Art 19: make the request's checklist (before the step changes the person)."""
        return tuple(notice.name for notice in self._s.recipients.make(view.request.id))

    def recipient_letter(self, request_id: int, *, language=None, passphrase=None) -> Exported:
        """Art 19: the short letter that gives the person the recipients of their data, each
        with whether and when it was told; those never disclosed to are left out."""
        # the documents package loads reportlab: only when a document is made
        from ..documents import LetterKind
        from ..documents.texts import format_date, text

        view = self._s.requests.get(request_id)
        lang = Language(language or self.language_for(view))
        lines = tuple(
            text(lang, "letter.recipient_list.told", name=n.name, date=format_date(n.told_on, lang))
            if n.status is NoticeStatus.TOLD
            else text(lang, "letter.recipient_list.to_tell", name=n.name)
            for n in self._s.recipients.checklist(request_id)
            if n.status is not NoticeStatus.NOT_DISCLOSED
        )
        return self._send(
            LetterKind.RECIPIENT_LIST, view, language=lang, passphrase=passphrase, recipients=lines
        )

    def changed_fields_since(self, customer_id: int, since: date) -> tuple[str, ...]:
        """The customer's fields changed on or after ``since`` (from the audit trail)."""
        fields: list[str] = []
        for entry in self._s.audit.history("customer", customer_id):
            if entry.action == "update" and entry.at.date() >= since:
                fields += [f for f in entry.fields if f not in fields]
        return tuple(fields)

    def fulfil(
        self,
        request_id: int,
        *,
        language=None,
        passphrase=None,
        purposes: tuple[str, ...] | None = None,
        changed_fields: tuple[str, ...] | None = None,
        note: str = "",
        delivery: SentVia = SentVia.LETTER,
    ) -> Response:
        """Do what the request's type asks and produce the response. ``note`` (the outcome in
        the person's letter) is checked before anything is made: its length, and no control
        characters but newlines and tabs."""
        # the documents package loads reportlab: only when a document is made
        from ..documents import LetterKind

        note = REASON.clean(note)
        raise_for_problems(reason_problems(note, "note"))
        view = self._s.requests.get(request_id)
        request = view.request
        if request.status.is_closed:
            raise _violation(
                QT_TRANSLATE_NOOP("Requests", "The request is already closed."), "status"
            )
        if request.status is RequestStatus.READY_TO_SEND:
            raise _violation(
                QT_TRANSLATE_NOOP(
                    "Requests", "The answer is already prepared: send it and mark it sent."
                ),
                "status",
            )
        if request.identity is IdentityCheck.REQUESTED:
            raise _violation(
                QT_TRANSLATE_NOOP(
                    "Requests", "Proof of identity was asked for and has not arrived yet."
                ),
                "identity",
            )
        if request.customer_id is None:
            letter = self._send(
                LetterKind.NO_DATA_HELD,
                view,
                language=language,
                passphrase=passphrase,
                reason=note,
                delivery=delivery,
            )
            done = self._s.requests.prepare(request_id, note or DefaultOutcome.NO_DATA_HELD)
            return Response(done, letter)

        handler = STEP_HANDLERS[spec(request.type).step]
        return handler(
            self,
            view,
            language=language,
            passphrase=passphrase,
            purposes=purposes,
            changed_fields=changed_fields,
            note=note,
            delivery=SentVia(delivery),
        )

    def _prepare(self, view, kind, language, passphrase, note, done_items=(), **extra):
        letter = self._send(
            kind,
            view,
            language=language,
            passphrase=passphrase,
            reason=note,
            done_items=tuple(done_items),
            **extra,
        )
        done = self._s.requests.prepare(view.request.id, note or spec(view.request.type).outcome)
        return done, letter

    def _access(self, view, *, language, passphrase, note, delivery, **_) -> Response:
        report = self._s.documents.access_report(
            view.request.customer_id,
            language,
            passphrase=passphrase,
            delivery=delivery,
            request_id=view.request.id,
            request_received=view.request.received,
        )
        self._s.requests.record_event(
            view.request.id,
            "access_report",
            document_id=report.document.id,
            document_sha256=report.document.sha256,
        )
        done = self._s.requests.prepare(view.request.id, note or spec(view.request.type).outcome)
        return Response(done, report=report)

    def _rectification(self, view, *, language, passphrase, changed_fields, note, delivery, **_):
        # the documents package loads reportlab: only when a document is made
        from ..documents import LetterKind
        from ..documents.texts import text

        customer_id = view.request.customer_id
        fields = changed_fields
        if fields is None:
            fields = self.changed_fields_since(customer_id, view.request.received)
        if not fields:
            raise _violation(
                QT_TRANSLATE_NOOP(
                    "Requests", "Correct the person's data first: no changed fields were found."
                ),
                "changed_fields",
            )
        self._s.requests.set_changed_fields(view.request.id, tuple(fields))
        recipients = self._checklist(view)
        lang = Language(language or self.language_for(view))
        labels = []
        for field in fields:
            key = FIELD_LABELS.get(field, f"label.{field}")
            try:
                label = text(lang, key)
            except KeyError:
                label = field.replace("_", " ")
            if label not in labels:
                labels.append(label)
        line = text(lang, spec(view.request.type).letter_line, fields=", ".join(labels))
        done, letter = self._prepare(
            view, LetterKind.COMPLETION, lang, passphrase, note, [line], delivery=delivery
        )
        return Response(done, letter, recipients_to_tell=recipients)

    def _erasure(self, view, *, language, passphrase, note, delivery, **_) -> Response:
        # the documents package loads reportlab: only when a document is made
        from ..documents import LetterKind

        lang = Language(language or self.language_for(view))
        # The letter is addressed before the person is erased, and not archived after: the
        # request keeps only the letter's hash as proof that it was sent.
        # The recipients to tell (Art 19) and the backups that may still hold the person are
        # read before the erasure too: the letter names them.
        data_view = view
        name, address = self._recipient(data_view, delivery)
        customer_id = view.request.customer_id
        recipients = self._checklist(view)
        backups = access_copy.backup_holding(self._s)
        summary = self._s.erasure.erase(customer_id)
        view = self._s.requests.get(view.request.id)
        letter = self._send(
            LetterKind.COMPLETION,
            view,
            language=lang,
            passphrase=passphrase,
            archive=False,
            recipient_name=name,
            recipient_address=address,
            erasure=summary,
            reason=note,
            recipients=recipients,
            backups=backups,
            delivery=delivery,
        )
        done = self._s.requests.prepare(view.request.id, spec(view.request.type).outcome)
        return Response(done, letter, erasure=summary, recipients_to_tell=recipients)

    def _portability(self, view, *, language, passphrase, note, delivery, **_) -> Response:
        # the documents package loads reportlab: only when a document is made
        from ..documents import LetterKind

        archive = self.portability_zip(view.request.customer_id)
        self._s.requests.record_event(
            view.request.id, "portability_export", document_sha256=_sha256(archive)
        )
        lang = Language(language or self.language_for(view))
        line = _done_text(lang, spec(view.request.type).letter_line)
        done, letter = self._prepare(
            view, LetterKind.COMPLETION, lang, passphrase, note, [line], delivery=delivery
        )
        return Response(done, letter, portability_zip=archive)

    def _restrict(self, view, **values) -> Response:
        recipients = self._checklist(view)
        self._s.customers.restrict(view.request.customer_id)
        return replace(self._marked(view, **values), recipients_to_tell=recipients)

    def _record_objection(self, view, **values) -> Response:
        self._s.customers.record_objection(view.request.customer_id)
        return self._marked(view, **values)

    def _prohibit_marketing(self, view, **values) -> Response:
        self._s.customers.prohibit_marketing(view.request.customer_id)
        return self._marked(view, **values)

    def _withdraw(self, view, *, purposes, **values) -> Response:
        withdrawn = self._withdraw_consents(view, purposes)
        return self._marked(view, purposes=", ".join(withdrawn) or "-", **values)

    def _marked(
        self, view, *, language, passphrase, note, delivery, purposes=None, **_
    ) -> Response:
        """The letter after a step that marked the person: what was done, from today."""
        # the documents package loads reportlab: only when a document is made
        from ..documents import LetterKind
        from ..documents.texts import format_date

        lang = Language(language or self.language_for(view))
        values = {"date": format_date(self._s.clock.today(), lang)}
        if purposes is not None:
            values["purposes"] = purposes
        line = _done_text(lang, spec(view.request.type).letter_line, **values)
        done, letter = self._prepare(
            view, LetterKind.COMPLETION, lang, passphrase, note, [line], delivery=delivery
        )
        return Response(done, letter)

    def _withdraw_consents(self, view, purposes) -> list[str]:
        """Withdraw the chosen consents still in force on any channel, recorded as the request
        came in (its channel the way, the request the evidence); returns the purposes."""
        request = view.request
        in_force = self._s.activity.purposes_in_force(request.customer_id)
        chosen = [p for p in (list(purposes) if purposes else in_force) if p in in_force]
        for purpose in chosen:
            self._s.activity.add_consent(
                ConsentEvent(
                    customer_id=request.customer_id,
                    action=ConsentAction.WITHDRAWN,
                    purpose=purpose,
                    at=self._s.clock.now(),
                    channel=request.channel,
                    evidence=f"data-subject request #{request.id}",
                    method=METHOD_OF_REQUEST_CHANNEL[request.channel],
                )
            )
        return chosen

    # -- portability ------------------------------------------------------------------------

    def portability_zip(self, customer_id: int) -> bytes:
        """Art 20: the data the person provided, as JSON and CSV in one ZIP."""
        customer = self._s.customers.get(customer_id)
        contact = {name: to_json(getattr(customer, name)) for name in CUSTOMER_EXPORT_FIELDS}
        consents = [to_json(replace(e, id=None)) for e in self._s.activity.consents(customer_id)]
        orders = [to_json(o) for o in self._s.activity.orders(customer_id)]
        for item in consents + orders:
            item.pop("customer_id", None)
            item.pop("id", None)
        document = {
            "exported_at": self._s.clock.now().isoformat(timespec="seconds"),
            "controller": self._s.controller.get().name,
            "contact": contact,
            "consents": consents,
            "orders": orders,
        }
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("data.json", json.dumps(document, ensure_ascii=False, indent=2))
            archive.writestr("contact.csv", _csv([contact]))
            archive.writestr("consents.csv", _csv(consents))
            archive.writestr("orders.csv", _csv(orders))
        return buffer.getvalue()

    # -- the request log --------------------------------------------------------------------

    def _identity_reason(self, view: RequestView) -> str:
        """Why the user took the identity as certain, as recorded on the timeline."""
        if view.request.identity is not IdentityCheck.CONFIRMED:
            return ""
        events = self._s.requests.timeline(view.request.id)
        return next((e.note for e in events if e.action == "identity_confirmed"), "")

    def request_log(self, start: date, end: date, language: Language):
        """All requests received in [start, end] as (PDF bytes, CSV text)."""
        # the documents package loads reportlab: only when a document is made
        from ..documents.request_log import LogEntry, build_request_log

        views = [v for v in self._s.requests.list() if start <= v.request.received <= end]
        views.sort(key=lambda v: (v.request.received, v.request.id))
        entries = [
            LogEntry(
                v.request,
                v.deadlines.effective_due,
                identity_reason=self._identity_reason(v),
                identity_needed=v.request.customer_id is not None
                and spec(v.request.type).identity_matters,
            )
            for v in views
        ]
        controller = self._s.controller.get()
        if controller is None:
            raise _no_profile()
        pdf = build_request_log(
            controller,
            entries,
            language,
            start=start,
            end=end,
            signature=self._s.documents.signature(controller, digital=False),
        )
        rows = [
            {
                "id": v.request.id,
                "type": v.request.type.cli_name,
                "received": v.request.received.isoformat(),
                "due": v.deadlines.effective_due.isoformat(),
                "extended": "yes" if v.request.is_extended else "no",
                "completed": v.request.completed_on.isoformat() if v.request.completed_on else "",
                "sent_on": v.request.sent_on.isoformat() if v.request.sent_on else "",
                "sent_via": v.request.sent_via.cli_name if v.request.sent_via else "",
                "status": v.request.status.cli_name,
                "on_time": ""
                if v.request.completed_on is None
                else ("yes" if v.request.completed_on <= v.deadlines.effective_due else "no"),
                "outcome": _neutralise(v.request.outcome),
            }
            for v in views
        ]
        return pdf, _csv(rows)


# Every fulfilment step, run by the service; a step without its handler stops the import.
STEP_HANDLERS = {
    Step.ACCESS_REPORT: FulfilmentService._access,
    Step.RECORD_CORRECTIONS: FulfilmentService._rectification,
    Step.ERASE: FulfilmentService._erasure,
    Step.EXPORT_DATA: FulfilmentService._portability,
    Step.RESTRICT: FulfilmentService._restrict,
    Step.RECORD_OBJECTION: FulfilmentService._record_objection,
    Step.PROHIBIT_MARKETING: FulfilmentService._prohibit_marketing,
    Step.WITHDRAW_CONSENTS: FulfilmentService._withdraw,
}
if set(STEP_HANDLERS) != set(Step):
    raise RuntimeError(f"fulfilment steps without a handler: {set(Step) - set(STEP_HANDLERS)}")

# Customer fields whose letter label has another key than label.<field>.
FIELD_LABELS = {
    "first_name": "label.name",
    "last_name": "label.name",
    "street_address": "label.address",
    "postal_code": "label.address",
    "city": "label.address",
    "country": "label.address",
}


def _done_text(lang: Language, key: str, **values: object) -> str:
    # the documents package loads reportlab: only when a document is made
    from ..documents.texts import text

    return text(lang, key, **values)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _neutralise(value: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas: quote them."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _csv(rows: list[dict]) -> str:
    if not rows:
        return ""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: _neutralise(str(v)) if isinstance(v, str) else v for k, v in row.items()}
        )
    return buffer.getvalue()
