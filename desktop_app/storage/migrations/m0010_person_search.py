"""Migration 0010: the people search index and sort indexes for the registry list.

``person_search`` keeps one folded line per person (name, NIK, KK number of the household, phone),
lower case and without accents, kept current by triggers so that every writer (the single write
path, bulk imports, the demo generator, another device's merge) feeds it without knowing about it.
``person_fts`` is an FTS5 trigram index over that line (substring search in any word order);
its rowid is ``person_search.sid``, an INTEGER PRIMARY KEY, so VACUUM cannot renumber it.

The accent folding is plain SQL (``replace`` over a fixed table of Latin letters) rather than a
Python function registered on the connection: a connection that never registered it (a tool, an
older build) could otherwise not write to ``person`` at all.  ``storage.search.fold`` folds the
typed query the same way; a test checks that both agree on every letter of the table.
"""

NAME = "person search index"

# Accented Latin letters and what they fold to (lower case, no accent).  Frozen: never edit,
# add a new migration instead.
ACCENTED = (
    "ÀÁÂÃÄÅàáâãäåĀāĂăĄą"
    "ÇçĆćĈĉĊċČč"
    "ĎďĐđ"
    "ÈÉÊËèéêëĒēĔĕĖėĘęĚě"
    "ĜĝĞğĠġĢģ"
    "ĤĥĦħ"
    "ÌÍÎÏìíîïĨĩĪīĬĭĮįİı"
    "Ĵĵ"
    "Ķķ"
    "ĹĺĻļĽľĿŀŁł"
    "ÑñŃńŅņŇň"
    "ÒÓÔÕÖØòóôõöøŌōŎŏŐő"
    "ŔŕŖŗŘř"
    "ŚśŜŝŞşŠš"
    "ŢţŤťŦŧ"
    "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų"
    "Ŵŵ"
    "ÝýÿŶŷŸ"
    "ŹźŻżŽž"
)
PLAIN = (
    "aaaaaaaaaaaaaaaaaa"
    "cccccccccc"
    "dddd"
    "eeeeeeeeeeeeeeeeee"
    "gggggggg"
    "hhhh"
    "iiiiiiiiiiiiiiiiii"
    "jj"
    "kk"
    "llllllllll"
    "nnnnnnnn"
    "oooooooooooooooooo"
    "rrrrrr"
    "ssssssss"
    "tttttt"
    "uuuuuuuuuuuuuuuuuuuu"
    "ww"
    "yyyyyy"
    "zzzzzz"
)


CHUNK = 20  # replace() calls per statement: deeper nesting overflows SQLite's parser stack
NON_ASCII = "\"body\" GLOB '*[^ -~]*'"


def fold_updates(where: str) -> list[str]:
    """Statements that remove the accents from the lines selected by ``where``.

    Only lines holding a non-ASCII character are touched, so the common case costs nothing.
    """
    out = []
    pairs = list(zip(ACCENTED, PLAIN, strict=True))
    for start in range(0, len(pairs), CHUNK):
        expr = '"body"'
        for src, dst in pairs[start : start + CHUNK]:
            expr = f"replace({expr}, '{src}', '{dst}')"
        out.append(f'UPDATE "person_search" SET "body" = {expr} WHERE {where} AND {NON_ASCII};')
    return out


def body_sql(row: str) -> str:
    """The lower-cased search line of a person row alias (``new`` in a trigger)."""
    kk = f'(SELECT "no_kk" FROM "household" WHERE "id" = {row}."household_id")'
    return (
        f"lower(coalesce({row}.\"name\", '') || ' ' || coalesce({row}.\"nik\", '') || ' ' || "
        f"coalesce({kk}, '') || ' ' || coalesce({row}.\"phone\", ''))"
    )


def statements() -> list[str]:
    one = 'new."id" = "person_id"'
    members = '"person_id" IN (SELECT "id" FROM "person" WHERE "household_id" = new."id")'
    refresh_members = (
        f'UPDATE "person_search" SET "body" = (SELECT {body_sql("p")} FROM "person" p '
        f'WHERE p."id" = "person_search"."person_id") WHERE {members}; '
        + " ".join(fold_updates(members))
    )
    return [
        'CREATE TABLE "person_search" ("sid" INTEGER NOT NULL PRIMARY KEY, '
        '"person_id" VARCHAR(36) NOT NULL, "body" TEXT NOT NULL)',
        'CREATE UNIQUE INDEX "person_search_person_id" ON "person_search" ("person_id")',
        """CREATE VIRTUAL TABLE "person_fts" USING fts5(body, content='person_search', """
        """content_rowid='sid', tokenize='trigram')""",
        # External-content FTS: keep the index in step with person_search.
        'CREATE TRIGGER "person_search_ai" AFTER INSERT ON "person_search" BEGIN '
        'INSERT INTO "person_fts"(rowid, body) VALUES (new."sid", new."body"); END',
        'CREATE TRIGGER "person_search_ad" AFTER DELETE ON "person_search" BEGIN '
        """INSERT INTO "person_fts"("person_fts", rowid, body) VALUES ('delete', old."sid", """
        'old."body"); END',
        'CREATE TRIGGER "person_search_au" AFTER UPDATE ON "person_search" BEGIN '
        """INSERT INTO "person_fts"("person_fts", rowid, body) VALUES ('delete', old."sid", """
        'old."body"); INSERT INTO "person_fts"(rowid, body) VALUES (new."sid", new."body"); END',
        # person -> person_search
        'CREATE TRIGGER "person_search_person_ai" AFTER INSERT ON "person" BEGIN '
        f'INSERT OR REPLACE INTO "person_search" ("person_id", "body") VALUES (new."id", '
        f"{body_sql('new')}); " + " ".join(fold_updates(one)) + " END",
        'CREATE TRIGGER "person_search_person_au" AFTER UPDATE OF "name", "nik", "phone", '
        '"household_id" ON "person" BEGIN '
        f'UPDATE "person_search" SET "body" = {body_sql("new")} WHERE {one}; '
        + " ".join(fold_updates(one))
        + " END",
        # household KK number -> its members' lines
        'CREATE TRIGGER "person_search_household_au" AFTER UPDATE OF "no_kk" ON "household" '
        f"BEGIN {refresh_members} END",
        f'CREATE TRIGGER "person_search_household_ai" AFTER INSERT ON "household" BEGIN {refresh_members} END',
        # Sort keys of the registry list (keyset paging: key, then id).
        'CREATE INDEX "person_sort_name" ON "person" ("name", "id")',
        """CREATE INDEX "person_sort_nik" ON "person" (coalesce("nik", ''), "id")""",
        """CREATE INDEX "person_sort_birth" ON "person" (coalesce("birth_date", "birth_year" || '-07-01', ''), "id")""",
        'CREATE INDEX "person_sort_updated" ON "person" ("updated_at", "id")',
        'CREATE INDEX "person_household_rel" ON "person" ("household_id", "relationship")',
        # Fill the index for people already in the file.
        f'INSERT INTO "person_search" ("person_id", "body") SELECT p."id", {body_sql("p")} '
        'FROM "person" p',
        *(u.rstrip(";") for u in fold_updates("1")),
    ]


def up(db) -> None:
    for statement in statements():
        db.execute_sql(statement)
