"""Dialogs: logging a request, extending a target, choosing a colleague."""
