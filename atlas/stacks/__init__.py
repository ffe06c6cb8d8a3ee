"""Compositions: one environment's settings in, one or more Terraform roots out."""

from atlas import cdk as _cdk  # noqa: F401  (installs the provider loader first)
