"""What was appended to a signed PDF after each signature, and whether that is allowed.

A signature covers the file as it was when it was signed (its revision). Anything appended
later is an incremental update: harmless when it is a further signature or validation data
for long-term checking (a /DSS dictionary, PAdES-LTV), a change of the document otherwise.
pyHanko's difference analysis classifies the objects each later revision rewrites; its default
policy lets the /Info dictionary and the XMP metadata (title, author, subject) change freely
and calls that an "LTA update", so here both may change only in what a signer rewrites (the
modification date, the producer).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from xml.etree import ElementTree

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.decode_limits import DecodePurpose
from pyhanko.pdf_utils.reader import HistoricalResolver, PdfFileReader
from pyhanko.sign.diff_analysis import (
    CatalogModificationRule,
    DiffResult,
    DocInfoRule,
    DSSCompareRule,
    FormUpdatingRule,
    GenericFieldModificationRule,
    MetadataUpdateRule,
    ModificationLevel,
    ObjectStreamRule,
    ReferenceUpdate,
    SigFieldCreationRule,
    SigFieldModificationRule,
    StandardDiffPolicy,
    WhitelistRule,
    XrefStreamRule,
)
from pyhanko.sign.validation.status import SignatureCoverageLevel

# What a signer rewrites in /Info when it appends its signature (pyHanko, Adobe).
SIGNER_INFO_KEYS = frozenset({"/ModDate", "/Producer"})
# The same in XMP (local names of elements and attributes; xmptk names the writing tool).
SIGNER_XMP_NAMES = frozenset({"ModifyDate", "MetadataDate", "Producer", "xmptk"})
# Bytes that may follow the last %%EOF: the end-of-line a writer puts after it.
END_OF_LINE = b"\r\n \t"


class Addition(StrEnum):
    """A kind of update appended after a signature that leaves the signed document as it was."""

    SIGNATURE = "signature"  # a further signature
    VALIDATION_DATA = "validation_data"  # certificates/OCSP/CRLs for long-term checking (DSS)


class Coverage(StrEnum):
    """How much of the file one signature vouches for."""

    WHOLE_FILE = "whole_file"  # the signature's byte range is the whole file
    PERMITTED_UPDATES = "permitted_updates"  # later revisions only sign or add validation data
    CHANGED = "changed"  # a later revision changes the document
    TRAILING_DATA = "trailing_data"  # bytes after the signed file that are no revision


@dataclass(frozen=True)
class SignedSpan:
    coverage: Coverage
    additions: tuple[Addition, ...] = ()


class _SignerInfoRule(WhitelistRule):
    """pyHanko's DocInfoRule, but only for updates of /ModDate and /Producer."""

    def apply(self, old: HistoricalResolver, new: HistoricalResolver) -> Iterable[ReferenceUpdate]:
        if _info(old) != _info(new):
            return
        yield from DocInfoRule().apply(old, new)


def _info(resolver: HistoricalResolver) -> dict[str, object]:
    reference = resolver.trailer_view.get_value_as_reference("/Info", optional=True)
    if reference is None:
        return {}
    info = resolver(reference)
    return {str(k): v for k, v in info.items() if k not in SIGNER_INFO_KEYS}


class _SignerMetadataRule(WhitelistRule):
    """pyHanko's MetadataUpdateRule, but only when the XMP says what it said before apart
    from the dates and producer a signer rewrites."""

    def apply(self, old: HistoricalResolver, new: HistoricalResolver) -> Iterable[ReferenceUpdate]:
        if _xmp(old) != _xmp(new):
            return
        yield from MetadataUpdateRule().apply(old, new)


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _xmp(resolver: HistoricalResolver) -> list[tuple] | None:
    """The XMP metadata as comparable facts, without what a signer rewrites."""
    try:
        reference = resolver.root.get_value_as_reference("/Metadata")
    except KeyError:
        return None
    data = resolver(reference).read_data(DecodePurpose.XMP_METADATA)
    try:
        tree = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return [("unreadable", data)]
    facts = []
    for element in tree.iter():
        if _local(element.tag) in SIGNER_XMP_NAMES:
            continue
        attributes = sorted(
            (k, v) for k, v in element.attrib.items() if _local(k) not in SIGNER_XMP_NAMES
        )
        facts.append((element.tag, (element.text or "").strip(), tuple(attributes)))
    return facts


DIFF_POLICY = StandardDiffPolicy(
    global_rules=[
        CatalogModificationRule(),
        _SignerInfoRule().as_qualified(ModificationLevel.LTA_UPDATES),
        XrefStreamRule().as_qualified(ModificationLevel.LTA_UPDATES),
        ObjectStreamRule().as_qualified(ModificationLevel.LTA_UPDATES),
        DSSCompareRule().as_qualified(ModificationLevel.LTA_UPDATES),
        _SignerMetadataRule().as_qualified(ModificationLevel.LTA_UPDATES),
    ],
    form_rule=FormUpdatingRule(
        field_rules=[
            SigFieldCreationRule(),
            SigFieldModificationRule(),
            GenericFieldModificationRule(),
        ],
    ),
)


def trailing_bytes(pdf: bytes) -> int:
    """How many bytes other than line ends follow the file's last %%EOF marker."""
    end = pdf.rfind(b"%%EOF")
    return len(pdf[end + 5 :].strip(END_OF_LINE)) if end >= 0 else len(pdf)


def _dss_changed(reader: PdfFileReader, revision: int) -> bool:
    root = reader.get_historical_root(revision)
    if "/DSS" not in root:
        return False
    before = reader.get_historical_root(revision - 1)
    dss = root.raw_get("/DSS")
    if "/DSS" not in before or not isinstance(dss, generic.IndirectObject):
        return True
    rewritten = reader.xrefs.explicit_refs_in_revision(revision)
    return dss.reference in rewritten or dss != before.raw_get("/DSS")


def signed_span(reader: PdfFileReader, signature, status, later: Sequence) -> SignedSpan:
    """What ``signature`` (validated into ``status`` with :data:`DIFF_POLICY`) vouches for,
    given the ``later`` signatures in the same file."""
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return SignedSpan(Coverage.WHOLE_FILE)
    last_revision = reader.xrefs.total_revisions - 1
    if status.coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return SignedSpan(Coverage.CHANGED)  # the byte range leaves out part of its revision
    if signature.signed_revision >= last_revision:
        return SignedSpan(Coverage.TRAILING_DATA)
    diff = status.diff_result
    if not isinstance(diff, DiffResult) or diff.modification_level > ModificationLevel.FORM_FILLING:
        return SignedSpan(Coverage.CHANGED)
    signature_revisions = {other.signed_revision for other in later}
    if not diff.changed_form_fields <= {other.field_name for other in later}:
        return SignedSpan(Coverage.CHANGED)  # a form field other than a later signature
    additions = set()
    for revision in range(signature.signed_revision + 1, last_revision + 1):
        if revision in signature_revisions:
            additions.add(Addition.SIGNATURE)
        elif _dss_changed(reader, revision):
            additions.add(Addition.VALIDATION_DATA)
        else:
            return SignedSpan(Coverage.CHANGED)  # an update that neither signs nor validates
    ordered = tuple(kind for kind in Addition if kind in additions)
    return SignedSpan(Coverage.PERMITTED_UPDATES, ordered)
