"""`python -m bot` does what the `sourcing-bot` command does."""

import sys

from bot.cli import main

sys.exit(main())
