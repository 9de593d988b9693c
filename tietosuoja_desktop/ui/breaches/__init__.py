"""The Breaches page: the breach log (Art 33-34) with its 72-hour clock."""
