"""Documents: reportlab builders that take domain records and return PDF bytes (privacy
statement, access report, record of processing activities, request letters), and digital
signing with pyHanko beside them. No Qt, no database: the services hand the records in.
"""

from .access_report import build_access_report
from .letters import build_letter
from .model import (
    AccessReportData,
    LetterData,
    LetterKind,
    SignatureBlock,
    SupervisoryAuthority,
    default_authority,
)
from .processing_record import build_processing_record
from .statement import build_privacy_statement

__all__ = [
    "AccessReportData",
    "LetterData",
    "LetterKind",
    "SignatureBlock",
    "SupervisoryAuthority",
    "build_access_report",
    "build_letter",
    "build_privacy_statement",
    "build_processing_record",
    "default_authority",
]
