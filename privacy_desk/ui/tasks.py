"""The only place threads start. Long work runs off the GUI thread; its result
or its error comes back on the GUI thread. The work function never touches
widgets. Tests call :func:`set_immediate` to run tasks at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_immediate = False
_alive: set[_Relay] = set()


def set_immediate(value: bool) -> None:
    """Run tasks synchronously (tests)."""
    global _immediate
    _immediate = value


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


def run_task(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run ``work()`` in the thread pool; call back on the GUI thread."""
    if _immediate:
        try:
            result = work()
        except Exception as error:  # noqa: BLE001 - handed to on_error
            on_error(error)
        else:
            on_done(result)
        return
    relay = _Relay()
    _alive.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _alive.discard(relay)
        callback(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Job(work, relay))


def wait_for_all(msecs: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)
