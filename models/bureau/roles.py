"""What each role may do, and the review status moves each may make.

The store asks :func:`require` before every write (models/store/reading.py): a person whose
role may not is refused with :class:`NotAllowed`, which names who may. Outside a session the
store has no role (``None``): the local user may do everything, as before hyoka had roles.

- evaluator: edit reports (values, import, roll over, fix the plan, delete, restore), answer
  and resolve comments, the evaluator's status moves;
- reviewer: comment and answer, the reviewer's status moves; no edits of values;
- reader: nothing that writes.
"""

from __future__ import annotations

from models.bureau.people import role_word
from models.i18n import tr
from models.report.review import ACCEPTED, ASKED, DRAFT, PUBLISHED, RETURNED

# action → the roles that may do it
MAY: dict[str, tuple[str, ...]] = {
    "edit": ("evaluator",),
    "comment": ("reviewer",),
    "reply": ("evaluator", "reviewer"),
    "resolve": ("evaluator",),
    "status": ("evaluator", "reviewer"),  # which move: MOVES
    "people": (),  # only outside a session
}

# (from, to) → the role that may move a report so
MOVES: dict[tuple[str, str], str] = {
    (DRAFT, ASKED): "evaluator",
    (RETURNED, ASKED): "evaluator",
    (RETURNED, DRAFT): "evaluator",
    (ASKED, DRAFT): "evaluator",
    (ACCEPTED, DRAFT): "evaluator",
    (PUBLISHED, DRAFT): "evaluator",
    (ASKED, RETURNED): "reviewer",
    (ASKED, ACCEPTED): "reviewer",
    (ACCEPTED, PUBLISHED): "reviewer",
}


def _what(action: str) -> str:
    words = {
        "edit": ("レポートの変更", "changing a report"),
        "comment": ("コメント", "commenting"),
        "reply": ("コメントへの回答", "answering a comment"),
        "resolve": ("コメントの解決", "resolving a comment"),
        "status": ("確認状況の変更", "changing the review status"),
        "people": ("利用者の管理", "managing people"),
    }
    ja, en = words.get(action, (action, action))
    return tr(ja, en)


def who_may(action: str) -> str:
    roles = MAY.get(action, ())
    if not roles:
        return tr(
            "サーバーの管理者（セッションの外の hyoka）",
            "the server's administrator (hyoka outside a session)",
        )
    return tr("、", ", ").join(role_word(r) for r in roles)


def refusal(action: str, user: str, role: str) -> str | None:
    """Why ``user`` (``role``) may not do ``action``, or None when they may."""
    if action in MAY and role in MAY[action]:
        return None
    return tr(
        "{what}は {who} ができます。{user} は {role} です。何も保存していません",
        "{what} is for: {who}; {user} is a {role}. Nothing was saved",
        what=_what(action),
        who=who_may(action),
        user=user,
        role=role_word(role),
    )


def move_refusal(old: str, new: str, user: str, role: str | None) -> str | None:
    """Why the report may not move from ``old`` to ``new`` by ``user``, or None."""
    mover = MOVES.get((old, new))
    if mover is None:
        allowed = [f"{a} → {b}" for (a, b) in MOVES if a == old]
        return tr(
            "{old} から {new} へは移せません（{old} からは: {allowed}）",
            "a report cannot move from {old} to {new} (from {old}: {allowed})",
            old=old,
            new=new,
            allowed=tr("、", ", ").join(allowed) or "-",
        )
    if role is None or role == mover:
        return None
    return tr(
        "{old} → {new} は {who} ができます。{user} は {role} です。何も保存していません",
        "{old} → {new} is for: {who}; {user} is a {role}. Nothing was saved",
        old=old,
        new=new,
        who=role_word(mover),
        user=user,
        role=role_word(role),
    )
