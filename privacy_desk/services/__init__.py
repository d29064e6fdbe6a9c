"""The office's use cases. GUI and CLI call the same functions; each takes the
acting user (through :class:`~privacy_desk.services.context.DeskContext`) and
writes the audit trail."""
