"""What an import from a ministry's own form left for a person to look at (codes M001, M002).

``hyoka import FORM.xlsx|.docx|.pdf`` reads some values with doubt (a figure taken out of a
sentence, a year inferred, a mark that is not イ／ロ／ハ／－) and finds some text it cannot
place. Each stays a finding until the evaluator confirms it (``hyoka confirm KEY PATH``) or
edits the field: a value that is no longer the one imported has been looked at.

- M001 (warning): a value read with doubt, at its place, naming the source in the file.
- M002 (warning): text of the form hyoka could not place, with its source and the text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from models.i18n import tr
from models.report import paths
from models.report.history import encode
from models.report.model import Report
from models.report.provenance import Provenance
from models.rules.findings import Finding

SHORT = 60
_INDICATOR = re.compile(r"^indicator\[(\d+)\]")
_YEAR = re.compile(r"\.years\[(\d+)\]")


def current_value(report: Report, path: str) -> tuple[bool, Any]:
    """(found, the value at ``path`` as the provenance records it: JSON-plain)."""
    try:
        value = paths.get(report, path)
    except (paths.PathError, ValueError):
        return False, None
    text = encode(value)
    return True, None if text is None else json.loads(text)


def _short(text: str) -> str:
    flat = text.replace("\n", "↵")
    return flat if len(flat) <= SHORT else flat[: SHORT - 1] + "…"


def check_imported(report: Report, records: Iterable[Provenance]) -> list[Finding]:
    out: list[Finding] = []
    for record in records:
        if not record.open:
            continue
        if record.unplaced:
            text = str(record.value or "")
            out.append(
                Finding(
                    "M002",
                    "warning",
                    tr(
                        "取り込んだ様式の {source} の記載を置く欄がありません: 「{text}」"
                        "（必要なら該当欄へ写し、hyoka confirm {key} {path} で確認済みに）",
                        "the form's text at {source} has no place in hyoka: {text!r} "
                        "(copy it where it belongs, then hyoka confirm {key} {path})",
                        source=record.source,
                        text=_short(text),
                        key=report.key,
                        path=record.path,
                    ),
                    record.path,
                    data={"source": record.source, "text": text},
                )
            )
            continue
        found, value = current_value(report, record.path)
        if not found or value != record.value:
            continue  # edited (or gone) since the import: a person has looked at it
        out.append(
            Finding(
                "M001",
                "warning",
                tr(
                    "取り込み時に推測した値です（{source}: {reason}）。確かめて、正しければ "
                    "hyoka confirm {key} {path}",
                    "imported with doubt ({source}: {reason}); check it, and if it is right: "
                    "hyoka confirm {key} {path}",
                    source=record.source,
                    reason=record.reason,
                    key=report.key,
                    path=record.path,
                ),
                record.path,
                fiscal_year=int(y.group(1)) if (y := _YEAR.search(record.path)) else None,
                indicator=int(i.group(1)) if (i := _INDICATOR.match(record.path)) else None,
                data={"source": record.source, "reason": record.reason, "value": value},
            )
        )
    return out
