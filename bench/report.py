"""The monthly report over a large office (issue 8: "fast enough to wait for without a
coffee"; issue 9's target is 2 s over 100,000 cases).

Subject: the whole monthly report as a manager prints it — the figures of the month and
the month before, the twelve-month trend, the PDF with its charts, the audit entry.
Floor: setting the same report from figures computed beforehand, so the ratio is what
reading 100,000 cases adds to drawing the page.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench import Benchmark
from privacy_desk.domain.roles import Role
from privacy_desk.letters.report import render_period_report
from privacy_desk.paths import DataPaths
from privacy_desk.services import demo, reports, statistics
from privacy_desk.services.context import DeskContext
from privacy_desk.services.maintenance import open_desk

#: The size of the office (tests make it small).
CASES = 100_000
MONTH = statistics.month_period(2026, 10)


@dataclass
class State:
    folder: Path
    ctx: DeskContext
    data: statistics.ReportData


def setup() -> State:
    folder = Path(tempfile.mkdtemp(prefix="privacy-desk-bench-"))
    ctx = open_desk(DataPaths(folder / "data").prepare(), actor="bench")
    demo.add_demo_cases(ctx, CASES, seed=9)
    ctx.role = Role.MANAGER
    return State(folder, ctx, statistics.report_data(ctx, MONTH))


def monthly_report(state: State) -> object:
    return reports.period_report_pdf(state.ctx, MONTH)


def drawing_alone(state: State) -> object:
    return render_period_report(
        state.data,
        company="オムロン ソフトウェア株式会社",
        company_en="OMRON SOFTWARE Co., Ltd.",
        language="ja",
        issued_on=state.ctx.today(),
        issued_by="bench",
    )


def teardown(state: State) -> None:
    state.ctx.db.dispose()
    shutil.rmtree(state.folder, ignore_errors=True)


BENCHMARK = Benchmark(
    name="report_monthly",
    description=f"the monthly report PDF over {CASES:,} synthetic cases",
    floor_description="the same report drawn from figures computed beforehand",
    setup=setup,
    subject=monthly_report,
    floor=drawing_alone,
    teardown=teardown,
)
