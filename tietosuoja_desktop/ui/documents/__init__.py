"""The Documents page: privacy statements and the record of processing made, signed and
archived; the PDF preview other pages reuse; the signing identity and signature checks."""

from .page import DocumentsPage
from .pdf_preview import PdfPreviewDialog

__all__ = ["DocumentsPage", "PdfPreviewDialog"]
