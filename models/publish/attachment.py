"""The report inside its PDF: the hyoka/1 snapshot every published PDF carries, read back.

:mod:`models.publish.typst_source` attaches the report's snapshot to the PDF (Typst's
``pdf.attach``: an embedded file ``KEY.toml``, MIME type ``application/toml``, described as a
hyoka snapshot), as e-invoices carry their XML. :func:`attached_snapshot` finds it again: the
first attached ``.toml`` file whose text is a hyoka snapshot (``schema = "hyoka/…"``), or
``None`` for a PDF that has none (a PDF hyoka did not publish, or one published before it
attached its snapshot). Reading other PDFs is not this module's business.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from models.i18n import tr
from models.report.model import Report
from models.services.snapshot_files import FileResult

_SCHEMA = re.compile(r'^schema\s*=\s*"hyoka/', re.MULTILINE)


def attached_snapshot(path: str | Path) -> str | None:
    """The hyoka snapshot attached to the PDF at ``path``, or None when it carries none.

    Raises OSError when the file cannot be read, ValueError when it is not a PDF."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    pypdf_log = logging.getLogger("pypdf")
    if not pypdf_log.handlers:  # its complaints about a damaged file: the caller says why
        pypdf_log.addHandler(logging.NullHandler())
    try:
        reader = PdfReader(path)
        attachments = reader.attachments
        names = sorted(attachments)
    except PdfReadError as exc:
        raise ValueError(str(exc)) from None
    for name in names:
        if not name.lower().endswith(".toml"):
            continue
        for data in attachments[name]:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            if _SCHEMA.search(text):
                return text
    return None


def read_pdf_snapshots(
    files: Sequence[str],
) -> tuple[list[tuple[str, Report]], list[FileResult]]:
    """``(file, report)`` for each PDF that carries hyoka's snapshot; a problem for each that
    does not (or cannot be read), saying so."""
    from models.snapshot.codec import SnapshotError, loads_snapshot

    read: list[tuple[str, Report]] = []
    problems: list[FileResult] = []
    for name in files:
        try:
            text = attached_snapshot(name)
        except (OSError, ValueError) as exc:
            problems.append(
                FileResult(
                    name,
                    problem=tr(
                        "{file}: PDF を読めません: {err}",
                        "{file}: cannot read the PDF: {err}",
                        file=name,
                        err=exc,
                    ),
                )
            )
            continue
        if text is None:
            problems.append(FileResult(name, problem=_not_hyokas(name)))
            continue
        try:
            read.append((name, loads_snapshot(text, source=name)))
        except SnapshotError as exc:
            problems.append(FileResult(name, problem=str(exc)))
    return read, problems


def _not_hyokas(name: str) -> str:
    return tr(
        "{file}: hyoka が発行した PDF ではありません（評価書のスナップショットが添付されて"
        "いません）。府省の様式の PDF は hyoka import で様式として読みます",
        "{file}: not a PDF published by hyoka (it carries no report snapshot); hyoka import "
        "reads other PDFs as a ministry's form",
        file=name,
    )
