"""Publishing a report: the printed form (:mod:`models.printed`) rendered to a file.

**The renderer interface.** A format is a module ``models/publish/NAME.py`` registered by name in
:data:`FORMATS`, exposing::

    EXTENSION: str                       # "pdf", "html", "xlsx", "docx" (the file suffix)
    def render(doc: Document) -> bytes:  # the whole file; raises PublishError for the user

``doc`` is a :class:`models.printed.Document` (``title``, ``lang``, ``profile``, ``sections``:
:class:`~models.printed.Section` of ``str`` / ``Table`` / ``Heading`` / ``Field`` / ``Note``
blocks; tables have ``cells()`` with spans and numeric cells). A renderer never re-derives a
figure or a label, writes nothing itself, reads no clock (same document → same bytes where the
format allows) and never interprets user text as markup. Renderers are imported only when used.

**What the renderers share.** :mod:`~models.publish.frame` lays a document out as the form's
frame (one grid of merged cells), which the PDF, the xlsx and the docx draw;
:mod:`~models.publish.pages` breaks the frame's text into lines (the shared line breaker, at the
advances :mod:`~models.publish.font_metrics` reads from the font) and pages for the PDF;
:mod:`~models.publish.attachment` reads back the snapshot a published PDF carries.

**The service.** :func:`publish` lays the report out with its wording profile — the 評価書,
its 事前分析表 or the 事前分析表's 新旧対照表 (:func:`document`) — renders it and writes the
file atomically (a temporary file in the same folder, then a rename), refusing to replace an
existing file unless ``force``.
:func:`blocking_findings` lists the error-level findings of the checks, which a caller must show and
have confirmed (``--force``) before publishing; for the plan only those about what the plan prints
(not the verdict, the marks or the next steps, which come later in the year). Nothing here imports
textual.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from models.i18n import tr
from models.printed import Document, plan_document, printed_document, profile_for
from models.publish.errors import PublishError
from models.report.model import Report
from models.rules.findings import Finding
from models.services.atomic_file import write_atomic

__all__ = [
    "FORMATS",
    "PublishError",
    "blocking_findings",
    "document",
    "publish",
    "render",
    "renderer",
]

# format name -> module holding ``render(doc) -> bytes``
FORMATS: dict[str, str] = {
    "pdf": "models.publish.pdf",
    "html": "models.publish.html",
    "xlsx": "models.publish.xlsx",
    "docx": "models.publish.docx",
}


def renderer(fmt: str) -> ModuleType:
    """The module rendering ``fmt``; a PublishError when the format is unknown or not built."""
    if fmt not in FORMATS:
        raise PublishError(
            tr(
                "形式 {fmt} は知りません（{known}）",
                "unknown format {fmt} (known: {known})",
                fmt=fmt,
                known=", ".join(FORMATS),
            )
        )
    try:
        return importlib.import_module(FORMATS[fmt])
    except ModuleNotFoundError as exc:
        if exc.name != FORMATS[fmt]:
            raise
        raise PublishError(
            tr(
                "形式 {fmt} はこの版ではまだ使えません",
                "the {fmt} format is not available in this version yet",
                fmt=fmt,
            )
        ) from None


def render(doc: Document, fmt: str) -> bytes:
    module = renderer(fmt)
    data: bytes = module.render(doc)
    return data


# places of findings about what only the 評価書 prints (the plan is published before them)
_NOT_IN_PLAN = ("verdict.", "next_steps.")


def _in_plan(place: str) -> bool:
    return not place.startswith(_NOT_IN_PLAN) and not place.endswith(".mark")


def blocking_findings(report: Report, *, plan: bool = False) -> list[Finding]:
    """The error-level findings that must be confirmed before the report (or, with ``plan``,
    its 事前分析表) is published."""
    from models.rules.check import check_report

    errors = [f for f in check_report(report) if f.severity == "error"]
    return [f for f in errors if _in_plan(f.place)] if plan else errors


def document(
    report: Report, *, plan: bool = False, profile: str | None = None, kind: str = ""
) -> Document:
    """The printed document to publish: ``kind`` ``"report"`` the 評価書 (the default),
    ``"plan"`` (or ``plan``) the 事前分析表, ``"plan_changes"`` its 新旧対照表 (PublishError when
    the plan is not fixed); carrying the report's snapshot for a format that attaches it (the
    PDF: ``hyoka import REPORT.pdf`` reads it back, :mod:`models.publish.attachment`)."""
    from dataclasses import replace

    from models.printed.plan_changes import plan_changes_document
    from models.snapshot.codec import dumps_snapshot

    kind = kind or ("plan" if plan else "report")
    p = profile_for(report.ministry, profile)
    if kind == "plan_changes":
        if report.plan is None:
            raise PublishError(
                tr(
                    "{key} の事前分析表は確定されていないため新旧対照表はありません",
                    "{key} has no old/new table: its plan is not fixed",
                    key=report.key,
                )
            )
        doc = plan_changes_document(report, p)
    elif kind == "plan":
        doc = plan_document(report, p)
    else:
        doc = printed_document(report, p)
    return replace(doc, snapshot=dumps_snapshot(report))


def publish(
    report: Report,
    fmt: str,
    out_path: Path | str,
    *,
    force: bool = False,
    profile: str | None = None,
    plan: bool = False,
    kind: str = "",
) -> Path:
    """Render ``report`` (its 事前分析表 with ``plan``; ``kind`` as :func:`document`) as
    ``fmt`` into ``out_path`` (atomically); the path written.

    Refuses (PublishError) to replace an existing file unless ``force``. Checks are the
    caller's business (:func:`blocking_findings`), so a preview can publish a draft.
    """
    path = Path(out_path)
    if path.exists() and not force:
        raise PublishError(_exists(path))
    data = render(document(report, plan=plan, profile=profile, kind=kind), fmt)
    try:
        write_atomic(path, data, replace=force)
    except FileExistsError:
        raise PublishError(_exists(path)) from None
    return path


def _exists(path: Path) -> str:
    return tr(
        "{path} は既にあります（上書きは --force）",
        "{path} already exists (--force to replace it)",
        path=path,
    )
