"""政策に関係する内閣の重要政策: under the headings 施政方針演説等の名称, 年月日 and 関係部分
（抜粋）, in whatever columns they stand, one policy a row until the next part of the form."""

from __future__ import annotations

from models.foreign.grid import GridCell
from models.foreign.reading import Content, Reading
from models.foreign.values import date_in, is_blank_mark
from models.i18n import tr
from models.report.model import CabinetPolicy

_COLUMNS = ("cabinet_name", "cabinet_date", "cabinet_excerpt")


def _under(cell: GridCell, head: GridCell) -> bool:
    return cell.col <= head.last_col and cell.last_col >= head.col


def read_cabinet(rd: Reading, content: Content) -> None:
    heads = {name: rd.first(name) for name in _COLUMNS}
    name_head = heads["cabinet_name"]
    if name_head is None:
        return
    section = content.starts("cabinet_policies")
    rd.take(section[:1])
    rd.take(h for h in heads.values() if h is not None)
    end = rd.grid.last_row  # to the next part (a label's rows may be cut by page breaks)
    for cell in rd.grid.starting_in(name_head.last_row + 1, rd.grid.last_row):
        if content.opens(cell) or (rd.label(cell) and cell.index not in rd.used):
            end = min(end, cell.row - 1)
            break
    policies: list[CabinetPolicy] = []
    for name_cell in rd.grid.starting_in(name_head.last_row + 1, end):
        if not _under(name_cell, name_head):
            continue
        if name_cell.blank:
            _continued(rd, policies, name_cell, heads["cabinet_excerpt"])
            continue
        row = [
            c
            for c in rd.grid.band(name_cell.row, name_cell.last_row)
            if c.row >= name_cell.row and c is not name_cell
        ]
        i = len(policies)
        policy = CabinetPolicy(name=name_cell.text.strip())
        date_head, excerpt_head = heads["cabinet_date"], heads["cabinet_excerpt"]
        date_cell = next((c for c in row if date_head and _under(c, date_head)), None)
        if policies and _split(name_cell, date_cell, policies[-1]):
            excerpt = next((c for c in row if excerpt_head and _under(c, excerpt_head)), None)
            _run_on(rd, policies, name_cell, excerpt)
            continue
        rd.put(f"cabinet_policies[{i}].name", policy.name, [name_cell])
        if date_cell is not None and not is_blank_mark(date_cell.text):
            got = date_in(date_cell.text)
            policy.date = got.value
            rd.put(
                f"cabinet_policies[{i}].date",
                None if got.value is None else got.value.isoformat(),
                [date_cell],
                sure=got.sure,
                reason=got.reason,
                parsed=True,
            )
        excerpt = next((c for c in row if excerpt_head and _under(c, excerpt_head)), None)
        if excerpt is not None and not excerpt.blank:
            policy.excerpt = excerpt.text.strip("\n")
            rd.put(f"cabinet_policies[{i}].excerpt", policy.excerpt, [excerpt])
        policies.append(policy)
    rd.report.cabinet_policies = policies


def _continued(
    rd: Reading, policies: list[CabinetPolicy], blank: GridCell, excerpt_head: GridCell | None
) -> None:
    """A row with no name whose excerpt has text: the policy above continued (a row a page
    break cut in two). Its text is added to that policy's excerpt, as a guess."""
    if not policies or excerpt_head is None:
        return
    rest = [
        c
        for c in rd.grid.band(blank.row, blank.last_row)
        if c.row >= blank.row and _under(c, excerpt_head) and not c.blank
    ]
    if not rest:
        return
    i = len(policies) - 1
    policies[i].excerpt += rest[0].text.strip("\n")
    rd.put(
        f"cabinet_policies[{i}].excerpt",
        policies[i].excerpt,
        [blank, *rest],
        sure=False,
        reason=tr(
            "次の行（改ページ後）に続く記載をつなげました",
            "the text continued in the next row (after a page break) was joined",
        ),
    )


def _split(name: GridCell, date: GridCell | None, before: CabinetPolicy) -> bool:
    """A row with a name but no date, the first after a page break (a PDF's row a word
    processor split), under a policy that has its date: the rest of that policy."""
    return name.joined and (date is None or date.blank) and before.date is not None


def _run_on(
    rd: Reading, policies: list[CabinetPolicy], name: GridCell, excerpt: GridCell | None
) -> None:
    """The policy above goes on in this row: its name straight on (cut mid-word), its excerpt
    after a line break; both as guesses."""
    i = len(policies) - 1
    reason = tr(
        "改ページで分かれた行（年月日のない次の行）をつなげました",
        "a row split by a page break (the next row, without a date) was joined",
    )
    policies[i].name += name.text.strip()
    rd.put(f"cabinet_policies[{i}].name", policies[i].name, [name], sure=False, reason=reason)
    if excerpt is not None and not excerpt.blank:
        text = excerpt.text.strip("\n")
        policies[i].excerpt = "\n".join(t for t in (policies[i].excerpt, text) if t)
        rd.put(
            f"cabinet_policies[{i}].excerpt",
            policies[i].excerpt,
            [excerpt],
            sure=False,
            reason=reason,
        )
