"""Storage: the SQLite file, Peewee models, migrations and bulk helpers.

SQLite specifics (pragmas, backup API, FTS) stay in this package so that the services could run
on another database server later.
"""
