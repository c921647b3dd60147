"""Kept for importers of the former module (tui/widgets/verdict_basis.py): the indicator
numbering now lives in :mod:`models.printed.indicators`."""

from models.printed.indicators import circled, indicator_number

__all__ = ["circled", "indicator_number"]
