"""``python -m tietosuoja_desktop.cli``: the command line without the installed script."""

import sys

from . import main

sys.exit(main())
