"""Environment files in, typed and validated settings out."""

from atlas.config.errors import ConfigError, Problem, SettingError
from atlas.config.loader import load_settings, parse_tfvars

__all__ = ["ConfigError", "Problem", "SettingError", "load_settings", "parse_tfvars"]
