"""The domain: plain records, enums and rules. Imports nothing outside the standard library
except small pure libraries for holidays and identifier checks; never Qt, SQLAlchemy or reportlab."""
