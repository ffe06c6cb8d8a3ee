"""Reusable building blocks. They know AWS, never an environment's name.

Importing this package installs the lazy AWS provider loader before any binding is imported.
"""

from atlas import cdk as _cdk  # noqa: F401  (installs the provider loader first)
