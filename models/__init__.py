"""hyoka's domain: reports, their store, snapshots and the evaluation rules.

Nothing here imports textual or the ``tui`` package; the UI, the command line and the
tests are all clients of this package.
"""

__version__ = "0.1.0"
