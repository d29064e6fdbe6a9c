"""The floor of the start-up figures: a bare PySide6 process showing a window with an
empty table, measured as the program is, by the program's own probe
(``privacy_desk/ui/startup_probe.py``).

Run as a script (``python bench/bare_window.py``) with ``PRIVACY_DESK_BENCH_READY_FILE``
set, on any Qt platform (the benchmark uses ``offscreen``): it writes the wall-clock time
at which the empty table was first painted and its peak memory to that file, then exits.
It loads nothing but PySide6 and the probe, from the probe's file: imported by its name,
the probe would bring ``privacy_desk/ui/__init__.py``, which loads the program's core.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def load_probe() -> ModuleType:
    """``privacy_desk/ui/startup_probe.py``, without its package."""
    package = importlib.util.find_spec("privacy_desk")  # finds; imports nothing
    assert package is not None and package.origin is not None
    path = Path(package.origin).parent / "ui" / "startup_probe.py"
    spec = importlib.util.spec_from_file_location("startup_probe", path)
    assert spec is not None and spec.loader is not None
    probe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probe)
    return probe


def main() -> int:
    probe = load_probe()
    target: Path | None = probe.ready_file()
    if target is None:
        print(f"bare_window: set {probe.READY_FILE_ENV}", file=sys.stderr)
        return 2
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    screen = window.screen().availableGeometry()
    window.resize(min(1400, screen.width()), min(900, screen.height()))  # as the program's
    table = QTableView(window)
    table.setModel(QStandardItemModel(0, 9, table))
    window.setCentralWidget(table)

    def report() -> None:
        probe.write_ready(target)
        window.close()

    probe.FirstPaint(table, lambda _view: True, report)  # kept alive by its parent, the table
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
