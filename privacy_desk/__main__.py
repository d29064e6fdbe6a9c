"""``privacy-desk``: the command line, or the GUI when no command is given."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from privacy_desk.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
