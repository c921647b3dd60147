"""The order the government lists its 府省 in: wherever a list spans ministries (the
評価結果一覧, the calendar of evaluations), they come in this order, not by code point."""

from __future__ import annotations

# The order the government lists its 府省 and the bodies that evaluate their own policies
# (政策評価ポータル, 総務省), used wherever the list spans ministries.
MINISTRY_ORDER = (
    "内閣官房",
    "内閣法制局",
    "内閣府",
    "宮内庁",
    "公正取引委員会",
    "国家公安委員会",
    "警察庁",
    "個人情報保護委員会",
    "カジノ管理委員会",
    "金融庁",
    "消費者庁",
    "こども家庭庁",
    "デジタル庁",
    "復興庁",
    "総務省",
    "法務省",
    "外務省",
    "財務省",
    "文部科学省",
    "厚生労働省",
    "農林水産省",
    "経済産業省",
    "国土交通省",
    "環境省",
    "原子力規制委員会",
    "防衛省",
)
_RANK = {name: i for i, name in enumerate(MINISTRY_ORDER)}


def ministry_rank(ministry: str) -> tuple[int, str]:
    """A sort key: the ministry's place in :data:`MINISTRY_ORDER`, a ministry not in it after
    them all, by code point."""
    name = ministry.strip()
    return (_RANK.get(name, len(MINISTRY_ORDER)), name)
