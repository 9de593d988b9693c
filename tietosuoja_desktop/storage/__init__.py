"""Storage: the SQLite file, its mapped tables, queries and Alembic migrations. No Qt."""
