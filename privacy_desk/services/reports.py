"""The management reports (issue 8): the period report and the weekly case lists as PDF.

Managers (``Permission.REPORTS``) print them. Each print is audited as
``report.print`` with what was printed (kind, period or number of cases, language),
never a requester's name. ReportLab is imported only when a report is made, so
that starting the app stays quick.
"""

from __future__ import annotations

from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.services.case_list import (
    AWAITING_REPLY,
    CaseQuery,
    CaseRow,
    QuickFilter,
    SortKey,
    fetch_cases,
)
from privacy_desk.services.context import DeskContext
from privacy_desk.services.statistics import Period, report_data

LANGUAGES = ("ja", "en")
_PAGE = 1000  # rows read at a time

#: Every case still owed a reply, the most urgent first.
OPEN_CASES = CaseQuery(statuses=AWAITING_REPLY, sort=SortKey.TARGET_ON, descending=False)
#: The clock running and the internal target passed (the case list's "Overdue").
OVERDUE_CASES = CaseQuery(quick=QuickFilter.OVERDUE, sort=SortKey.TARGET_ON, descending=False)

_KINDS = {"month": "monthly", "year": "yearly", "range": "period"}


def _check(ctx: DeskContext, language: str) -> None:
    ctx.require(Permission.REPORTS)
    if language not in LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Reports are in Japanese (ja) or English (en), not “{language}”."
            ),
            language=language,
        )


def period_report_pdf(ctx: DeskContext, period: Period, *, language: str = "ja") -> bytes:
    """The monthly or yearly report for the management review; audited."""
    from privacy_desk.letters.report import render_period_report
    from privacy_desk.services.office import office_profile

    _check(ctx, language)
    data = report_data(ctx, period)
    office = office_profile(ctx)
    pdf = render_period_report(
        data,
        company=office.company_name,
        company_en=office.company_name_en,
        language=language,
        issued_on=ctx.today(),
        issued_by=ctx.actor,
    )
    ctx.record_event(
        "report.print",
        "report",
        kind=_KINDS[period.kind],
        period=period.label,
        language=language,
    )
    return pdf


def _all_rows(ctx: DeskContext, query: CaseQuery) -> list[CaseRow]:
    rows: list[CaseRow] = []
    while True:
        page = fetch_cases(ctx, query, len(rows), _PAGE)
        rows.extend(page)
        if len(page) < _PAGE:
            return rows


def _case_list_pdf(
    ctx: DeskContext, kind: str, query: CaseQuery, titles: tuple[str, str], language: str
) -> bytes:
    from privacy_desk.letters.report import render_case_list_report
    from privacy_desk.services.office import office_profile

    _check(ctx, language)
    rows = _all_rows(ctx, query)
    office = office_profile(ctx)
    pdf = render_case_list_report(
        *titles,
        rows,
        as_of=ctx.today(),
        company=office.company_name,
        company_en=office.company_name_en,
        language=language,
        issued_by=ctx.actor,
    )
    ctx.record_event(
        "report.print",
        "report",
        kind=kind,
        as_of=ctx.today().isoformat(),
        cases=len(rows),
        language=language,
    )
    return pdf


def open_cases_pdf(ctx: DeskContext, *, language: str = "ja") -> bytes:
    """Every case still owed a reply, for the weekly meeting; audited."""
    return _case_list_pdf(
        ctx, "open_cases", OPEN_CASES, ("回答待ちの案件一覧", "Cases owed a reply"), language
    )


def overdue_pdf(ctx: DeskContext, *, language: str = "ja") -> bytes:
    """The cases past their internal target (clock running), for the weekly meeting; audited."""
    return _case_list_pdf(
        ctx,
        "overdue",
        OVERDUE_CASES,
        ("社内目標日を過ぎた案件一覧", "Cases past their internal target"),
        language,
    )
