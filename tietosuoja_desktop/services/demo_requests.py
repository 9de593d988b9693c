"""The demo register's data-subject requests: about one per 500 customers, in every state a
request can be in, with the dates and outcomes the legal clock would give them. ``generator``
below is the demo's row generator (services/demo.py), read for its random draw, its days and its
people."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert, update

from ..domain.deadlines import request_deadlines
from ..domain.enums import RequestStatus, RequestType, SentVia
from ..domain.records import DataRequest
from ..domain.request_types import Step, spec
from ..storage.models import CustomerRow, RequestRow

# How a demo answer went: the way the request came where that is a way to answer.
SENT_VIA = {"email": SentVia.EMAIL, "web_form": SentVia.EMAIL, "in_person": SentVia.IN_PERSON}

REQUEST_TYPES = (
    *(RequestType.ACCESS,) * 7,
    *(RequestType.MARKETING_OBJECTION,) * 4,
    *(RequestType.ERASURE,) * 4,
    *(RequestType.CONSENT_WITHDRAWAL, RequestType.RECTIFICATION) * 2,
    *(RequestType.RESTRICTION, RequestType.PORTABILITY, RequestType.OBJECTION),
)
REQUEST_TEXT = {
    RequestType.ACCESS: "Pyytää kopion kaikista itseään koskevista tiedoista.",
    RequestType.MARKETING_OBJECTION: "Ei halua enää markkinointia missään kanavassa.",
    RequestType.ERASURE: "Pyytää poistamaan tietonsa asiakasrekisteristä.",
    RequestType.CONSENT_WITHDRAWAL: "Peruu uutiskirjeen tilauksen.",
    RequestType.RECTIFICATION: "Ilmoittaa uuden osoitteen ja korjatun sukunimen.",
    RequestType.RESTRICTION: "Kiistää tilaushistoriansa; pyytää rajoittamaan käsittelyä.",
    RequestType.PORTABILITY: "Pyytää tilaushistoriansa koneluettavana tiedostona.",
    RequestType.OBJECTION: "Vastustaa tietojensa käyttöä asiakaskyselyihin.",
}
OUTCOMES = {
    RequestType.ACCESS: "Tarkastusote lähetetty sähköpostitse.",
    RequestType.ERASURE: "Tiedot poistettu; kirjanpitoon kuuluvat tilaukset jäävät nimettöminä.",
    RequestType.MARKETING_OBJECTION: "Suoramarkkinointikielto kirjattu.",
    RequestType.RESTRICTION: "Käsittelyä rajoitettu, kunnes tietojen oikeellisuus on selvitetty.",
    RequestType.OBJECTION: "Tietoja ei enää käytetä asiakaskyselyihin.",
}
OUTCOME = "Pyyntö käsitelty ja vastaus lähetetty."
REFUSAL = "Pyyntö on ilmeisen perusteeton; perustelut ja valitusoikeus kerrottu."
EXTENSION_REASON = "Pyyntö koskee usean vuoden tilaushistoriaa ja useaa järjestelmää."
UNKNOWN_REQUEST = "Kysyy, onko hänestä tietoja asiakasrekisterissä."
# The flag a completed request's fulfilment step leaves on the customer.
STEP_FLAGS = {
    Step.PROHIBIT_MARKETING: "marketing_prohibited_on",
    Step.RESTRICT: "restricted_on",
    Step.RECORD_OBJECTION: "objected_on",
}


def _request_subject(generator, first_id: int, received: int) -> int | None:
    """A person who was already a customer when the request came in."""
    since, persons, draw = generator.since, generator.persons, generator.draw
    for _ in range(200):
        index = draw.below(len(since))
        if persons[index] and since[index] <= received:
            return first_id + index
    return None


def _request_row(
    generator,
    scenario: str,
    customer_id: int | None,
    received: int,
    request_type: RequestType,
) -> tuple[dict, date | None]:
    """A request in ``scenario`` (unknown, overdue, extended or any) and the day it was
    completed, if it was."""
    draw, today = generator.draw, generator.today
    deadlines = request_deadlines(DataRequest(request_type, generator.day(received)))
    due = deadlines.due.toordinal()
    if scenario == "any":
        value = draw.random()
        if due >= today:
            scenario = "open" if value < 0.5 else "in_progress" if value < 0.8 else "identity"
        else:
            scenario = "completed" if value < 0.8 else "refused" if value < 0.88 else "overdue"
    row = {
        "type": request_type.value,
        "customer_id": customer_id,
        "requester_name": "",
        "requester_contact": "",
        "received": generator.day(received),
        "channel": draw.pick(("email", "email", "email", "letter", "web_form", "in_person")),
        "description": REQUEST_TEXT[request_type],
        "identity": "not_needed",
        "identity_requested_on": None,
        "identity_received_on": None,
        "status": RequestStatus.OPEN.value,
        "extended_on": None,
        "extension_reason": "",
        "completed_on": None,
        "outcome": "",
        "subject_erased": False,
        "sent_on": None,
        "sent_via": "",
        "sent_reference": "",
    }
    if scenario == "identity" or (scenario != "unknown" and draw.chance(0.2)):
        row["identity"] = "requested"
        row["identity_requested_on"] = generator.day(min(received + 1, today))
        if scenario != "identity":
            row["identity"] = "received"
            row["identity_received_on"] = generator.day(min(received + 4, today))
    completed = None
    if scenario == "identity":
        row["status"] = RequestStatus.WAITING_FOR_IDENTITY.value
    elif scenario in ("in_progress", "overdue"):
        row["status"] = RequestStatus.IN_PROGRESS.value
    elif scenario == "extended":
        notice_by = deadlines.extension_notice_by.toordinal()
        extended_on = min(received + draw.between(5, 25), today, notice_by)
        row["status"] = RequestStatus.EXTENDED.value
        row["extended_on"] = generator.day(extended_on)
        row["extension_reason"] = EXTENSION_REASON
    elif scenario in ("completed", "refused"):
        refused = scenario == "refused"
        completed = generator.day(received + 1 + int((min(due, today) - received) * draw.random()))
        row["status"] = (RequestStatus.REFUSED if refused else RequestStatus.COMPLETED).value
        row["completed_on"] = completed
        row["outcome"] = REFUSAL if refused else OUTCOMES.get(request_type, OUTCOME)
        if not refused:  # answered the way it came (Art 12(3)), except what came by phone
            row["sent_on"] = completed
            row["sent_via"] = SENT_VIA.get(row["channel"], SentVia.LETTER).value
        if spec(request_type).step is Step.ERASE and not refused:
            # The person is gone; the request stays as proof that it was handled.
            row.update(customer_id=None, description="", subject_erased=True)
        if refused:
            completed = None
    record = DataRequest(request_type, row["received"], extended_on=row["extended_on"])
    row["due_on"] = request_deadlines(record).effective_due
    return row, completed


def add_requests(session, generator, first_id: int) -> int:
    """About one request per 500 customers (at least three): one from someone not in the
    register, one overdue, one extended, the rest received over the last five months."""
    customers = len(generator.since)
    if not customers:
        return 0
    draw, today = generator.draw, generator.today
    received_ago = {"unknown": (2, 20), "overdue": (40, 75), "extended": (12, 28), "any": (0, 150)}
    rows, flags = [], []
    for number in range(max(3, round(customers / 500))):
        scenario = ("unknown", "overdue", "extended")[number] if number < 3 else "any"
        received = today - draw.between(*received_ago[scenario])
        request_type, customer_id = RequestType.ACCESS, None
        if scenario != "unknown":
            request_type = draw.pick(REQUEST_TYPES)
            customer_id = _request_subject(generator, first_id, received)
            if customer_id is None:
                scenario, request_type = "unknown", RequestType.ACCESS
        row, completed = _request_row(generator, scenario, customer_id, received, request_type)
        if scenario == "unknown":
            first = draw.pick(generator.pools.first["fi"])
            last = draw.pick(generator.pools.last["fi"])
            row["requester_name"] = f"{first} {last}"
            row["requester_contact"] = generator.email(first, last, "example.net")
            row["description"] = UNKNOWN_REQUEST
        flag = STEP_FLAGS.get(spec(request_type).step)
        if completed is not None and flag and customer_id is not None:
            flags.append((customer_id, flag, completed))
        rows.append(row)
    session.execute(insert(RequestRow.__table__), rows)
    table = CustomerRow.__table__
    for customer_id, flag, completed in flags:
        session.execute(
            update(table)
            .where(table.c.id == customer_id, table.c[flag].is_(None))
            .values({flag: completed})
        )
    return len(rows)
