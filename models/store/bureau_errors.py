"""What the store refuses about people, roles and the review (ja/en)."""

from __future__ import annotations

from models.i18n import tr
from models.store.errors import StoreError


class NotAllowedHere(StoreError):
    """The person's role may not do this; the message names who may. Nothing was written."""


class UnknownPerson(StoreError):
    def __init__(self, name: str):
        self.name = name
        super().__init__(
            tr(
                "{name} という利用者はいません（hyoka users list）",
                "no person named {name} (hyoka users list)",
                name=name,
            )
        )


class PersonTaken(StoreError):
    """A name already there, or a key that is already someone's."""


class NoComment(StoreError):
    def __init__(self, key: str, comment_id: int):
        super().__init__(
            tr(
                "{key} にコメント {id} はありません（hyoka review {key} --all）",
                "{key} has no comment {id} (hyoka review {key} --all)",
                key=key,
                id=comment_id,
            )
        )


class Settled(StoreError):
    """An edit of a report that is 確認済 or 公表済: it must move back to 作成中 first."""

    def __init__(self, key: str, status: str):
        self.key, self.status = key, status
        super().__init__(
            tr(
                "{key} は{status}です。変更するには先に作成中に戻してください"
                "（hyoka status {key} --set 作成中）。何も保存していません",
                "{key} is {status}; move it back to 作成中 before changing it "
                "(hyoka status {key} --set 作成中). Nothing was saved",
                key=key,
                status=status,
            )
        )


class BadMove(StoreError):
    """A status move that does not exist, or that the person's role may not make."""


class NoPlace(StoreError):
    def __init__(self, key: str, place: str):
        super().__init__(
            tr(
                "{key} に {place} という場所はありません（例: indicator[1].target、"
                "budget[2021].total、verdict.rationale、report は全体）",
                "{key} has no place {place} (e.g. indicator[1].target, budget[2021].total, "
                "verdict.rationale; report for the whole)",
                key=key,
                place=place,
            )
        )
