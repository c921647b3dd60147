"""Publishing the open report from the TUI (preview key ``o``, palette): ask which document
(the 評価書, its 事前分析表 or, once the plan is fixed, the 事前分析表's 新旧対照表), then
where, confirm what the checks found and an existing file, then publish in a thread and say
where it went.

The format follows the file's suffix (.pdf, .html, .xlsx, .docx); notifications are plain
strings with ``markup=False`` (a path or a finding may hold ``[``).
"""

from __future__ import annotations

from pathlib import Path

from models.i18n import os_error_text, tr
from models.report.model import Report
from tui.notices import tell

TYPE_CHECKING = False
if TYPE_CHECKING:
    from tui.screens.base import ReportScreen


def start_publish(screen: ReportScreen) -> None:
    """Ask which document of the screen's report to publish, then go on in :func:`_where`."""
    from tui.dialogs.choose import ChooseScreen

    report = screen.report
    if report is None:
        return
    choices = [
        ("report", tr("評価書", "Report (評価書)")),
        ("plan", tr("事前分析表", "Plan (事前分析表)")),
    ]
    if report.plan is not None:
        choices.append(("plan_changes", tr("事前分析表の新旧対照表", "Plan: old/new table")))
    title = tr("{key}: 何を発行しますか", "{key}: publish which document?", key=report.key)
    screen.app.push_screen(
        ChooseScreen(title, choices, "report"), lambda kind: _where(screen, report, kind)
    )


_SUFFIX = {"report": "", "plan": "-plan", "plan_changes": "-plan-changes"}


def _where(screen: ReportScreen, report: Report, kind: object) -> None:
    """Ask for the target path of the chosen document, then go on in :func:`_chosen`."""
    from tui.dialogs.path_prompt import PathScreen

    if not isinstance(kind, str) or kind not in _SUFFIX:  # NOT_CHOSEN: cancelled
        return
    what = {
        "report": tr("評価書", "report"),
        "plan": tr("事前分析表", "plan"),
        "plan_changes": tr("事前分析表の新旧対照表", "plan's old/new table"),
    }[kind]
    title = tr(
        "{key} の{what}の発行先（.pdf .html .xlsx .docx）",
        "Publish the {what} of {key} to (.pdf .html .xlsx .docx)",
        key=report.key,
        what=what,
    )
    name = f"{report.key}{_SUFFIX[kind]}.pdf"
    screen.app.push_screen(
        PathScreen(title, name), lambda path: _chosen(screen, report, path, kind)
    )


def _chosen(screen: ReportScreen, report: Report, path: Path | None, kind: str) -> None:
    from models.publish import FORMATS

    if path is None:
        return
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        tell(
            screen,
            tr(
                "拡張子で形式を選びます: {known}",
                "the suffix chooses the format: {known}",
                known=", ".join(f".{f}" for f in FORMATS),
            ),
            severity="error",
        )
        return
    screen.run_worker(lambda: _check(screen, report, path, fmt, kind), thread=True, group="publish")


def _check(screen: ReportScreen, report: Report, path: Path, fmt: str, kind: str) -> None:
    """In a thread: what needs confirming (error findings, an existing file)."""
    from models.publish import blocking_findings
    from models.report.places import place_label

    found = blocking_findings(report, plan=kind != "report")
    problems = [f"{f.code} {place_label(f.place)}: {f.message}" for f in found]
    questions = []
    if problems:
        questions.append(
            tr("エラーの指摘があります:", "There are error-level findings:")
            + "\n"
            + "\n".join(f"・{p}" for p in problems[:8])
            + ("\n…" if len(problems) > 8 else "")
        )
    if path.exists():
        questions.append(tr("{path} は既にあります。", "{path} already exists.", path=path))
    if not questions:
        _publish(screen, report, path, fmt, kind, force=False)
        return
    question = "\n".join(questions) + "\n" + tr("それでも発行しますか？", "Publish anyway?")
    screen.app.call_from_thread(_ask, screen, report, path, (fmt, kind), question)


def _ask(
    screen: ReportScreen, report: Report, path: Path, what: tuple[str, str], question: str
) -> None:
    from tui.dialogs.yes_no import YesNoScreen

    fmt, kind = what

    def answered(yes: bool | None) -> None:
        if yes:
            screen.run_worker(
                lambda: _publish(screen, report, path, fmt, kind, force=True),
                thread=True,
                group="publish",
            )

    screen.app.push_screen(YesNoScreen(question), answered)


def _publish(
    screen: ReportScreen, report: Report, path: Path, fmt: str, kind: str, *, force: bool
) -> None:
    from models.publish import PublishError, publish

    try:
        written = publish(report, fmt, path, force=force, kind=kind)
    except PublishError as exc:
        message, severity = str(exc), "error"
    except OSError as exc:
        message, severity = os_error_text(exc, path), "error"
    else:
        message = tr("発行しました: {path}", "Published: {path}", path=written)
        severity = "information"
    screen.app.call_from_thread(screen.app.notify, message, severity=severity)
