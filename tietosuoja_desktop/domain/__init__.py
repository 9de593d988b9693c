"""The domain: plain records, enums and rules.

Imports the standard library and small pure libraries (identifier checks) only;
never Qt, SQLAlchemy or reportlab."""
