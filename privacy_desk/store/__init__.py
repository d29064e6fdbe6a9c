"""Where cases live: SQLAlchemy models, migrations, backups and the audit chain.

Nothing outside this package knows that the database is SQLite.
"""
