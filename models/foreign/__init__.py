"""Reading the 別紙２ as ministries make it by hand: Excel, Word and PDF forms, by their labels.

A file becomes a cell grid (``xlsx_grid``, ``docx_grid``, ``pdf_grid`` over ``grid``); the form
reader (``form``, with one module per part of the form: ``heading``, ``budget``, ``cabinet``,
``indicators`` and ``quantities``, ``means``, ``closing``) finds the labels of the form's
wording (``vocabulary``: the wording profiles and ``wordings.toml``) and reads each value
beside or under its label, never at a fixed position; ``values`` reads figures, years and dates
as people type them, saying when it guessed; ``keys`` makes a report key of a 評価書番号.
Every value is recorded with its source and whether it was read surely
(:class:`models.report.provenance.Provenance`).

:func:`read_form` is the entry point; storing the result is
:mod:`models.services.foreign_import`'s.
"""

from __future__ import annotations

from pathlib import Path

from models.foreign.form import FormImport, NotAForm, read_grid
from models.foreign.grid import Grid
from models.foreign.vocabulary import vocabulary
from models.i18n import os_error_text, tr

SUFFIXES = (".xlsx", ".xlsm", ".docx", ".pdf")

__all__ = ["SUFFIXES", "FormImport", "NotAForm", "read_form", "read_grid_of"]


def read_grid_of(path: Path) -> Grid:
    """The cell grid of a form file, by its suffix; NotAForm when the file cannot be read."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            from models.foreign.xlsx_grid import read_xlsx

            return read_xlsx(path)
        if suffix == ".docx":
            from models.foreign.docx_grid import read_docx

            return read_docx(path)
        if suffix == ".pdf":
            from models.foreign.pdf_grid import read_pdf

            return read_pdf(path)
    except OSError as exc:
        raise NotAForm(os_error_text(exc, path, reading=True)) from None
    except NotAForm:
        raise
    except Exception as exc:  # a damaged or foreign file: every library fails its own way
        raise NotAForm(
            tr(
                "{file} を読めません（{kind}）: {err}",
                "cannot read {file} ({kind}): {err}",
                file=path.name,
                kind=suffix.lstrip("."),
                err=str(exc) or type(exc).__name__,
            )
        ) from None
    raise NotAForm(
        tr(
            "{file}: 読める形式は xlsx・docx・pdf です",
            "{file}: the forms read are xlsx, docx and pdf",
            file=path.name,
        )
    )


def read_form(path: str | Path, profile: str | None = None) -> FormImport:
    """The report a form file holds, with the provenance of each value.

    ``profile``: read by that wording profile's labels only (default: every profile's).
    Raises :class:`NotAForm` for a file that is not a 別紙２ or cannot be read.
    """
    return read_grid(read_grid_of(Path(path)), vocabulary(profile))
