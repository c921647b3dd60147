"""Importing a report from a ministry's own form file (``hyoka import FORM.xlsx|.docx|.pdf``).

:func:`prepare` reads the file (models/foreign/), decides the report's key (the one given,
else the one its 評価書番号 gives) and names the source: the file's name and its SHA-256, which
the history's first entry of the report records. :func:`store_form` writes the report and the
provenance of its values in one transaction; :func:`dry_run` is what would be imported, as
plain values for the text and JSON outputs. Plain values in and out, no UI.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.foreign import FormImport, NotAForm, read_form
from models.i18n import tr
from models.report.key import key_problem
from models.snapshot.codec import dumps_snapshot, report_to_document

if TYPE_CHECKING:
    from models.store.store import Store

__all__ = ["KeyNeeded", "NotAForm", "PreparedForm", "dry_run", "prepare", "store_form"]


class KeyNeeded(ValueError):
    """The form's 評価書番号 gives no key and none was given."""


@dataclass
class PreparedForm:
    file: Path
    sha256: str
    form: FormImport

    @property
    def key(self) -> str:
        return self.form.report.key

    @property
    def source(self) -> dict[str, str]:
        """What the history records of where the report came from."""
        return {"file": self.file.name, "sha256": self.sha256}


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def prepare(
    path: str | Path, *, key: str | None = None, profile: str | None = None, need_key: bool = True
) -> PreparedForm:
    """Read the form at ``path``. NotAForm when it is none (or cannot be read); KeyNeeded when
    ``need_key`` and neither ``key`` nor the 評価書番号 gives a key; ValueError for a bad key."""
    file = Path(path)
    try:
        sha256 = file_sha256(file)
    except OSError as exc:
        from models.i18n import os_error_text

        raise NotAForm(os_error_text(exc, file, reading=True)) from None
    form = read_form(file, profile)
    chosen = key or form.key
    if key is not None and (problem := key_problem(key)):
        raise ValueError(f"--key: {problem}")
    if chosen is None:
        if need_key:
            raise KeyNeeded(
                tr(
                    "{file}: 評価書番号「{id}」からキーを決められません。--key KEY を指定して"
                    "ください（例: soumu-r4-08）",
                    "{file}: no key can be made of the document number {id!r}; "
                    "give --key KEY (e.g. soumu-r4-08)",
                    file=file.name,
                    id=form.report.document_id or "—",
                )
            )
        chosen = ""
    form.report.key = chosen
    return PreparedForm(file, sha256, form)


def store_form(store: Store, prepared: PreparedForm, *, replace: bool = False) -> None:
    """Write the report and where its values came from (refusals are the store's)."""
    store.import_form(
        prepared.form.report, prepared.form.provenance, prepared.source, replace=replace
    )


def dry_run(prepared: PreparedForm) -> dict[str, Any]:
    """What would be imported: the key, the source, the snapshot (as a document and as TOML
    text) and the provenance of each value, doubts and unplaced text counted."""
    form = prepared.form
    records = form.provenance
    report = form.report
    snapshot_text = dumps_snapshot(report) if report.key else ""
    return {
        "key": report.key or None,
        "file": str(prepared.file),
        "sha256": prepared.sha256,
        "labels": form.labels,
        "values": sum(1 for p in records if not p.unplaced),
        "doubtful": sum(1 for p in records if not p.sure and not p.unplaced),
        "unplaced": [
            {"source": p.source, "text": p.value, "path": p.path} for p in records if p.unplaced
        ],
        "snapshot": report_to_document(report),
        "snapshot_toml": snapshot_text,
        "provenance": {p.path: p.to_dict() for p in records if not p.unplaced},
    }
