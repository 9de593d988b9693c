"""Starting points for a register: the kinds of business a sole trader runs, and the employee
and job-applicant registers every employer keeps.

Pure data in Finnish, Swedish and English (in templates_*.py). The texts are the product's own
wording, written to be edited: they name the usual purposes, legal bases, recipients,
retention and safeguards of each kind, and answer every claim of the statement with the usual
answer for that kind, so a sole trader starts from a complete statement instead of an empty
form and changes what differs."""

from __future__ import annotations

from .enums import Answer, Language
from .i18n import QT_TRANSLATE_NOOP
from .records import Purpose, RegisterDescription, RetentionRule
from .register_languages import originals, with_translations
from .template_common import (
    SECURITY_ELECTRONIC,
    SECURITY_MANUAL,
    SECURITY_ORGANISATIONAL,
    TRANSFER_SAFEGUARDS,
    TemplateKind,
)
from .templates_freelance import FREELANCE_TEMPLATES
from .templates_shops import SHOP_TEMPLATES
from .templates_staff import STAFF_TEMPLATES
from .templates_trades import TRADE_TEMPLATES

__all__ = ["TEMPLATE_DESCRIPTIONS", "TEMPLATE_TITLES", "TemplateKind", "register_template"]

TEMPLATE_TITLES = {
    TemplateKind.WEB_SHOP: QT_TRANSLATE_NOOP("Templates", "Web shop"),
    TemplateKind.SERVICE: QT_TRANSLATE_NOOP("Templates", "Service business"),
    TemplateKind.ASSOCIATION: QT_TRANSLATE_NOOP("Templates", "Association"),
    TemplateKind.CAFE: QT_TRANSLATE_NOOP("Templates", "Café or restaurant"),
    TemplateKind.BEAUTY: QT_TRANSLATE_NOOP("Templates", "Hair and beauty"),
    TemplateKind.BUILDER: QT_TRANSLATE_NOOP("Templates", "Builder or craftsman"),
    TemplateKind.PHOTOGRAPHER: QT_TRANSLATE_NOOP("Templates", "Photographer"),
    TemplateKind.CONSULTANT: QT_TRANSLATE_NOOP("Templates", "Consultant or freelancer"),
    TemplateKind.EMPLOYEES: QT_TRANSLATE_NOOP("Templates", "Employee register"),
    TemplateKind.APPLICANTS: QT_TRANSLATE_NOOP("Templates", "Job applicants"),
}

TEMPLATE_DESCRIPTIONS = {
    TemplateKind.WEB_SHOP: QT_TRANSLATE_NOOP(
        "Templates", "Orders, deliveries, returns, a newsletter and the shop's cookies."
    ),
    TemplateKind.SERVICE: QT_TRANSLATE_NOOP(
        "Templates",
        "Appointments and client work, e.g. a music teacher, a dog groomer or a repair service.",
    ),
    TemplateKind.ASSOCIATION: QT_TRANSLATE_NOOP(
        "Templates", "Members, membership fees and news for the members of a registered society."
    ),
    TemplateKind.CAFE: QT_TRANSLATE_NOOP(
        "Templates", "Table bookings, catering orders, allergy notes and a regulars' club."
    ),
    TemplateKind.BEAUTY: QT_TRANSLATE_NOOP(
        "Templates", "Appointments, treatment notes, allergies to products and gift cards."
    ),
    TemplateKind.BUILDER: QT_TRANSLATE_NOOP(
        "Templates", "Quotes, contracts, work sites, household tax credit and warranty claims."
    ),
    TemplateKind.PHOTOGRAPHER: QT_TRANSLATE_NOOP(
        "Templates", "Shoots, image deliveries, portfolio permissions and the image archive."
    ),
    TemplateKind.CONSULTANT: QT_TRANSLATE_NOOP(
        "Templates", "Client companies' contact persons, assignments, invoicing and networking."
    ),
    TemplateKind.EMPLOYEES: QT_TRANSLATE_NOOP(
        "Templates", "Your staff: pay, taxes, pensions, occupational health care and absences."
    ),
    TemplateKind.APPLICANTS: QT_TRANSLATE_NOOP(
        "Templates", "Applications for a job, kept for a year unless the applicant agrees longer."
    ),
}

_TEMPLATES = {**SHOP_TEMPLATES, **TRADE_TEMPLATES, **FREELANCE_TEMPLATES, **STAFF_TEMPLATES}

_INDEX = {Language.FI: 0, Language.SV: 1, Language.EN: 2}
_TEXT_FIELDS = (
    "name",
    "data_subject_categories",
    "data_categories",
    "sources",
    "recipients",
    "processors",
    "retention_text",
    "statutory_requirement",
    "cookies",
)


def _written_in(kind: TemplateKind, language: Language) -> RegisterDescription:
    """The template written in ``language`` alone."""
    index = _INDEX[Language(language)]
    data = _TEMPLATES[kind]
    texts = {name: data[name][index] for name in _TEXT_FIELDS if name in data}
    purposes = tuple(
        Purpose(description[index], basis, interest[index] if interest else "")
        for basis, description, interest in data["purposes"]
    )
    years, anchor = data["retention"]
    # Every claim gets the answer usual for the kind: no automated decisions or profiling, and
    # transfers outside the EU/EEA only where a service provider's servers make them necessary.
    transfers, safeguards = data.get("transfers", (Answer.WHEN_NECESSARY, TRANSFER_SAFEGUARDS))
    return RegisterDescription(
        **texts,
        purposes=purposes,
        retention=RetentionRule(years, anchor),
        security_manual=SECURITY_MANUAL[index],
        security_organisational=SECURITY_ORGANISATIONAL[index],
        security_electronic=SECURITY_ELECTRONIC[index],
        provision_required=Answer.YES,
        transfers=transfers,
        transfer_safeguards=safeguards[index] if safeguards else "",
        automated=Answer.NO,
        profiling=Answer.NO,
        text_language=Language(language),
    )


def register_template(kind: TemplateKind, language: Language) -> RegisterDescription:
    """The template's register description in ``language``, ready to edit and save, with its
    texts translated into the other two languages (the template's own wording in each)."""
    kind, language = TemplateKind(kind), Language(language)
    register = _written_in(kind, language)
    for other in Language:
        if other is not language:
            register = with_translations(register, other, originals(_written_in(kind, other)))
    return register
