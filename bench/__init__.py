"""Benchmarks for hyoka at ministry scale (docs/performance.md).

``python -m bench.generate`` makes synthetic reports; ``python -m bench.run`` measures.
Nothing here is imported by the app; a benchmark is not a test (timings are printed,
never asserted).
"""
