"""Publishing the open report from the TUI (preview key ``o``, palette): ask which document
(the 評価書, its 事前分析表, … :data:`models.publish.KINDS`), then where, confirm what the
checks found and an existing file, then publish in a thread and say where it went.

The format follows the file's suffix (.pdf, .html, .xlsx, .docx); notifications are plain
strings with ``markup=False`` (a path or a finding may hold ``[``).
"""

from __future__ import annotations

from pathlib import Path

from models.i18n import os_error_text, tr
from models.report.model import Report
from tui.background import deliver
from tui.notices import tell, tell_error

TYPE_CHECKING = False
if TYPE_CHECKING:
    from tui.screens.base import ReportScreen


def start_publish(screen: ReportScreen) -> None:
    """Ask which document of the screen's report to publish, then go on in :func:`_where`."""
    from models.publish import KINDS
    from tui.dialogs.choose import ChooseScreen

    report = screen.report
    if report is None:
        return
    choices = [
        (name, _kind_name(name, report)) for name, kind in KINDS.items() if kind.offered(report)
    ]
    title = tr("{key}: 何を発行しますか", "{key}: publish which document?", key=report.key)
    screen.app.push_screen(
        ChooseScreen(title, choices, "report"), lambda kind: _where(screen, report, kind)
    )


def _kind_name(kind: str, report: Report) -> str:
    """A document's name; the 評価書 of a monitoring year is its モニタリング結果."""
    from models.publish import KINDS

    if kind == "report" and report.stage == "monitoring":
        return tr("モニタリング結果", "monitoring results")
    return KINDS[kind].name()


def _where(screen: ReportScreen, report: Report, kind: object) -> None:
    """Ask for the target path of the chosen document, then go on in :func:`_chosen`."""
    from models.publish import KINDS, file_name
    from tui.dialogs.path_prompt import PathScreen

    if not isinstance(kind, str) or kind not in KINDS:  # NOT_CHOSEN: the choice was cancelled
        return
    what = _kind_name(kind, report)
    title = tr(
        "{key} の{what}の発行先（.pdf .html .xlsx .docx）",
        "Publish the {what} of {key} to (.pdf .html .xlsx .docx)",
        key=report.key,
        what=what,
    )
    name = file_name(report.key, "pdf", kind)
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

    found = blocking_findings(report, kind=kind)
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
    """Publish in this worker thread; where it went, or why not, in one notice."""
    from models.publish import PublishError, publish

    def published(written: Path) -> None:
        tell(screen, tr("発行しました: {path}", "Published: {path}", path=written))

    def refused(error: Exception) -> bool:
        if not isinstance(error, OSError):
            return False  # told as every refusal is
        tell_error(screen, os_error_text(error, path))  # the path meant, not a temporary file
        return True

    job = lambda: publish(report, fmt, path, force=force, kind=kind)  # noqa: E731
    deliver(screen, job, published, refused, also=(PublishError,))
