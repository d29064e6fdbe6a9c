"""What every service does first with a form's values."""

from __future__ import annotations

from dataclasses import fields, replace
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

D = TypeVar("D", bound="DataclassInstance")


def stripped(data: D) -> D:
    """The same form data with its free texts stripped (enum values stay as they are)."""
    texts: dict[str, Any] = {
        f.name: value.strip()
        for f in fields(data)
        if isinstance(value := getattr(data, f.name), str) and not isinstance(value, Enum)
    }
    return replace(data, **texts)
