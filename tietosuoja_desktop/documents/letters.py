"""The letters sent while a data-subject request runs: acknowledgement, proof of identity asked,
extension, refusal, completion (with what an erasure kept and why), "no data held" and the list
of recipients the person may ask for (Art 19).

Each letter has the letterhead, the recipient's address, a line naming the request, a body
built from the fixed wording and the user's own reason, and the signature block.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..domain.enums import Language, SentVia
from ..domain.erasure import KEPT_REASON
from . import sections
from .layout import (
    address_block,
    bullets,
    cell,
    controller_contact,
    data_table,
    letterhead,
    para,
    sign_off,
    signature_block,
    styles,
)
from .model import LetterData, LetterKind, SignatureBlock, SupervisoryAuthority
from .pages import render
from .texts import format_date, request_text, text

Body = Callable[[LetterData, Language, SupervisoryAuthority], list[Flowable]]


def _received(data: LetterData, lang: Language) -> str:
    return format_date(data.effective_received, lang)


def _quote(value: str) -> Flowable:
    """The user's own explanation, indented under the sentence introducing it."""
    return para(value, styles().quote)


def _acknowledgement(data: LetterData, lang: Language, _: SupervisoryAuthority) -> list[Flowable]:
    key = "letter.acknowledgement"
    story = [para(text(lang, f"{key}.body", received=_received(data, lang)))]
    if data.due:
        story.append(para(text(lang, f"{key}.due", due=format_date(data.due, lang))))
    else:
        story.append(para(text(lang, f"{key}.due_unknown")))
    return [*story, para(text(lang, f"{key}.extension")), para(text(lang, f"{key}.free"))]


def _identity_request(data: LetterData, lang: Language, _: SupervisoryAuthority) -> list[Flowable]:
    key = "letter.identity_request"
    story = [para(text(lang, f"{key}.body", received=_received(data, lang)))]
    if data.reason.strip():
        story.append(para(text(lang, f"{key}.reason", reason=data.reason.strip())))
    story.append(para(text(lang, f"{key}.how")))
    if data.due:
        story.append(para(text(lang, f"{key}.clock_due", due=format_date(data.due, lang))))
    else:
        story.append(para(text(lang, f"{key}.clock")))
    return [*story, para(text(lang, f"{key}.unverified"))]


def _extension_notice(data: LetterData, lang: Language, _: SupervisoryAuthority) -> list[Flowable]:
    if data.extended_due is None or not data.reason.strip():
        raise ValueError("an extension notice needs the extended due date and the reasons")
    key = "letter.extension_notice"
    return [
        para(text(lang, f"{key}.body", received=_received(data, lang))),
        para(text(lang, f"{key}.reason")),
        _quote(data.reason.strip()),
        para(text(lang, f"{key}.new_due", due=format_date(data.extended_due, lang))),
    ]


def _refusal(data: LetterData, lang: Language, authority: SupervisoryAuthority) -> list[Flowable]:
    if not data.reason.strip():
        raise ValueError("a refusal must state the reasons for not taking action")
    key = "letter.refusal"
    return [
        para(text(lang, f"{key}.body", received=_received(data, lang))),
        _quote(data.reason.strip()),
        para(text(lang, f"{key}.basis")),
        para(text(lang, f"{key}.complaint")),
        sections.authority_block(authority, lang),
        para(text(lang, f"{key}.court")),
    ]


def _erasure(data: LetterData, lang: Language) -> list[Flowable]:
    """What an erasure deleted, which orders bookkeeping law keeps, why and until when."""
    erasure = data.erasure
    if erasure is None:
        return []
    key = "letter.completion"
    story: list[Flowable] = []
    deleted = [(category, count) for category, count in erasure.deleted.items() if count]
    if deleted:
        rows = [
            [cell(_category_name(category, lang), 120 * mm), str(count)]
            for category, count in deleted
        ]
        headers = [text(lang, "label.category"), text(lang, "label.count")]
        story += [
            para(text(lang, f"{key}.erased")),
            data_table(headers, rows, (120 * mm, 25 * mm), (1,)),
        ]
    if erasure.anonymised_orders:
        rows = [
            [
                str(kept.order_id),
                format_date(kept.ordered_on, lang),
                format_date(kept.keep_until, lang),
            ]
            for kept in erasure.anonymised_orders
        ]
        headers = [
            text(lang, name) for name in ("label.order_number", "label.date", "label.keep_until")
        ]
        story.append(para(text(lang, f"{key}.kept")))
        story.append(data_table(headers, rows, (40 * mm, 35 * mm, 40 * mm)))
        reason = erasure.kept_reason.strip()
        if reason and reason != KEPT_REASON.source:  # the standard reason is worded above
            story.append(para(text(lang, f"{key}.kept_reason", reason=reason)))
    story += _recipients(data, lang)
    if data.backups is not None:
        story.append(para(text(lang, f"{key}.backups", keep=data.backups.keep_last)))
    return [*story, para(text(lang, f"{key}.log"))]


def _recipients(data: LetterData, lang: Language) -> list[Flowable]:
    """Art 19: the recipients are told of the erasure; the person may ask who they are."""
    key = "letter.completion"
    recipients = [recipient for recipient in data.recipients if recipient.strip()]
    if not recipients:
        return [para(text(lang, f"{key}.no_recipients"))]
    return [
        para(text(lang, f"{key}.recipients")),
        *bullets(recipients),
        para(text(lang, f"{key}.recipients_names")),
    ]


def _category_name(category: str, lang: Language) -> str:
    """The category's name in ``lang``; a category the texts do not know keeps its own name."""
    try:
        return text(lang, f"erased.{category}")
    except KeyError:
        return category


def _completion(data: LetterData, lang: Language, _: SupervisoryAuthority) -> list[Flowable]:
    key = "letter.completion"
    story = [para(text(lang, f"{key}.body", received=_received(data, lang)))]
    items = [item for item in data.done_items if item.strip()]
    if items:
        story += [para(text(lang, f"{key}.done")), *bullets(items)]
    story += _erasure(data, lang)
    if data.reason.strip():
        story.append(para(text(lang, "letter.note", note=data.reason.strip())))
    return story


def _no_data_held(data: LetterData, lang: Language, _: SupervisoryAuthority) -> list[Flowable]:
    key = "letter.no_data_held"
    received = _received(data, lang)
    return [
        para(text(lang, f"{key}.body", received=received, controller=data.controller.name)),
        para(text(lang, f"{key}.no_action")),
    ]


def _recipient_list(data: LetterData, lang: Language, _: SupervisoryAuthority) -> list[Flowable]:
    key = "letter.recipient_list"
    story = [para(text(lang, f"{key}.body"))]
    recipients = [line for line in data.recipients if line.strip()]
    if not recipients:
        return [*story, para(text(lang, f"{key}.none"))]
    return [*story, para(text(lang, f"{key}.list")), *bullets(recipients)]


BODIES: dict[LetterKind, Body] = {
    LetterKind.ACKNOWLEDGEMENT: _acknowledgement,
    LetterKind.IDENTITY_REQUEST: _identity_request,
    LetterKind.EXTENSION_NOTICE: _extension_notice,
    LetterKind.REFUSAL: _refusal,
    LetterKind.COMPLETION: _completion,
    LetterKind.NO_DATA_HELD: _no_data_held,
    LetterKind.RECIPIENT_LIST: _recipient_list,
}


def build_letter(
    kind: LetterKind,
    data: LetterData,
    lang: Language,
    *,
    authority: SupervisoryAuthority,
    signature: SignatureBlock,
) -> bytes:
    """One letter about ``data.request`` as PDF bytes. Raises ValueError when a letter the law
    requires reasons for (extension, refusal) has none."""
    lang = Language(lang)
    kind = LetterKind(kind)
    st = styles()
    request_type = data.effective_type
    title = text(lang, f"letter.{kind.value}.title")
    body = BODIES[kind](data, lang, authority)  # validates before any layout work
    request_line = text(
        lang,
        "letter.request_about",
        request=request_text(lang, request_type),
        received=_received(data, lang),
    )
    story: list[Flowable] = letterhead(data.controller, lang)
    by_email = data.delivery is SentVia.EMAIL
    story.append(
        address_block(
            data.recipient_name, data.recipient_address, data.today, lang, by_email=by_email
        )
    )
    story += [para(title, st.h1), para(request_line, st.small)]
    if data.request.id is not None:
        story.append(para(text(lang, "letter.our_reference", reference=data.request.id), st.small))
    story.append(Spacer(1, 4 * mm))
    if data.recipient_name.strip():
        story.append(para(text(lang, "letter.salutation", name=data.recipient_name.strip())))
    story += body
    contact = controller_contact(data.controller, lang)
    sign_off(
        story,
        para(text(lang, "letter.contact", contact=contact)),
        signature_block(signature, lang, closing=text(lang, "common.regards")),
    )
    return render(story, lang=lang, controller=data.controller, title=title, subject=request_line)
