"""The 測定指標 table, read by its headings: 施策目標, 測定指標, 基準（値）【年度】,
目標（値）【年度】, the fiscal years, 達成 — in whatever order the form puts its columns —
and per indicator the rows 年度ごとの目標（値） and 年度ごとの実績（値）.

An indicator's number is circled when it is a 主要な測定指標 (①); its name cell carries the
kind (＜アウトカム指標＞) and tags (【…KPI関係】). Values are taken apart by
:mod:`models.foreign.quantities`; a wording hyoka would print the same from the figures alone
(「1,182団体」) is not kept as text, so hyoka's own forms come back as they were.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from models.foreign.grid import GridCell
from models.foreign.quantities import CellReading, PartValue, read_cell
from models.foreign.reading import Content, Reading
from models.foreign.values import fiscal_year, is_blank_mark
from models.foreign.vocabulary import fold
from models.i18n import tr
from models.printed.indicators import objective_table
from models.printed.profiles import load_profile
from models.report.labels import KIND_LABELS
from models.report.model import (
    MARKS,
    Baseline,
    Indicator,
    IndicatorPart,
    IndicatorYear,
    Objective,
    Target,
)
from models.report.paths import indicator_place, objective_place

_KINDS = {fold(label): kind for kind, label in KIND_LABELS.items()}
_KIND = re.compile(r"[＜<]\s*[^＜<＞>]*?指標\s*[＞>]")
_TAG = re.compile(r"【[^【】]*】")
_CIRCLED = re.compile(r"^[①-⑳㉑-㉟㊱-㊿]$")
_MAIN_PAREN = re.compile(r"^[（(]\s*(\d+)\s*[)）]$")
_DASHES = {"-", "－", "―", "‐", "—", "−", "ー", "─"}


@dataclass
class _Heads:
    objective: GridCell
    indicator: GridCell | None
    baseline: GridCell | None
    target: GridCell | None
    mark: GridCell | None
    years: list[tuple[int, GridCell]]


def _under(cell: GridCell, head: GridCell | None) -> bool:
    return head is not None and cell.col <= head.last_col and cell.last_col >= head.col


def read_indicators(rd: Reading, content: Content) -> None:
    tables = [h for h in (_heads(rd, o) for o in rd.find("objective")) if h is not None]
    for n, heads in enumerate(tables):
        end = _table_end(rd, content, heads, tables[n + 1] if n + 1 < len(tables) else None)
        _read_table(rd, heads, end)


def _heads(rd: Reading, objective: GridCell) -> _Heads | None:
    band = [c for c in rd.grid.band(objective.row, objective.last_row) if c.row >= objective.row]
    found: dict[str, GridCell] = {}
    years: list[tuple[int, GridCell]] = []
    for cell in band:
        m = rd.label(cell)
        if m is not None and m.name not in found:
            found[m.name] = cell
        elif m is None and cell.number is None:
            fy = fiscal_year(cell.text)
            if fy.value is not None:
                years.append((fy.value, cell))
    if "indicator_header" not in found and "baseline_header" not in found:
        return None
    rd.take([objective, *found.values(), *(c for _, c in years)])
    return _Heads(
        objective,
        found.get("indicator_header"),
        found.get("baseline_header"),
        found.get("target_header"),
        found.get("mark_header"),
        sorted(years, key=lambda p: p[1].col),
    )


def _table_end(rd: Reading, content: Content, heads: _Heads, after: _Heads | None) -> int:
    last = heads.objective.last_row
    limit = after.objective.row - 1 if after else rd.grid.last_row
    for cell in rd.grid.starting_in(last + 1, limit):
        if content.opens(cell) and cell.col <= heads.objective.col + 1:
            return cell.row - 1
        if content.opens(cell) in ("means", "verdict", "analysis", "next_steps"):
            return cell.row - 1
    return limit


def _read_table(rd: Reading, heads: _Heads, end: int) -> None:
    first = heads.objective.last_row + 1
    objectives = [
        c
        for c in rd.grid.starting_in(first, end)
        if _under(c, heads.objective)
        and not _under(c, heads.indicator)
        and c.index not in rd.labels
        and not c.blank
    ]
    if not objectives:
        _read_objective(rd, heads, None, first, end)
        return
    for i, cell in enumerate(objectives):
        last = objectives[i + 1].row - 1 if i + 1 < len(objectives) else end
        _read_objective(rd, heads, cell, cell.row, max(last, cell.last_row))


def _read_objective(
    rd: Reading, heads: _Heads, cell: GridCell | None, first: int, last: int
) -> None:
    index = len(rd.report.objectives)
    objective = Objective(text="" if cell is None else cell.text.strip())
    rd.report.objectives.append(objective)
    if cell is not None:
        rd.put(objective_place(index, "text"), objective.text, [cell])
    rd.objective_rows.append((index, first, last))
    anchors = _anchors(rd, heads, first, last)
    for i, (number_cell, name_cell) in enumerate(anchors):
        top = min(c.row for c in (number_cell, name_cell) if c is not None)
        nxt = anchors[i + 1] if i + 1 < len(anchors) else None
        bottom = last
        if nxt is not None:
            bottom = min(c.row for c in nxt if c is not None) - 1
        ind = _indicator(
            rd, heads, number_cell, name_cell, top, bottom, len(rd.report.indicators())
        )
        objective.indicators.append(ind)


def _anchors(
    rd: Reading, heads: _Heads, first: int, last: int
) -> list[tuple[GridCell | None, GridCell | None]]:
    """(number cell, name cell) of each indicator, top to bottom."""
    head = heads.indicator or heads.baseline
    assert head is not None
    out: list[tuple[GridCell | None, GridCell | None]] = []
    cells = [
        c
        for c in rd.grid.starting_in(first, last)
        if _under(c, heads.indicator) and c.index not in rd.labels and not c.blank
    ]
    seen: set[int] = set()
    for cell in cells:
        if cell.index in seen:
            continue
        if _number_of(cell.text) is not None:
            name = next(
                (
                    c
                    for c in cells
                    if c.row == cell.row and c.col > cell.last_col and c.index not in seen
                ),
                None,
            )
            seen.add(cell.index)
            if name is not None:
                seen.add(name.index)
            out.append((cell, name))
        else:
            seen.add(cell.index)
            out.append((None, cell))
    return out


def _number_of(text: str) -> tuple[int, bool] | None:
    """(number, main) of a number cell: ① is main 1, ２ is 2, （51） is main 51."""
    s = text.strip()
    if _CIRCLED.match(s):
        return int(unicodedata.numeric(s)), True
    folded = unicodedata.normalize("NFKC", s)
    if folded.isdigit():
        return int(folded), False
    if m := _MAIN_PAREN.match(folded):
        return int(m.group(1)), True
    return None


_LEAD = re.compile(
    r"^([①-⑳㉑-㉟㊱-㊿]|[0-9０-９]+[.．\s　]|[（(][0-9０-９]+[)）]"
    r"|[0-9０-９]+(?=[^\d０-９,，.．%％]))\s*"
)


def _split_name(text: str, numbered: bool) -> tuple[str, str, list[str], str | None]:
    """(name, kind, tags, leading number) of an indicator's name cell; the number leads the
    name only where the form has no number column (``numbered`` False)."""
    s = text.strip()
    lead: str | None = None
    if not numbered and (m := _LEAD.match(s)):
        lead, s = m.group(1).rstrip(".．　 "), s[m.end() :]
    kind = ""
    if k := _KIND.search(s):
        kind = _KINDS.get(fold(k.group()), "")
        s = s[: k.start()] + s[k.end() :]
    tags = [t[1:-1].replace("\n", "").strip() for t in _TAG.findall(s)]
    s = _TAG.sub("", s)
    name = "\n".join(line.strip() for line in s.split("\n") if line.strip())
    return name, kind, tags, lead


def _indicator(
    rd: Reading,
    heads: _Heads,
    number_cell: GridCell | None,
    name_cell: GridCell | None,
    top: int,
    bottom: int,
    count: int,
) -> Indicator:
    numbered = _number_of(number_cell.text) if number_cell else None
    name, kind, tags, lead = _split_name(name_cell.text if name_cell else "", numbered is not None)
    if numbered is None and lead is not None:
        numbered = _number_of(lead)
    sure = numbered is not None
    number, main = numbered if numbered else (count + 1, False)
    ind = Indicator(number=number, name=name, main=main, kind=kind, tags=tags)
    cells = [c for c in (number_cell, name_cell) if c is not None]
    place = indicator_place(number)
    reason = (
        "" if sure else tr("番号がないため {n} としました", "no number: numbered {n}", n=number)
    )
    rd.put(place + ".number", number, cells, sure=sure, reason=reason)
    rd.put(place + ".main", main, cells, sure=sure, reason=reason)
    rd.put(place + ".name", name, cells)
    if kind:
        rd.put(place + ".kind", kind, cells, parsed=True)
    for i, tag in enumerate(tags):
        rd.put(f"{place}.tags[{i}]", tag, cells)
    rows = [c for c in rd.grid.band(top, bottom) if c.row >= top and c.index not in rd.used]
    _values(rd, ind, heads, rows, top, bottom)
    return ind


def _first(rows: list[GridCell], head: GridCell | None) -> GridCell | None:
    return next((c for c in rows if _under(c, head)), None)


def _values(
    rd: Reading, ind: Indicator, heads: _Heads, rows: list[GridCell], top: int, bottom: int
) -> None:
    place = indicator_place(ind.number)
    readings: list[tuple[CellReading, GridCell]] = []
    base_cell = _first(rows, heads.baseline)
    if base_cell is not None and not is_blank_mark(base_cell.text):
        got = read_cell(base_cell.text, tagged=True)
        readings.append((got, base_cell))
        ind.baseline = Baseline(
            got.fiscal_year,
            got.figure.value,
            got.figure.numerator,
            got.figure.denominator,
            got.text,
            got.note,
        )
        _put_value(rd, place + ".baseline", ind.baseline, got, base_cell)
    target_cell = _first(rows, heads.target)
    if target_cell is not None and not is_blank_mark(target_cell.text):
        got = read_cell(target_cell.text, tagged=True)
        readings.append((got, target_cell))
        ind.target = Target(
            got.fiscal_year,
            got.figure.value,
            True if got.figure.approximate else None,
            got.text,
            got.note,
        )
        _put_value(rd, place + ".target", ind.target, got, target_cell)
    mark_cell = _first(rows, heads.mark)
    if mark_cell is not None:
        _mark(rd, ind, mark_cell)
    target_row, actual_row, row_sure = _year_rows(rd, rows, top, bottom)
    years: dict[int, IndicatorYear] = {}
    year_cells: dict[tuple[int, str], GridCell] = {}
    for fy, head in heads.years:
        for row, what in ((target_row, "target"), (actual_row, "actual")):
            if row is None:
                continue
            cell = next((c for c in rows if c.row == row and _under(c, head) and not c.blank), None)
            if cell is None or (is_blank_mark(cell.text) and cell.number is None):
                continue
            got = read_cell(cell.text, dated=what == "actual")
            readings.append((got, cell))
            year = years.setdefault(fy, IndicatorYear(fy))
            year_cells[(fy, what)] = cell
            if what == "target":
                year.target, year.target_text = got.figure.value, got.text
            else:
                year.actual, year.actual_text = got.figure.value, got.text
                year.numerator, year.denominator = got.figure.numerator, got.figure.denominator
                year.as_of, year.note = got.as_of, got.note
            joined = _joined(cell)
            sure = got.sure and row_sure and not joined
            reason = (
                got.reason
                or joined
                or (
                    ""
                    if row_sure
                    else tr(
                        "行の見出し（年度ごとの目標・実績）がないため推測しました",
                        "no row heading (yearly target or actual): guessed",
                    )
                )
            )
            rd.put(
                f"{place}.years[{fy}].{what}",
                got.figure.value,
                [cell],
                sure=sure,
                reason=reason,
            )
            _put_part_years(rd, ind, fy, what, got, cell)
    ind.years = [years[fy] for fy in sorted(years)]
    _unit(rd, ind, readings)
    _part_ends(rd, ind, base_cell, target_cell)
    rd.take(rows)
    _drop_printed_texts(ind, year_cells, base_cell, target_cell)


def _joined(cell: GridCell) -> str:
    """Why a figure read from ``cell`` is a guess although its figure is clear: the wording
    kept beside it (``*_text``, the as-of date, the note) came through guessed line breaks."""
    if not cell.joined:
        return ""
    return tr(
        "PDF の改行を推測でつなぎました（記載・時点・備考）",
        "line breaks of the PDF were joined by guess (wording, as-of date, note)",
    )


def _put_value(
    rd: Reading, path: str, value: Baseline | Target, got: CellReading, cell: GridCell
) -> None:
    joined = _joined(cell)
    rd.put(
        path + ".value",
        value.value,
        [cell],
        sure=got.sure and not joined,
        reason="；".join(r for r in (got.reason, joined) if r),
    )
    if value.fiscal_year is not None:
        rd.put(path + ".fiscal_year", value.fiscal_year, [cell])
    elif value.value is not None:
        rd.put(
            path + ".fiscal_year",
            None,
            [cell],
            sure=False,
            reason=tr("年度の【】書きがありません", "no year tag 【…年度】"),
        )


def _mark(rd: Reading, ind: Indicator, cell: GridCell) -> None:
    text = unicodedata.normalize("NFKC", cell.text).strip()
    if not text:
        return
    mark = "－" if text in _DASHES else text
    path = indicator_place(ind.number, "mark")
    if mark in MARKS:
        ind.mark = mark
        rd.put(path, mark, [cell], parsed=True)
    else:
        rd.put(
            path,
            None,
            [cell],
            sure=False,
            reason=tr(
                "達成欄「{t}」はイ・ロ・ハ・－のいずれでもありません",
                "the mark {t!r} is not イ, ロ, ハ or －",
                t=cell.text.strip(),
            ),
        )


def _year_rows(
    rd: Reading, rows: list[GridCell], top: int, bottom: int
) -> tuple[int | None, int | None, bool]:
    """The rows of the yearly targets and actuals, by their labels; else guessed from the
    indicator's rows (two rows: targets then actuals; one row: actuals)."""
    target = next((c.row for c in rows if (m := rd.label(c)) and m.name == "yearly_target"), None)
    actual = next((c.row for c in rows if (m := rd.label(c)) and m.name == "yearly_actual"), None)
    if target is not None or actual is not None:
        return target, actual, True
    if bottom > top:
        return top, top + 1, False
    return None, top, False


def _unit(rd: Reading, ind: Indicator, readings: list[tuple[CellReading, GridCell]]) -> None:
    """The indicator's unit: the one its figures are written in (「団体」, 「%」)."""
    with_unit = [(r, c) for r, c in readings if r.figure.unit and r.figure.value is not None]
    units = Counter(r.figure.unit for r, _ in with_unit)
    if not units:
        return
    unit = units.most_common(1)[0][0]
    ind.unit = unit
    sure = len(units) == 1
    reason = (
        ""
        if sure
        else tr(
            "単位がそろっていません（{units}）",
            "the units differ ({units})",
            units="、".join(units),
        )
    )
    cells = [c for r, c in with_unit if r.figure.unit == unit]
    rd.put(indicator_place(ind.number, "unit"), unit, cells, sure=sure, reason=reason)


def _put_part_years(
    rd: Reading, ind: Indicator, fy: int, what: str, got: CellReading, cell: GridCell
) -> None:
    for pv in got.parts:
        part = _part(ind, pv.name)
        year = part.year(fy)
        if year is None:
            year = IndicatorYear(fy)
            part.years.append(year)
            part.years.sort(key=lambda y: y.fiscal_year)
        setattr(year, what, pv.figure.value)
        if what == "actual" and got.as_of is not None:
            year.as_of = got.as_of
        if pv.figure.unit and not part.unit:
            part.unit = pv.figure.unit
        n = ind.parts.index(part)
        rd.put(
            f"{indicator_place(ind.number)}.parts[{n}].years[{fy}].{what}",
            pv.figure.value,
            [cell],
            sure=pv.sure,
            reason=_part_reason(pv),
        )


def _part_reason(pv: PartValue) -> str:
    if pv.sure:
        return ""
    return tr(
        "文中の「{name}」の数値を読み取りました",
        "the figure of {name!r} was read from a sentence",
        name=pv.name,
    )


def _part(ind: Indicator, name: str) -> IndicatorPart:
    for part in ind.parts:
        if part.name == name:
            return part
    part = IndicatorPart(name=name)
    ind.parts.append(part)
    return part


def _matching_part(ind: Indicator, name: str) -> IndicatorPart | None:
    """The うち series a sentence's 「うち自治体クラウド導入団体」 names (its name's start)."""
    stem = name.rstrip("はが数")
    for part in ind.parts:
        if part.name == name or part.name.startswith(stem):
            return part
    return None


def _part_ends(
    rd: Reading,
    ind: Indicator,
    base_cell: GridCell | None,
    target_cell: GridCell | None,
) -> None:
    """The うち series' baseline and target, from the baseline's and the target's wording."""
    place = indicator_place(ind.number)
    for which, cell in (("baseline", base_cell), ("target", target_cell)):
        if cell is None:
            continue
        own = getattr(ind, which)
        reading = read_cell(cell.text, tagged=True)
        for pv in reading.parts:
            part = _matching_part(ind, pv.name)
            if part is None:
                if not ind.years:
                    part = _part(ind, pv.name)
                else:
                    continue
            end = getattr(part, which)
            end.fiscal_year = own.fiscal_year
            end.value = pv.figure.value
            if which == "target" and pv.figure.approximate:
                end.approximate = True
            if pv.figure.unit and not part.unit:
                part.unit = pv.figure.unit
            n = ind.parts.index(part)
            rd.put(
                f"{place}.parts[{n}].{which}.value",
                end.value,
                [cell],
                sure=pv.sure,
                reason=_part_reason(pv),
            )
    for n, part in enumerate(ind.parts):
        rd.put(f"{place}.parts[{n}].name", part.name, [], sure=True)
        if part.unit:
            rd.put(f"{place}.parts[{n}].unit", part.unit, [])


def _drop_printed_texts(
    ind: Indicator,
    year_cells: dict[tuple[int, str], GridCell],
    base_cell: GridCell | None,
    target_cell: GridCell | None,
) -> None:
    """Leave out a wording that hyoka prints the same from the figures alone."""
    fields: list[tuple[object, str, GridCell, int, int]] = []
    years = [y.fiscal_year for y in ind.years]
    if base_cell is not None and ind.baseline.text:
        fields.append((ind.baseline, "text", base_cell, 0, 3))
    if target_cell is not None and ind.target.text:
        fields.append((ind.target, "text", target_cell, 0, 4))
    for (fy, what), cell in year_cells.items():
        y = ind.year(fy)
        if y is None:
            continue
        column = 6 + years.index(fy)
        if what == "target" and y.target_text:
            fields.append((y, "target_text", cell, 0, column))
        if what == "actual" and y.actual_text:
            fields.append((y, "actual_text", cell, 1, column))
    if not fields:
        return
    profile = load_profile("guideline")
    for holder, name, cell, row, column in fields:
        kept = getattr(holder, name)
        setattr(holder, name, "")
        table = objective_table(Objective(indicators=[ind]), profile)
        if _same(table.rows[row][column], cell.text):
            continue
        setattr(holder, name, kept)


def _same(printed: str, source: str) -> bool:
    return printed.strip() == source.strip()
