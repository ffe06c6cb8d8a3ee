"""Test tooling: the gates every root must pass, run by the test suite (and by hand).

These are not part of the installed product: users synthesize with ``main.py``, whose own
checks (settings, rules, secrets scan) live in ``atlas/``. Each gate module here has a
command-line entry point, ``python -m tests.gates.<gate>``, described in its docstring.
"""
