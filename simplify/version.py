"""The version of simplify (no imports: the CLI answers --version without loading spaCy)."""

__version__ = "0.1.0"
