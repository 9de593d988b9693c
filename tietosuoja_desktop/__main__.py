"""``python -m tietosuoja_desktop`` opens the desktop application."""

from tietosuoja_desktop.ui.app import main

raise SystemExit(main())
