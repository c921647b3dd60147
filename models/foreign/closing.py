"""The evaluation and the closing rows: 目標達成度合いの測定結果 （各行政機関共通区分） and
（判断根拠）, 政策の分析, 次期目標等への反映の方向性 (【施策】, the 予算概算要求's category, its
主な反映内容, 税制…への主な反映内容), 学識経験を有する者の知見等の活用, 資料, 担当部局課室名,
作成責任者名 and 政策評価実施時期."""

from __future__ import annotations

import re
import unicodedata

from models.foreign.grid import GridCell
from models.foreign.reading import Content, Reading
from models.foreign.values import fiscal_year_in, month_in
from models.foreign.vocabulary import Vocabulary, fold
from models.i18n import tr
from models.report.labels import LABELS
from models.report.model import VERDICT_CATEGORIES, Responsible
from models.report.paths import report_place, verdict_place

# a title run into the family name: the post's word, then one to three characters that are
# not a post's own continuation (課長補佐, 室長代理)
_LOST_SPACE = re.compile(
    r"(?P<post>長|官|監|参与|参事|主幹)(?P<family>(?!補佐|代理|心得)[^\s\u3000]{1,3})$"
)
_POST_END = re.compile(r"(?:長|官|監|参与|参事|主幹)$")
_CATEGORIES = {fold(c): c for c in VERDICT_CATEGORIES}
_VIEW = re.compile(
    rf"[（(]\s*(?P<fy>[^（()）]*?年度)?\s*{re.escape(LABELS['budget_request_view'][0])}\s*[)）]"
)


def read_closing(rd: Reading, content: Content) -> None:
    _verdict(rd, content)
    _analysis(rd, content)
    _next_steps(rd, content)
    for name in ("expert_knowledge", "materials", "bureau"):
        _plain(rd, content, name)
    _responsible(rd, content)
    _month(rd, content)


def _lines(rd: Reading, content: Content, name: str) -> tuple[list[str], list[GridCell]]:
    starts = content.starts(name)
    if not starts:
        return [], []
    return content.lines(starts[0])


def _sub(vocab: Vocabulary, line: str) -> tuple[str, str] | None:
    """(label name, the rest of the line) when ``line`` starts with a label inside a part."""
    whole = vocab.exact(line)
    if whole is not None:
        return whole.name, ""
    lead = vocab.leading(line)
    if lead is not None:
        return lead.name, lead.rest
    return None


def _verdict(rd: Reading, content: Content) -> None:
    lines, cells = _lines(rd, content, "verdict")
    if not cells:
        return
    category_text = ""
    rationale: list[str] = []
    where = ""
    for line in lines:
        sub = _sub(rd.vocab, line.strip())
        if sub and sub[0] == "verdict_note":
            where, category_text = "category", sub[1]
            continue
        if sub and sub[0] == "rationale":
            where = "rationale"
            if sub[1]:
                rationale.append(sub[1])
            continue
        if where == "category" and not category_text and line.strip():
            category_text = line.strip()
        elif where == "rationale":
            rationale.append(line)
        elif not where and line.strip() and not category_text:
            category_text, where = line.strip(), "category"
    folded = fold(category_text)
    category = _CATEGORIES.get(folded, "")
    if category_text:
        sure = bool(category)
        reason = (
            ""
            if sure
            else tr(
                "測定結果「{t}」は各行政機関共通区分のいずれでもありません",
                "the result {t!r} is not one of the common categories",
                t=category_text,
            )
        )
        rd.report.verdict.category = category
        rd.put(
            verdict_place("category"),
            category or None,
            cells,
            sure=sure,
            reason=reason,
            parsed=True,
        )
    text = "\n".join(rationale).strip("\n")
    rd.report.verdict.rationale = text
    rd.put(verdict_place("rationale"), text, cells)


def _analysis(rd: Reading, content: Content) -> None:
    lines, cells = _lines(rd, content, "analysis")
    if cells:
        text = "\n".join(lines)
        rd.report.verdict.analysis = text
        rd.put(verdict_place("analysis"), text, cells)


def _next_steps(rd: Reading, content: Content) -> None:
    lines, cells = _lines(rd, content, "next_steps")
    if not cells:
        return
    steps = rd.report.next_steps
    measures: list[str] = []
    request: list[str] = []
    reflection: list[str] = []
    institutional: list[str] = []
    where = "measures"
    for line in lines:
        stripped = line.strip()
        folded = unicodedata.normalize("NFKC", stripped).replace(" ", "")
        if view := _VIEW.search(folded):
            if view.start() > 0:  # the heading ran on from the line before it
                measures.append(_before(line, view.start()))
            tail = folded[view.end() :]
            if tail:
                request.append(tail)
            where = "request"
            if view.group("fy"):
                year = fiscal_year_in(view.group("fy"))
                steps.budget_request_fiscal_year = year.value
                rd.put(
                    "next_steps.budget_request_fiscal_year",
                    year.value,
                    cells,
                    sure=year.sure,
                    reason=year.reason,
                )
            continue
        sub = _sub(rd.vocab, stripped)
        if sub and sub[0] in ("measures", "budget_request", "institutional"):
            continue
        if sub and sub[0] == "budget_reflection":
            where = "reflection"
            line = sub[1]
        elif sub and sub[0] == "institutional_reflection":
            where = "institutional"
            line = sub[1]
        {
            "measures": measures,
            "request": request,
            "reflection": reflection,
            "institutional": institutional,
        }[where].append(line)
    steps.measures = "\n".join(measures).strip("\n")
    steps.budget_request = "\n".join(x.strip() for x in request if x.strip())
    steps.budget_reflection = "\n".join(reflection).strip()
    steps.institutional_reflection = "\n".join(institutional).strip()
    for name in ("measures", "budget_request", "budget_reflection", "institutional_reflection"):
        value = getattr(steps, name)
        if value:
            rd.put(f"next_steps.{name}", value, cells)
    _reflection_labels(rd, content, cells)


def _before(line: str, folded_at: int) -> str:
    """The part of ``line`` before position ``folded_at`` of its NFKC, space-less form."""
    for i in range(len(line) + 1):
        if len(unicodedata.normalize("NFKC", line[:i]).replace(" ", "")) >= folded_at:
            return line[:i]
    return line


def _reflection_labels(rd: Reading, content: Content, cells: list[GridCell]) -> None:
    """Where the 主な反映内容 are label cells of their own (hyoka's layout, the seed's)."""
    steps = rd.report.next_steps
    for name in ("budget_reflection", "institutional_reflection"):
        for label in rd.find(name):
            if label in cells or label.index in rd.used:
                continue
            lines, got = content.lines(label)
            value = "\n".join(lines).strip()
            if value:
                setattr(steps, name, value)
                rd.put(f"next_steps.{name}", value, got)
            rd.take([label])
            m = rd.label(label)
            if (
                name == "budget_reflection"
                and m
                and m.year
                and not steps.budget_request_fiscal_year
            ):
                year = fiscal_year_in(m.year)
                steps.budget_request_fiscal_year = year.value
                rd.put("next_steps.budget_request_fiscal_year", year.value, [label])


def _plain(rd: Reading, content: Content, name: str) -> None:
    lines, cells = _lines(rd, content, name)
    if cells:
        value = "\n".join(lines).strip()
        setattr(rd.report, name, value)
        rd.put(report_place(name), value, cells)


def _responsible(rd: Reading, content: Content) -> None:
    lines, cells = _lines(rd, content, "responsible")
    people: list[Responsible] = []
    for line in (x.strip() for x in lines):
        if not line:
            continue
        parts = re.split(r"[\u3000 ]+", line, maxsplit=1)
        i = len(people)
        m = _lost_space(parts, cells)
        if m is not None:
            # a PDF whose line break took the space after the title: 「…室長小牧　兼太郎」
            people.append(
                Responsible(parts[0][: m.start("family")], f"{m['family']}\u3000{parts[1]}")
            )
            reason = tr(
                "役職と氏名の区切りを役職名の末尾（{post}）から推測しました",
                "title and name were told apart by the end of the title ({post})",
                post=m["post"],
            )
            rd.put(f"report.responsible[{i}]", line, cells, sure=False, reason=reason)
        elif len(parts) == 2:
            people.append(Responsible(parts[0], parts[1]))
            rd.put(f"report.responsible[{i}]", line, cells)
        else:
            people.append(Responsible(line, ""))
            rd.put(
                f"report.responsible[{i}]",
                line,
                cells,
                sure=False,
                reason=tr(
                    "役職と氏名の区切り（空白）がありません: 全体を役職としました",
                    "no space between title and name: all of it was taken as the title",
                ),
            )
    rd.report.responsible = people


def _lost_space(parts: list[str], cells: list[GridCell]) -> re.Match[str] | None:
    """Where a title runs into the family name in a PDF whose line break took the space
    between them (「…室長小牧」「兼太郎」): a title that does not end in a post's word but has one
    a few characters before its end."""
    if len(parts) != 2 or not any(c.joined for c in cells) or _POST_END.search(parts[0]):
        return None
    return _LOST_SPACE.search(parts[0])


def _month(rd: Reading, content: Content) -> None:
    lines, cells = _lines(rd, content, "evaluation_month")
    text = "\n".join(lines).strip()
    if not text:
        rd.take(cells)
        return
    got = month_in(text)
    rd.report.evaluation_month = got.value or ""
    rd.put(
        report_place("evaluation_month"),
        got.value,
        cells,
        sure=got.sure,
        reason=got.reason,
        parsed=True,
    )
