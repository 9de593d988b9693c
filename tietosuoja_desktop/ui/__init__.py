"""The desktop windows (PySide6). Widgets call the services and show domain records; they never
open a database session themselves. Start-up lives in :mod:`.app`."""
