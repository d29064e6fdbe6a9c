"""Letters and request forms as PDFs: wording and layout in ``forms/``, set with ReportLab."""
