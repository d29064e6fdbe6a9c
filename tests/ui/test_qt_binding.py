"""The Qt binding in use must not leak references to None.

PySide6 6.12.0 dropped a reference to None on every call that returns nothing;
on Python 3.11 the process then aborts (``none_dealloc``) after a few thousand
calls. pyproject.toml keeps that release out; this test keeps it out for good.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject
o = QObject()
before = sys.getrefcount(None)
for _ in range(20000):
    o.setObjectName("a")
print(sys.getrefcount(None) - before)
"""


def test_calls_returning_nothing_keep_none_alive() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100
