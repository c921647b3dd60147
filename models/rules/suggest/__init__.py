"""What hyoka suggests from the numbers: a mark per indicator (``marks``), how a figure is
held against its target (``bounds``, ``pace``), where its trend leads (``projection``), the
verdict category (``verdict``) and the words that explain it (``explain``, ``readings``)."""
