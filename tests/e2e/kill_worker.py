"""Run one operation on a database until killed: the subject of tests/e2e/test_kill.py.

    python kill_worker.py DB import|edit|backup [OUT]

Prints ``ready`` once the database is open, then works; the test kills it with SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.services import backup, demo, records
from desktop_app.services.context import Actor
from desktop_app.storage import database
from desktop_app.storage.models import Person


def main() -> None:
    path, operation = Path(sys.argv[1]), sys.argv[2]
    db = database.connect(path, create=False)
    actor = Actor.local(db, "kill-test")
    print("ready", flush=True)
    if operation == "import":  # one bulk transaction, like an import of a workbook
        demo.generate(db, actor, people=int(sys.argv[3]) if len(sys.argv) > 3 else 400)
    elif operation == "edit":
        person = Person.select().first()
        i = 0
        while True:
            i += 1
            person.notes = f"catatan ke-{i} " + "x" * (i % 50)
            person.phone = f"0812{i:08d}"
            records.save(person, actor)
    elif operation == "backup":
        out = Path(sys.argv[3])
        while True:
            backup.manual_backup(db, path, out)
    print("done", flush=True)


if __name__ == "__main__":
    main()
