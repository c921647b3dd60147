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

**The service.** :func:`publish` lays the report out with its wording profile as one of the
documents of :data:`KINDS` — the 評価書 (in a monitoring year the モニタリング結果,
``Report.stage``), its 事前分析表 (``kind="plan"``), the 事前分析表's 新旧対照表
(``"plan_changes"``), the 要旨 (``"gist"``) (:func:`document`) — renders it and
writes the file atomically (a temporary file in the same folder, then a rename), refusing to
replace an existing file unless ``force``. :func:`blocking_findings` lists the error-level
findings of the checks, which a caller must show and have confirmed (``--force``) before
publishing; for the plan only those about what the plan prints (not the verdict, the marks or
the next steps, which come later in the year). Nothing here imports textual.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from models.i18n import tr
from models.printed import (
    Document,
    Profile,
    gist_document,
    plan_document,
    profile_for,
    stage_document,
)
from models.printed.plan_changes import plan_changes_document
from models.publish.errors import PublishError
from models.report.model import Report
from models.rules.findings import Finding
from models.services.atomic_file import write_atomic

__all__ = [
    "FORMATS",
    "KINDS",
    "Kind",
    "PublishError",
    "blocking_findings",
    "document",
    "file_name",
    "kind_of",
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


def _everything(place: str) -> bool:
    return True


def _always(report: Report) -> str | None:
    return None


def _unfixed(report: Report) -> str | None:
    if report.plan is not None:
        return None
    return tr(
        "{key} の事前分析表は確定されていないため新旧対照表はありません（hyoka plan fix）",
        "{key} has no old/new table: its plan is not fixed (hyoka plan fix)",
        key=report.key,
    )


def _monitoring(report: Report) -> str | None:
    if report.stage != "monitoring":
        return None
    return tr(  # no verdict: nothing the 要旨 sums up
        "{key} はモニタリングの年です。評価書の要旨は評価の年にだけあります",
        "{key} is a monitoring year: only an evaluation year has a summary (要旨)",
        key=report.key,
    )


@dataclass(frozen=True)
class Kind:
    """One document a report publishes as: how it is laid out, which findings block it, and the
    suffix of its default file name (``KEY-SUFFIX.EXT``; none for the 評価書)."""

    build: Callable[[Report, Profile], Document]
    blocks: Callable[[str], bool]  # is a finding at this place about what the document prints?
    words: tuple[str, str]  # its name, Japanese and English
    suffix: str = ""
    # why a report has no such document (the 新旧対照表 of a plan not fixed), or None
    absent: Callable[[Report], str | None] = _always

    def offered(self, report: Report) -> bool:
        return self.absent(report) is None

    def name(self) -> str:
        return tr(*self.words)


# document kind -> how it is made; the CLI's --plan … and the TUI choose among these
KINDS: dict[str, Kind] = {
    "report": Kind(stage_document, _everything, ("評価書", "report")),
    "plan": Kind(plan_document, _in_plan, ("事前分析表", "plan"), "plan"),
    "plan_changes": Kind(
        plan_changes_document,
        _in_plan,
        ("事前分析表の新旧対照表", "plan's old/new table"),
        "plan-changes",
        absent=_unfixed,
    ),
    "gist": Kind(
        gist_document, _everything, ("評価書の要旨", "summary (要旨)"), "gist", absent=_monitoring
    ),
}


def kind_of(name: str) -> Kind:
    if name not in KINDS:
        raise PublishError(tr("文書 {kind} は知りません", "unknown document {kind}", kind=name))
    return KINDS[name]


def file_name(key: str, fmt: str, kind: str = "report") -> str:
    """The default file name of ``key``'s ``kind`` document: ``KEY.EXT`` or ``KEY-SUFFIX.EXT``."""
    suffix = kind_of(kind).suffix
    return f"{key}-{suffix}.{fmt}" if suffix else f"{key}.{fmt}"


def blocking_findings(report: Report, *, kind: str = "report") -> list[Finding]:
    """The error-level findings that must be confirmed before the report's ``kind`` document
    is published (for the plan only those about what it prints)."""
    from models.rules.check import check_report

    about = kind_of(kind).blocks
    return [f for f in check_report(report) if f.severity == "error" and about(f.place)]


def document(report: Report, *, kind: str = "report", profile: str | None = None) -> Document:
    """The printed document to publish (the 評価書, or another of :data:`KINDS`), carrying
    the report's snapshot for a format that attaches it (the PDF: ``hyoka import REPORT.pdf``
    reads it back, :mod:`models.publish.attachment`)."""
    from dataclasses import replace

    from models.snapshot.codec import dumps_snapshot

    what = kind_of(kind)
    why = what.absent(report)
    if why is not None:
        raise PublishError(why)
    doc = what.build(report, profile_for(report.ministry, profile))
    return replace(doc, snapshot=dumps_snapshot(report))


def publish(
    report: Report,
    fmt: str,
    out_path: Path | str,
    *,
    force: bool = False,
    profile: str | None = None,
    kind: str = "report",
) -> Path:
    """Render ``report``'s ``kind`` document (the 評価書 by default) as ``fmt`` into ``out_path``
    (atomically); the path written.

    Refuses (PublishError) to replace an existing file unless ``force``. Checks are the
    caller's business (:func:`blocking_findings`), so a preview can publish a draft.
    """
    path = Path(out_path)
    if path.exists() and not force:
        raise PublishError(_exists(path))
    data = render(document(report, kind=kind, profile=profile), fmt)
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
