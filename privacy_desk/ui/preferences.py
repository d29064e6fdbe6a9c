"""What this desk's settings ask of widgets that have no desk to read them from.

Set when a desk opens (``ui/app.py``) and when an administrator changes the settings
(``dialogs/office_dialog.py``); a plain module, so that setting it loads nothing (the
print support is loaded when something is first printed).
"""

from __future__ import annotations

from privacy_desk import settings as S


class _Preferences:
    #: The printer the print dialog chooses first (``printing.printer``); "" the system's.
    printer = S.PRINTER.default
    #: The copies it proposes (``printing.copies``).
    copies = S.PRINT_COPIES.default
    #: "printer" (as the printer is set up), "one" or "two" sides (``printing.sides``).
    sides = S.PRINT_SIDES.default

    def take_from(self, settings: S.Settings) -> None:
        self.printer = settings.get(S.PRINTER)
        self.copies = settings.get(S.PRINT_COPIES)
        self.sides = settings.get(S.PRINT_SIDES)


preferences = _Preferences()
