"""Benchmarks, run as modules (``python -m bench.gateway``); see ``bench/README.md``.

Kept free of imports: the load-generator worker processes import ``bench.loadgen`` and nothing else.
"""
