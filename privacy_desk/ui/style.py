"""Looks shared by every screen."""

from __future__ import annotations

#: A sentence saying what went wrong, under the field or in the dialog.
ERROR_STYLE = "color: #a61b1b; font-weight: 600;"
