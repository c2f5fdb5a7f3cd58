"""Run the CLI as ``python -m todokit``."""

import sys

from todokit.cli import main

sys.exit(main())
