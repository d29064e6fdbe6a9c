"""Logging to a rotating file in the data folder.

Log records name events and record ids (a case reference, a count), never
personal data: no names, addresses, dates of birth, SQL parameters or keys.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

LOGGER_NAME = "privacy_desk"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_file: Path, *, level: int = logging.INFO) -> logging.Logger:
    """Send the program's log to ``log_file`` (1 MiB x 5 files)."""
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(level)
    for handler in list(logger.handlers):
        if getattr(handler, "privacy_desk", False):
            logger.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1 << 20, backupCount=5, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.privacy_desk = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    return logger


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(f"{LOGGER_NAME}.{name}")


def log_unexpected(logger: logging.Logger, what: str, error: BaseException) -> None:
    """Log an unexpected error by its type and call stack only.

    The message of an exception can carry data (a name in a ValueError, a row
    in a database error), and so can a source line, so both are left out; file,
    line and function say where it happened.
    """
    frames = "\n".join(
        f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}'
        for frame in traceback.extract_tb(error.__traceback__)
    )
    chain: list[str] = []
    cause: BaseException | None = error
    while cause is not None and len(chain) < 5:
        chain.append(f"{type(cause).__module__}.{type(cause).__qualname__}")
        cause = cause.__cause__ or cause.__context__
    logger.critical("%s: %s\n%s", what, " <- ".join(chain), frames)
