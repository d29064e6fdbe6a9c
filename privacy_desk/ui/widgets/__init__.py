"""Reusable widgets: date and postal-code fields, the case form."""
