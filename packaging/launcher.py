"""The bundle's entry point: the same start-up as ``tietosuoja-desktop`` from pip."""

import sys

from tietosuoja_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
