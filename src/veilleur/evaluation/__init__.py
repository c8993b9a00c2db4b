"""Evaluations against gold sets (run by `veilleur eval …` and gated in the test suite).

Baselines live in tests/baselines/*.json: the test suite fails when a score drops below
its baseline. Raising a baseline is a commit; lowering it needs a stated reason there.
"""
