"""The Privacy Mark audit pack: what the auditor asks to see, for a period, in one folder.

::

    audit-pack-2024-11-25_2026-11-24/
      README.txt                       what is where (Japanese and English)
      manifest.json                    every file with its SHA-256
      1_requests/handling-records.csv  one row per request handled in the period
      1_requests/handling-records.pdf  the same, printable
      2_complaints/complaints.csv      the complaints and inquiries log (+ .pdf)
      3_disposals/disposals.csv        every disposal of the period (+ .pdf)
      3_disposals/certificate.pdf      the certificate of the disposals carried out
      4_ledger/ledger.csv              the personal information ledger (+ .pdf)
      4_ledger/reviews.csv             its review history
      5_statistics/monthly.csv         the month-by-month figures (+ .pdf)
      6_audit_trail/verification.txt   the hash chain's verification

A request is "handled in the period" when it arrived, was decided, replied
to or closed in it. The pack names cases by reference and requester kind and
leaves out the names, addresses and contacts of requesters and complainants:
the reference leads to the case (and its paper file) when the auditor asks.
It is written under a hidden name and renamed when complete, or as one ZIP.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from privacy_desk.domain.decisions import Outcome
from privacy_desk.domain.fees import add_months
from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.paths import os_error_to_user_error, write_whole
from privacy_desk.services import complaints as complaints_service
from privacy_desk.services import ledger as ledger_service
from privacy_desk.services import retention as retention_service
from privacy_desk.services import statistics
from privacy_desk.services.context import DeskContext
from privacy_desk.services.export import spreadsheet_cell
from privacy_desk.services.office import office_profile
from privacy_desk.store import audit
from privacy_desk.store.models import Case, CaseRequest

Row = Sequence[object]


@dataclass(frozen=True)
class _Sheet:
    path: str  # inside the pack, e.g. "1_requests/handling-records"
    title_ja: str
    title_en: str
    headings: Sequence[tuple[str, str]]
    rows: Sequence[Row]
    pdf: bool = True


@dataclass(frozen=True)
class AuditPackResult:
    path: Path
    files: list[str]
    requests: int
    chain_ok: bool


def default_period(today: date) -> tuple[date, date]:
    """The last two years up to today, as the Privacy Mark audit looks at."""
    start = add_months(today, -24) or today.replace(month=2, day=28, year=today.year - 2)
    return start + timedelta(days=1), today


def _text(value: object, *, readable: bool = False) -> str:
    """A cell as text: codes for the CSV files, the English names for the printed lists."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        label = getattr(value, "label", None)
        return str(label) if readable and label else str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _csv(sheet: _Sheet) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([en for _ja, en in sheet.headings])
    for row in sheet.rows:
        writer.writerow([spreadsheet_cell(_text(v)) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _handling(ctx: DeskContext, since: date, until: date) -> _Sheet:
    def within(column: object) -> object:
        return column.between(since, until)  # type: ignore[attr-defined]

    with ctx.db.read() as session:
        cases = session.scalars(
            select(Case)
            .options(selectinload(Case.requests), selectinload(Case.letters))
            .where(
                or_(
                    within(Case.received_on),  # type: ignore[arg-type]
                    within(Case.replied_on),  # type: ignore[arg-type]
                    within(Case.closed_on),  # type: ignore[arg-type]
                    Case.requests.any(within(CaseRequest.decided_on)),  # type: ignore[arg-type]
                )
            )
            .order_by(Case.received_on, Case.reference)
        ).all()
        rows: list[Row] = []
        for case in cases:
            letters = "; ".join(
                f"{letter.document_number} {letter.kind.value}"
                + (f" sent {letter.sent_on.isoformat()}" if letter.sent_on else "")
                + (f" returned {letter.returned_on.isoformat()}" if letter.returned_on else "")
                for letter in case.letters
            )
            for request in case.requests:
                rows.append(
                    (
                        case.reference,
                        case.received_on,
                        case.postmarked_on,
                        case.requester_kind,
                        request.request_type,
                        case.status,
                        request.outcome,
                        request.refusal_ground,
                        request.decided_on,
                        request.decided_by,
                        request.approved_by,
                        case.target_on,
                        case.legal_line_on,
                        case.replied_on,
                        case.replied_on is not None and case.replied_on > case.target_on,
                        case.replied_on is not None and case.replied_on > case.legal_line_on,
                        case.closed_on,
                        case.fee_amount,
                        case.fee_payment,
                        letters,
                    )
                )
    return _Sheet(
        "1_requests/handling-records",
        "開示等の請求の対応記録",
        "Handling records of requests",
        (
            ("受付番号", "Reference"),
            ("受付日", "Received"),
            ("消印", "Postmarked"),
            ("請求者区分", "Requester kind"),
            ("請求内容", "Request"),
            ("状況", "Status"),
            ("決定", "Outcome"),
            ("不開示の理由", "Refusal ground"),
            ("決定日", "Decided on"),
            ("決定者", "Decided by"),
            ("承認者", "Approved by"),
            ("目標日", "Target"),
            ("法定期限", "Legal line"),
            ("回答日", "Replied on"),
            ("目標超過", "After target"),
            ("期限超過", "After legal line"),
            ("完結日", "Closed on"),
            ("手数料", "Fee (yen)"),
            ("支払方法", "Payment"),
            ("書面", "Letters"),
        ),
        rows,
    )


def _complaints(ctx: DeskContext, since: date, until: date) -> _Sheet:
    rows: list[Row] = [
        (
            c.id,
            c.data.received_on,
            c.data.kind,
            c.data.channel,
            c.data.subject,
            c.data.case_reference,
            c.data.response,
            c.data.closed_on,
            c.data.handled_by,
        )
        for c in reversed(complaints_service.complaints(ctx, since=since, until=until))
    ]
    return _Sheet(
        "2_complaints/complaints",
        "苦情・相談の記録",
        "Complaints and inquiries",
        (
            ("番号", "No."),
            ("受付日", "Received"),
            ("種別", "Kind"),
            ("経路", "Channel"),
            ("内容", "Subject"),
            ("関連案件", "Case"),
            ("対応", "Response"),
            ("完了日", "Closed on"),
            ("担当", "Handled by"),
        ),
        rows,
    )


def _disposals(ctx: DeskContext, since: date, until: date) -> tuple[_Sheet, list[int]]:
    records = [
        r
        for r in reversed(retention_service.disposals(ctx))
        if since <= audit.local_date(r.done_at or r.requested_at) <= until
    ]
    rows: list[Row] = [
        (
            r.id,
            r.kind,
            r.description,
            r.rule,
            r.due_on,
            r.method,
            r.certificate_number,
            r.witness,
            r.requested_by,
            r.approved_by,
            audit.local_date(r.done_at) if r.done_at else "(awaiting approval)",
        )
        for r in records
    ]
    sheet = _Sheet(
        "3_disposals/disposals",
        "廃棄の記録",
        "Disposal records",
        (
            ("番号", "No."),
            ("種類", "Kind"),
            ("廃棄したもの", "What"),
            ("保存期間", "Rule"),
            ("廃棄期限", "Due on"),
            ("方法", "Method"),
            ("証明書番号", "Certificate"),
            ("立会人", "Witness"),
            ("申請者", "Requested by"),
            ("承認者", "Approved by"),
            ("廃棄日", "Done on"),
        ),
        rows,
    )
    return sheet, [r.id for r in records if r.done]


def _ledger(ctx: DeskContext) -> tuple[_Sheet, _Sheet]:
    entries = ledger_service.entries(ctx, include_retired=True)
    rows: list[Row] = [
        (
            e.id,
            e.data.name,
            e.data.data_items,
            ", ".join(e.data.purposes),
            e.data.special_care,
            e.data.acquisition,
            e.data.storage_place,
            e.data.medium,
            e.data.department,
            e.data.access,
            e.data.period_of_use,
            e.data.retention.text_ja,
            e.data.disposal_method,
            e.data.third_party,
            e.data.joint_use,
            e.data.recipients,
            e.last_review.reviewed_on if e.last_review else None,
            e.next_review_on,
            e.retired_on,
        )
        for e in entries
    ]
    reviews: list[Row] = [
        (e.id, e.data.name, r.reviewed_on, r.reviewed_by, r.note)
        for e in entries
        for r in ledger_service.reviews(ctx, e.id)
    ]
    ledger_sheet = _Sheet(
        "4_ledger/ledger",
        "個人情報管理台帳",
        "Personal information ledger",
        (
            ("番号", "No."),
            ("名称", "Name"),
            ("項目", "Data items"),
            ("利用目的", "Purposes"),
            ("要配慮", "Special care"),
            ("取得方法", "Acquired"),
            ("保管場所", "Stored at"),
            ("媒体", "Medium"),
            ("管理部署", "Department"),
            ("アクセス権限者", "Access"),
            ("利用期間", "Period of use"),
            ("保存期間", "Retention"),
            ("廃棄方法", "Disposal"),
            ("第三者提供", "Third parties"),
            ("共同利用", "Joint use"),
            ("提供先", "Recipients"),
            ("最終見直し", "Last review"),
            ("次回見直し", "Next review"),
            ("廃止日", "Retired"),
        ),
        rows,
    )
    review_sheet = _Sheet(
        "4_ledger/reviews",
        "個人情報管理台帳の見直し履歴",
        "Ledger review history",
        (
            ("番号", "No."),
            ("名称", "Name"),
            ("見直し日", "Reviewed on"),
            ("実施者", "Reviewed by"),
            ("備考", "Note"),
        ),
        reviews,
        pdf=False,
    )
    return ledger_sheet, review_sheet


def _statistics(ctx: DeskContext, since: date, until: date) -> _Sheet:
    rows: list[Row] = []
    for month in statistics.Period(since, until, "range").months():
        f = statistics.figures(ctx, month)
        rows.append(
            (
                month.label,
                f.received,
                f.decided,
                f.outcomes.get(Outcome.REFUSED, 0),
                f.replied,
                f.handling.mean,
                f.handling.median,
                f.handling.longest,
                f.replied_after_target,
                f.replied_after_legal_line,
                f.open_at_end,
                f.over_legal_line_at_end,
                f.letters_sent,
                f.letters_returned,
                f.fees_yen,
                sum(f.disposed.values()),
                f.complaints,
                f.inquiries,
            )
        )
    return _Sheet(
        "5_statistics/monthly",
        "月別統計",
        "Monthly statistics",
        (
            ("月", "Month"),
            ("受付", "Received"),
            ("決定", "Decided"),
            ("不開示", "Refused"),
            ("回答", "Replied"),
            ("平均日数", "Mean days"),
            ("中央値", "Median days"),
            ("最長", "Longest"),
            ("目標超過", "After target"),
            ("期限超過", "After legal line"),
            ("月末未回答", "Owed at end"),
            ("月末期限超過", "Past legal line at end"),
            ("書面発送", "Letters sent"),
            ("返戻", "Returned"),
            ("手数料(円)", "Fees (yen)"),
            ("廃棄", "Disposed"),
            ("苦情", "Complaints"),
            ("相談", "Inquiries"),
        ),
        rows,
    )


def _verification(ctx: DeskContext) -> tuple[str, bool]:
    with ctx.db.read() as session:
        verdict = audit.verify_chain(session)
    lines = [
        "監査証跡の検証結果 / Audit trail verification",
        f"検証日時 / Verified at: {audit.now_utc()}",
        f"記録数 / Entries: {verdict.entries}",
        "結果 / Result: "
        + (
            "改ざんなし / Intact: every entry chains to the one before it."
            if verdict.ok
            else "異常あり / PROBLEMS:"
        ),
        *verdict.problems,
        "",
        "各記録は直前の記録のハッシュを含む SHA-256 の連鎖です。",
        "Each entry holds the SHA-256 of the one before it: a change, insertion or deletion",
        "breaks the chain and is named here. `privacy-desk check` verifies it again.",
    ]
    return "\n".join(lines) + "\n", verdict.ok


README = """監査資料一式 / Privacy Mark audit pack
対象期間 / Period: {since} – {until}
作成 / Made: {made} by {actor}, {company}

1_requests     開示等の請求の対応記録 — handling record of every request (CSV and PDF)
2_complaints   苦情・相談の記録 — complaints and inquiries log
3_disposals    廃棄の記録と廃棄証明書 — disposal records and the certificate
4_ledger       個人情報管理台帳と見直し履歴 — the ledger and its review history
5_statistics   月別統計 — monthly statistics
6_audit_trail  監査証跡の検証結果 — the audit trail's verification
manifest.json  各ファイルの SHA-256 — every file's SHA-256

請求者・申出者の氏名、住所、連絡先は含みません。受付番号から案件を参照できます。
Names, addresses and contacts of requesters and complainants are left out; the
reference leads to the case.
"""


def build_audit_pack(
    ctx: DeskContext, since: date, until: date, target: Path, *, as_zip: bool = False
) -> AuditPackResult:
    """Write the pack for ``since``–``until`` into the new folder (or ZIP file) ``target``."""
    ctx.require(Permission.REPORTS)
    if until < since:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The period cannot end before it starts."))
    if until > ctx.today():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The period cannot run past today."))
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{path} exists already; choose a new folder or file name."),
            path=target,
        )
    from privacy_desk.letters.table_pdf import PdfTable, render_table

    office = office_profile(ctx)
    files: dict[str, bytes] = {}
    handling = _handling(ctx, since, until)
    disposals, done = _disposals(ctx, since, until)
    ledger_sheet, reviews = _ledger(ctx)
    sheets = [
        handling,
        _complaints(ctx, since, until),
        disposals,
        ledger_sheet,
        reviews,
        _statistics(ctx, since, until),
    ]
    period = f"{since.isoformat()} – {until.isoformat()}"
    for sheet in sheets:
        files[f"{sheet.path}.csv"] = _csv(sheet)
        if sheet.pdf:
            files[f"{sheet.path}.pdf"] = render_table(
                PdfTable(
                    title_ja=sheet.title_ja,
                    title_en=sheet.title_en,
                    subtitle=period,
                    headings=sheet.headings,
                    rows=[[_text(v, readable=True) for v in row] for row in sheet.rows],
                    footer=f"{office.company_name} / {office.company_name_en}"
                    " — 社外秘 Confidential",
                )
            )
    if done:
        files["3_disposals/certificate.pdf"] = retention_service.disposal_certificate_pdf(ctx, done)
    verification, chain_ok = _verification(ctx)
    files["6_audit_trail/verification.txt"] = verification.encode("utf-8")
    files["README.txt"] = README.format(
        since=since.isoformat(),
        until=until.isoformat(),
        made=ctx.today().isoformat(),
        actor=ctx.actor,
        company=office.company_name,
    ).encode("utf-8")
    manifest = {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())}
    files["manifest.json"] = json.dumps(
        {"period": [since.isoformat(), until.isoformat()], "sha256": manifest},
        ensure_ascii=False,
        indent=2,
    ).encode("utf-8")
    _write(files, target, as_zip=as_zip)
    ctx.record_event(
        "audit_pack",
        "report",
        since=since.isoformat(),
        until=until.isoformat(),
        files=len(files),
        requests=len(handling.rows),
    )
    return AuditPackResult(target, sorted(files), len(handling.rows), chain_ok)


def _write(files: dict[str, bytes], target: Path, *, as_zip: bool) -> None:
    if as_zip:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in sorted(files.items()):
                info = zipfile.ZipInfo(f"{target.stem}/{name}", date_time=(2000, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
        write_whole(target, buffer.getvalue(), mode=0o600)
        return
    partial = target.with_name(f".{target.name}.partial")
    try:
        if partial.exists():
            shutil.rmtree(partial)
        for name, data in files.items():
            path = partial / name
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            path.write_bytes(data)
            path.chmod(0o600)
        if target.exists():
            target.rmdir()  # empty (checked above)
        partial.replace(target)
    except OSError as error:
        shutil.rmtree(partial, ignore_errors=True)
        raise os_error_to_user_error(error, target) from error
