"""Headless commands. Thin: they parse arguments and call services.

Exit status: 0 all well; 1 a check failed or an expected error; 2 bad
arguments or input; 3 storage problems (locked, full, read-only, foreign
file); 70 an unexpected error (details in the log, never on screen).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privacy_desk.domain.letters import LetterKind
from privacy_desk.errors import InvalidInput, UserError
from privacy_desk.log import get_logger, log_unexpected, setup_logging
from privacy_desk.paths import DataPaths, default_data_dir

if TYPE_CHECKING:
    from privacy_desk.services.context import DeskContext

log = get_logger("cli")
EXIT_UNEXPECTED = 70


def program_version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # 30 ms: only when asked

    try:
        return version("privacy-desk")
    except PackageNotFoundError:
        return "unknown"


class _VersionAction(argparse.Action):
    """``--version``, the version looked up only when asked for (not at every start)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **_: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        sys.stdout.write(f"{parser.prog} {program_version()}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="keep every file of the program (database, backups, logs, settings) under DIR",
    )
    common.add_argument(
        "--database",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="use the database at URL for this run (postgresql://USER@HOST:PORT/DATABASE) "
        "instead of the one the settings name; the password comes from PostgreSQL's "
        "password file (pgpass) or PGPASSWORD",
    )
    common.add_argument(
        "--user",
        default=argparse.SUPPRESS,
        metavar="NAME",
        help="the user to act as, where the office has users (the password comes from "
        "PRIVACY_DESK_PASSWORD or a prompt)",
    )
    parser = argparse.ArgumentParser(
        prog="privacy-desk",
        description="Privacy Desk: log and answer mailed personal-data requests (APPI). "
        "Without a command, the desktop app starts.",
        parents=[common],
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (a temporary database migrated, a Japanese letter set, "
        "its page rendered with QtPdf) and exit; the data folder is not touched",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo office (made on first use, with the accounts listed in the README)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[common], help="add synthetic demo cases (never real people)"
    )
    demo.add_argument("--cases", type=_positive, default=200, metavar="N", help="how many")
    demo.add_argument("--seed", type=int, default=0, help="same seed, same cases (default 0)")

    commands.add_parser(
        "check",
        parents=[common],
        help="verify the database: integrity, links, schema level, audit chain",
    )

    move = commands.add_parser(
        "migrate-to",
        parents=[common],
        help="copy this office's database into the empty PostgreSQL database at URL, check "
        "the copy and switch the office to it (the SQLite file is kept as a backup)",
    )
    move.add_argument("url", metavar="URL", help="postgresql://USER@HOST:PORT/DATABASE")

    backup = commands.add_parser("backup", parents=[common], help="write a backup to FILE")
    backup.add_argument("file", type=Path, metavar="FILE")

    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="replace the database with a backup (the current one is kept in backups/)",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument(
        "--recovery-key",
        action="store_true",
        help="open the backup with the office's recovery key (from PRIVACY_DESK_RECOVERY_KEY "
        "or a prompt) instead of a login: on another computer, where FILE.keys must lie "
        "beside FILE, or when the database is too damaged to log in to",
    )

    printing = commands.add_parser(
        "print", parents=[common], help="write a letter or the request form as a PDF"
    )
    what = printing.add_subparsers(dest="what", metavar="WHAT", required=True)
    letter = what.add_parser(
        "letter",
        parents=[common],
        help="issue a letter for a case (recorded on the case) and write its PDF",
        description="KIND is one of: " + ", ".join(k.value for k in LetterKind) + ".",
    )
    letter.add_argument("reference", metavar="REFERENCE", help="the case, e.g. 2026-0123")
    letter.add_argument(
        "kind",
        metavar="KIND",
        choices=[k.value for k in LetterKind],
        help=" | ".join(f"{k.value}: {k.label}" for k in LetterKind),
    )
    letter.add_argument("--language", choices=("ja", "en"), help="default: the case's")
    letter.add_argument("--out", type=Path, required=True, metavar="FILE")
    form = what.add_parser(
        "form", parents=[common], help="the request form, completed from a case or blank"
    )
    form.add_argument("reference", nargs="?", metavar="REFERENCE")
    form.add_argument("--blank", action="store_true", help="the empty form, to mail out")
    form.add_argument("--out", type=Path, required=True, metavar="FILE")
    report = what.add_parser(
        "report",
        parents=[common],
        help="a management report as a PDF: monthly, yearly, open or overdue (managers)",
    )
    report.add_argument("kind", choices=("monthly", "yearly", "open", "overdue"))
    report.add_argument("--month", metavar="YYYY-MM", help="for monthly, e.g. 2026-10")
    report.add_argument("--year", type=int, metavar="YYYY", help="for yearly, e.g. 2026")
    report.add_argument("--language", choices=("ja", "en"), default="ja")
    report.add_argument("--out", type=Path, required=True, metavar="FILE")

    pack = commands.add_parser(
        "audit-pack",
        parents=[common],
        help="write the Privacy Mark audit pack for a period into a new folder (or a ZIP)",
    )
    pack.add_argument(
        "--from", dest="since", type=_day, metavar="DATE", help="default: two years ago"
    )
    pack.add_argument("--to", dest="until", type=_day, metavar="DATE", help="default: today")
    pack.add_argument("--out", type=Path, required=True, metavar="DIR", help="DIR, or FILE.zip")

    export = commands.add_parser(
        "export", parents=[common], help="write every case to a JSON or CSV file"
    )
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")

    retention = commands.add_parser(
        "retention", parents=[common], help="retention of the office's files and disposal"
    )
    retention_what = retention.add_subparsers(dest="what", metavar="WHAT", required=True)
    due = retention_what.add_parser(
        "due",
        parents=[common],
        help="list what is due for disposal (kind, id, description, due_on, rule)",
    )
    due.add_argument(
        "--as-of", type=_day, required=True, metavar="DATE", help="YYYY-MM-DD, e.g. today"
    )
    due.add_argument(
        "--horizon", type=_non_negative, default=0, metavar="DAYS", help="look ahead (default 0)"
    )
    due.add_argument("--format", choices=("json", "text"), default="text")
    certificate = retention_what.add_parser(
        "certificate",
        parents=[common],
        help="write the certificate of disposal of done disposals as a PDF",
    )
    certificate.add_argument(
        "disposals", type=int, nargs="+", metavar="NUMBER", help="disposal numbers"
    )
    certificate.add_argument("--out", type=Path, required=True, metavar="FILE")
    retention_what.add_parser(
        "disposals", parents=[common], help="list every disposal, requested or done (JSON)"
    )
    from privacy_desk import cli_import

    cli_import.add_parser(commands, common)
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-24") from None


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from privacy_desk import self_test

        return self_test.run()
    data_dir: Path = getattr(args, "data_dir", None) or default_data_dir()
    try:
        database = getattr(args, "database", None)
        paths = DataPaths(data_dir.expanduser(), database_url=database)
        if args.demo:
            from privacy_desk.services.demo_office import demo_data_paths, ensure_demo_office

            if getattr(args, "data_dir", None) is None:
                paths = demo_data_paths(paths)
            paths.prepare()
            setup_logging(paths.log_file)
            if ensure_demo_office(paths):
                print(f"privacy-desk: the demo office was made in {paths.root}.", file=sys.stderr)
        paths = paths.prepare()
        setup_logging(paths.log_file)
        if args.command is None:
            _require_a_screen()
            if not paths.is_set_up:  # the list (or the set-up) first, no login to hide it
                from privacy_desk.services.preload import load_before_qt

                load_before_qt()
            from privacy_desk.ui.app import run_gui

            exit_code: int = run_gui(paths)
            return exit_code
        return COMMANDS[args.command](paths, args)
    except UserError as error:
        print(f"privacy-desk: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("privacy-desk: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence: log, say, exit
        log_unexpected(log, f"unexpected error in command {args.command}", error)
        print(
            f"privacy-desk: an unexpected error stopped the command; "
            f"details are in {data_dir / 'logs'}.",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


def has_a_screen() -> bool:
    """Qt has somewhere to show windows: not Linux, or a display or a Qt platform is set
    (without one, Qt aborts the process)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _require_a_screen() -> None:
    """Qt aborts the process without a display; say it in a sentence instead."""
    if has_a_screen():
        return
    raise UserError(
        "No screen to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
        "Start Privacy Desk from the desktop, or see 'privacy-desk --help' for its commands."
    )


PASSWORD_ENV = "PRIVACY_DESK_PASSWORD"  # noqa: S105 - the variable's name
RECOVERY_KEY_ENV = "PRIVACY_DESK_RECOVERY_KEY"


def _secret(variable: str, prompt: str, what: str) -> str:
    from_env = os.environ.get(variable)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise InvalidInput(f"Give the {what} in {variable}, or run the command in a terminal.")
    import getpass

    return getpass.getpass(prompt)


def _password() -> str:
    return _secret(PASSWORD_ENV, "Password: ", "password")


def _open(paths: DataPaths, args: argparse.Namespace, permission: str | None = None) -> DeskContext:
    """The data folder's database, as the user named on the command line where there are users.

    A folder not yet set up with users opens as before (no login, no roles).
    """
    from privacy_desk.domain.roles import Permission
    from privacy_desk.services import auth
    from privacy_desk.services.maintenance import open_desk

    if not auth.is_set_up(paths):
        return open_desk(paths)
    user = getattr(args, "user", None)
    if not user:
        raise InvalidInput("This office has users: give --user NAME.")
    ctx = auth.log_in(paths, user, _password())
    if permission is not None:
        try:
            ctx.require(Permission(permission))
        except UserError:
            ctx.db.dispose()
            raise
    return ctx


def cmd_demo(paths: DataPaths, args: argparse.Namespace) -> int:
    from privacy_desk.services import demo
    from privacy_desk.services.demo_ledger import add_demo_complaints, add_demo_ledger
    from privacy_desk.store.lifecycle import InstanceLock

    with InstanceLock(paths.lock_file):
        ctx = _open(paths, args, "demo")
        try:
            started = time.perf_counter()
            result = demo.add_demo_cases(ctx, args.cases, seed=args.seed)
            add_demo_ledger(ctx, seed=args.seed)
            add_demo_complaints(ctx, seed=args.seed)
            took = time.perf_counter() - started
        finally:
            ctx.db.dispose()
    print(
        f"Added {result.cases} synthetic cases (seed {args.seed}), "
        f"{result.first_reference} to {result.last_reference}, in {took:.1f} s."
    )
    return 0


def cmd_check(paths: DataPaths, args: argparse.Namespace) -> int:
    from privacy_desk.services import auth
    from privacy_desk.services.maintenance import check

    key = None
    if auth.is_set_up(paths):  # the check needs the key, so a user logs in first
        ctx = _open(paths, args)
        key = ctx.db.key_for_copies()
        ctx.db.dispose()
    report = check(paths, key)
    for item in report.items:
        print(f"{'ok' if item.ok else 'FAILED':>6}  {item.name}: {item.detail}")
    if report.ok:
        print(f"The database is sound ({report.cases} cases).")
        return 0
    print("The database has problems; see above. Restore a backup or ask for help.")
    return 1


def cmd_migrate_to(paths: DataPaths, args: argparse.Namespace) -> int:
    from privacy_desk.services.server import migrate_to
    from privacy_desk.store.lifecycle import InstanceLock

    def told(table: str, rows: int) -> None:
        print(f"  {table}: {rows} rows", file=sys.stderr)

    with InstanceLock(paths.lock_file):
        ctx = _open(paths, args, "settings")
        try:
            moved = migrate_to(ctx, args.url, progress=told)
        finally:
            ctx.db.dispose()
    print(
        f"Copied {moved.copied.cases} cases and {moved.copied.audit_entries} audit entries "
        f"to {moved.url}; the copy was checked. The office now uses the server. "
        f"The SQLite database is kept as {moved.kept_as}."
    )
    return 0


def cmd_backup(paths: DataPaths, args: argparse.Namespace) -> int:
    from privacy_desk.services.maintenance import make_backup
    from privacy_desk.store.lifecycle import InstanceLock

    with InstanceLock(paths.lock_file):
        ctx = _open(paths, args, "backup")
        try:
            written = make_backup(ctx, args.file)
        finally:
            ctx.db.dispose()
    print(f"Backup written to {written}.")
    return 0


def cmd_restore(paths: DataPaths, args: argparse.Namespace) -> int:
    from privacy_desk.services import auth
    from privacy_desk.services.maintenance import restore, restore_with_recovery_key
    from privacy_desk.store.lifecycle import InstanceLock

    with InstanceLock(paths.lock_file):
        if args.recovery_key:
            recovery_key = _secret(RECOVERY_KEY_ENV, "Recovery key: ", "recovery key")
            result = restore_with_recovery_key(paths, args.file, recovery_key)
        elif auth.is_set_up(paths):
            ctx = _open(paths, args, "restore")
            key, actor, role = ctx.db.key_for_copies(), ctx.actor, ctx.role
            ctx.db.dispose()
            result = restore(paths, args.file, key=key, actor=actor, role=role)
        else:
            result = restore(paths, args.file)
    print(
        f"Restored {result.cases} cases from {args.file}. "
        f"The previous database is kept as {result.kept_as}."
    )
    return 0


def cmd_export(paths: DataPaths, args: argparse.Namespace) -> int:
    from privacy_desk.services.export import export_cases
    from privacy_desk.store.lifecycle import InstanceLock

    with InstanceLock(paths.lock_file):
        ctx = _open(paths, args, "export")
        try:
            count = export_cases(ctx, args.format, args.out)
        finally:
            ctx.db.dispose()
    print(f"Exported {count} cases to {args.out}.")
    return 0


def cmd_print(paths: DataPaths, args: argparse.Namespace) -> int:
    from privacy_desk.services import letters
    from privacy_desk.store.lifecycle import InstanceLock

    if args.what == "report":
        return _print_report(paths, args)
    if args.what == "form" and args.blank == bool(args.reference):
        raise InvalidInput("Give a case REFERENCE, or --blank for the empty form (not both).")
    with InstanceLock(paths.lock_file):
        ctx = _open(paths, args)
        try:
            if args.what == "letter":
                issued = letters.issue_letter(
                    ctx, args.reference, LetterKind(args.kind), language=args.language
                )
                pdf = letters.letter_pdf(ctx, issued.id, purpose="save")
                done = f"Letter {issued.document_number} ({issued.kind.label})"
            else:
                pdf = letters.request_form_pdf(ctx, None if args.blank else args.reference)
                done = "The blank request form" if args.blank else "The request form"
        finally:
            ctx.db.dispose()
    from privacy_desk.paths import write_whole

    write_whole(args.out.expanduser(), pdf)
    print(f"{done} written to {args.out}.")
    return 0


def _print_report(paths: DataPaths, args: argparse.Namespace) -> int:
    from privacy_desk.paths import write_whole
    from privacy_desk.services import reports, statistics

    if args.kind == "monthly" and not args.month:
        raise InvalidInput("Give the month of a monthly report: --month 2026-10.")
    if args.kind == "yearly" and not args.year:
        raise InvalidInput("Give the year of a yearly report: --year 2026.")
    ctx = _open(paths, args, "reports")
    try:
        if args.kind == "monthly":
            period = statistics.parse_month(args.month)
            pdf = reports.period_report_pdf(ctx, period, language=args.language)
        elif args.kind == "yearly":
            period = statistics.year_period(args.year)
            pdf = reports.period_report_pdf(ctx, period, language=args.language)
        elif args.kind == "open":
            pdf = reports.open_cases_pdf(ctx, language=args.language)
        else:
            pdf = reports.overdue_pdf(ctx, language=args.language)
    finally:
        ctx.db.dispose()
    write_whole(args.out.expanduser(), pdf)
    print(f"The {args.kind} report written to {args.out}.")
    return 0


def cmd_retention(paths: DataPaths, args: argparse.Namespace) -> int:
    import json

    from privacy_desk.services import retention

    if args.what == "certificate":
        ctx = _open(paths, args)
        try:
            pdf = retention.disposal_certificate_pdf(ctx, args.disposals)
        finally:
            ctx.db.dispose()
        from privacy_desk.paths import write_whole

        write_whole(args.out.expanduser(), pdf)
        print(f"The certificate of disposal written to {args.out}.")
        return 0
    if args.what == "disposals":
        ctx = _open(paths, args)
        try:
            records = retention.disposals(ctx)
        finally:
            ctx.db.dispose()
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "kind": r.kind.value,
                        "item": r.item_id,
                        "description": r.description,
                        "due_on": r.due_on and r.due_on.isoformat(),
                        "rule": r.rule,
                        "method": r.method.value,
                        "certificate_number": r.certificate_number,
                        "witness": r.witness,
                        "requested_by": r.requested_by,
                        "approved_by": r.approved_by,
                        "done_at": r.done_at,
                    }
                    for r in records
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    ctx = _open(paths, args, "retention")
    try:
        items = retention.due_items(ctx, args.as_of, args.horizon)
    finally:
        ctx.db.dispose()
    rows = [
        {
            "kind": i.kind.value,
            "id": i.id,
            "description": i.description,
            "due_on": i.due_on.isoformat(),
            "rule": i.rule,
        }
        for i in items
    ]
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(f"{row['due_on']}  {row['kind']:<12} {row['id']:>6}  {row['description']}")
        rules = "; ".join(sorted({f"{i.kind.value}: {i.rule}" for i in items}))
        print(f"{len(rows)} due on or before the horizon ({rules or 'nothing due'}).")
    return 0


def cmd_audit_pack(paths: DataPaths, args: argparse.Namespace) -> int:
    from privacy_desk.services import audit_pack

    ctx = _open(paths, args, "reports")
    try:
        since, until = audit_pack.default_period(ctx.today())
        since, until = args.since or since, args.until or until
        out = args.out.expanduser()
        result = audit_pack.build_audit_pack(
            ctx, since, until, out, as_zip=out.suffix.lower() == ".zip"
        )
    finally:
        ctx.db.dispose()
    print(
        f"The audit pack for {since.isoformat()} to {until.isoformat()} was written to {out}: "
        f"{len(result.files)} files, {result.requests} requests."
    )
    if not result.chain_ok:
        print("The audit trail does NOT verify: see 6_audit_trail/verification.txt.")
        return 1
    return 0


def _import_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from privacy_desk import cli_import

    return cli_import.cmd_import(paths, args)


COMMANDS: dict[str, Callable[[DataPaths, argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "migrate-to": cmd_migrate_to,
    "export": cmd_export,
    "print": cmd_print,
    "retention": cmd_retention,
    "audit-pack": cmd_audit_pack,
    "import": _import_command,
}
