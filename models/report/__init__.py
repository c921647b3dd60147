"""The report itself: its dataclasses, the form's vocabulary and labels, eras and numbers,
places in a report (paths and their words) and its change records. Imports nothing from
the store, snapshots or rules: everything else is built on it."""
