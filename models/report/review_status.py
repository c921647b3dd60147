"""The review statuses of a report, alone: the command line builds ``--status`` and ``--set``
from them for ``hyoka --help`` without importing dataclasses (models/report/review.py)."""

DRAFT, ASKED, RETURNED, ACCEPTED, PUBLISHED = "作成中", "確認依頼", "差戻し", "確認済", "公表済"
STATUSES = (DRAFT, ASKED, RETURNED, ACCEPTED, PUBLISHED)
# a report in these is not edited by accident: an edit moves it back to 作成中 first
SETTLED = (ACCEPTED, PUBLISHED)
