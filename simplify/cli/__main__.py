"""``python -m simplify.cli``."""

from . import main

raise SystemExit(main())
