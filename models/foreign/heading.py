"""The top of the form: title, 評価書番号, 政策名 with its number, 分野, 政策の概要 and 基本目標."""

from __future__ import annotations

import re
import unicodedata

from models.foreign.grid import GridCell
from models.foreign.keys import ministry_of
from models.foreign.reading import Content, Reading
from models.foreign.values import fiscal_year_in
from models.foreign.vocabulary import fold
from models.i18n import tr
from models.report.labels import LABELS
from models.report.paths import report_place

_IMPLEMENTED = re.compile(r"[（(]\s*(?P<fy>[^（()）]*?年度)\s*実施(?:政策|施策)\s*[)）]")
_DOCUMENT_ID = re.compile(r"^[（(]\s*(?P<id>[^（()）]+?)\s*[)）]$")
_ERA_NUMBER = re.compile(r"[RHＲＨ]\s*[0-9０-９]{1,2}")
_POLICY = re.compile(
    r"^(?P<prefix>[^\d０-９：:]{0,4}?)\s*(?P<n>[0-9０-９]+)\s*[：:．.\s]\s*(?P<name>.+)$", re.S
)


def _marker(name: str) -> re.Pattern[str]:
    """［最終アウトカム］ as written with either width of bracket and an optional colon."""
    word = LABELS[name][0].strip("［］")
    return re.compile(rf"^\s*[［\[]\s*{re.escape(word)}\s*[］\]]\s*[：:]?\s*")


def read_heading(rd: Reading, content: Content) -> None:
    _title(rd)
    _policy(rd, content)
    _text(rd, content, "overview", "overview")
    _goal(rd, content)


def _title(rd: Reading) -> None:
    first_label = min((c.row for c in rd.label_cells()), default=rd.grid.last_row)
    forms = rd.vocab.forms("title")
    for cell in rd.grid:
        folded = fold(cell.text)
        if any(folded.startswith(f) for f in forms) and cell.index not in rd.labels:
            lines = [line.strip() for line in cell.text.split("\n") if line.strip()]
            title = lines[0]
            rd.report.title = title
            rd.put(report_place("title"), title, [cell])
            if found := _IMPLEMENTED.search(title):
                year = fiscal_year_in(found.group("fy"))
                rd.report.evaluated_fiscal_year = year.value
                rd.put(
                    report_place("evaluated_fiscal_year"),
                    year.value,
                    [cell],
                    sure=year.sure,
                    reason=year.reason,
                )
            for line in lines[1:]:
                _document_id(rd, line, cell)
            break
    if rd.report.document_id:
        return
    for cell in rd.grid:
        if cell.row > first_label:
            break
        if cell.index not in rd.used and not cell.blank:
            _document_id(rd, cell.text.strip(), cell)


def _document_id(rd: Reading, text: str, cell: GridCell) -> None:
    found = _DOCUMENT_ID.match(text)
    if found is None:
        return
    inner = found.group("id")
    ministry = ministry_of(inner)
    if not ministry and not _ERA_NUMBER.search(inner):
        return
    rd.report.document_id = inner
    rd.put(report_place("document_id"), inner, [cell])
    if ministry:
        rd.report.ministry = ministry
        rd.put(report_place("ministry"), ministry, [cell])
    else:
        guess = re.match(r"^(.+?(?:省|庁|府|委員会))", inner)
        if guess:
            rd.report.ministry = guess.group(1)
            rd.put(
                report_place("ministry"),
                guess.group(1),
                [cell],
                sure=False,
                reason=tr(
                    "評価書番号「{id}」から府省名を推測しました",
                    "the ministry was guessed from the document number {id!r}",
                    id=inner,
                ),
            )


def _policy(rd: Reading, content: Content) -> None:
    for label in content.starts("policy_name"):
        lines, cells = content.lines(label)
        text = "\n".join(lines).strip()
        if not text:
            continue
        found = _POLICY.match(unicodedata.normalize("NFKC", text).replace("\n", ""))
        value = text
        if found and len(found.group("prefix")) <= 4:
            number = int(found.group("n"))
            value = found.group("name").strip()
            rd.report.policy_number = number
            rd.put(report_place("policy_number"), number, cells)
            value = _original_tail(text, value)
        rd.report.policy_name = value
        rd.put(report_place("policy_name"), value, cells)
        break
    for label in content.starts("field"):
        lines, cells = content.lines(label)
        value = "\n".join(lines).strip()
        rd.report.field = value
        rd.put(report_place("field"), value, cells)
        break


def _original_tail(text: str, folded_tail: str) -> str:
    """The end of ``text`` that NFKC folds to ``folded_tail`` (the name as typed, widths kept)."""
    for i in range(len(text)):
        if unicodedata.normalize("NFKC", text[i:]).replace("\n", "").strip() == folded_tail:
            return text[i:].strip()
    return folded_tail


def _text(rd: Reading, content: Content, label_name: str, field_name: str) -> None:
    for label in content.starts(label_name):
        lines, cells = content.lines(label)
        value = "\n".join(lines).strip()
        setattr(rd.report, field_name, value)
        rd.put(report_place(field_name), value, cells)
        return


def _goal(rd: Reading, content: Content) -> None:
    starts = content.starts("basic_goal")
    if not starts:
        return
    lines, cells = content.lines(starts[0])
    final, middle = _marker("final_outcome"), _marker("intermediate_outcomes")
    final_lines: list[str] = []
    bullets: list[str] = []
    where = ""
    for line in lines:
        if m := final.match(line):
            where, line = "final", line[m.end() :]
        elif m := middle.match(line):
            where, line = "middle", line[m.end() :]
        if where == "final":
            final_lines.append(line.strip())
        elif where == "middle":
            item = line.strip().lstrip("\u3000 ")
            if item.startswith(("・", "･")):
                bullets.append(item[1:].strip())
            elif item and bullets:
                bullets[-1] += "\n" + item
            elif item:
                bullets.append(item)
        elif line.strip():
            final_lines.append(line.strip())
    text = "\n".join(x for x in final_lines if x)
    sure = where != ""
    reason = (
        ""
        if sure
        else tr(
            "［最終アウトカム］の見出しがないため全体を最終アウトカムとしました",
            "no ［最終アウトカム］ heading: the whole text was taken as the final outcome",
        )
    )
    rd.report.final_outcome = text
    rd.put(report_place("final_outcome"), text, cells, sure=sure, reason=reason)
    rd.report.intermediate_outcomes = bullets
    for i, bullet in enumerate(bullets):
        rd.put(f"report.intermediate_outcomes[{i}]", bullet, cells)
