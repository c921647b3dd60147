"""The 評価書の要旨 (the report's summary) laid out as hyoka prints it: one page published with
the 評価書, as the 政策評価法 asks (spec/publication.md).

Rows, in order: the title (評価書の要旨) over the report's own title and number; 政策名 (分野
beside it); 施策目標; 評価結果 — 目標達成度合いの測定結果 with its （判断根拠）, 政策の分析,
次期目標等への反映の方向性; 担当部局課室名 (作成責任者名 beside it); 政策評価実施時期; the
profile's footnotes whose mark it prints. Each text
part is the evaluator's shorter text where one is written (``[gist]``,
:class:`models.report.model.Gist`), else the report's own: every 施策目標's text, the full
判断根拠 and 政策の分析, and the 【施策】 of the next steps. ``hyoka check`` warns when it would
not fit one page (models/publish/gist_fit.py).
"""

from __future__ import annotations

from models.printed.blocks import Block, Document, Heading, Section, or_blank
from models.printed.profiles import Profile, profile_for
from models.printed.sections import (
    bureau_section,
    document_title,
    lines,
    policy_sections,
    referred_notes,
    report_document,
)
from models.printed.years import month_label
from models.report.eras import form_digits
from models.report.model import Report


def _objectives(report: Report, p: Profile) -> tuple[str, ...]:
    if report.gist.objectives.strip():
        return lines(report.gist.objectives)
    texts = [o.text for o in report.objectives if o.text.strip()]
    if len(texts) <= 1:
        return lines(or_blank(texts[0] if texts else ""))
    label = p.label("objective")
    return tuple(f"{label}{form_digits(i)}　{t}" for i, t in enumerate(texts, 1))


def _own(short: str, full: str) -> tuple[str, ...]:
    return lines(short if short.strip() else or_blank(full))


def gist_sections(report: Report, profile: Profile | None = None) -> list[Section]:
    """Every row of the 要旨, in printed order (see the module docstring)."""
    p = profile or profile_for(report.ministry)
    g, v = report.gist, report.verdict
    under = [document_title(report, p)]
    if report.document_id.strip():
        under.append(f"（{report.document_id}）")
    policy = policy_sections(report, p)[0]
    group = p.label("evaluation_group")
    verdict: list[Block] = [
        f"{p.label('verdict_note')}　　　{or_blank(v.category)}",
        Heading(p.label("rationale")),
        *_own(g.rationale, v.rationale),
    ]
    month = report.evaluation_month.strip()
    sections = [
        Section("title", p.label("gist_title"), tuple(under), layout="title"),
        policy,
        Section("objectives", p.label("objective"), _objectives(report, p)),
        Section("verdict", p.label("verdict"), tuple(verdict), group=group),
        Section("analysis", p.label("analysis"), _own(g.analysis, v.analysis), group=group),
        Section(
            "next_steps",
            p.label("next_steps"),
            _own(g.next_steps, report.next_steps.measures),
            group=group,
        ),
        bureau_section(report, p),
        Section(
            "evaluation_month",
            p.label("evaluation_month"),
            (or_blank(month_label(month) if month else ""),),
        ),
    ]
    notes = referred_notes(sections, p)  # 総務省's 政策（※１）名 takes its ※１
    return [*sections, notes] if notes else sections


def gist_title(report: Report, p: Profile) -> str:
    return f"{p.label('gist_title')}（{document_title(report, p)}）"


def gist_document(report: Report, profile: Profile | None = None) -> Document:
    """The 要旨 of ``report`` as one document, ready for any renderer."""
    p = profile or profile_for(report.ministry)
    return report_document(report, p, "gist", gist_title(report, p), gist_sections(report, p))
