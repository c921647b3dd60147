"""Text as people read it: Japanese line breaking (禁則処理) and showing what changed in a text.

No UI here: the TUI's read-only panels, the preview and the published documents call these
functions and draw the lines they return.
"""
