"""Use case: import exchange workbooks and offices' lists (read → preview → apply).

``read`` turns a file into a ``ParsedWorkbook`` (the reading side, ``exchange.parse``);
``preview`` validates and plans it without writing; ``apply`` writes one plan in one transaction
after an automatic backup; ``import_files`` does all of it for the command line. Cancelling (the
progress callback raising ``Cancelled``) or any failure rolls the whole transaction back, and a
disk that fills up is reported as that, not as the rollback error that follows it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from desktop_app.exchange import apply as ex
from desktop_app.exchange import apply_write as exw
from desktop_app.exchange.types import (
    ERROR,
    WARNING,
    ExchangeFileError,
    Finding,
    ParsedWorkbook,
)
from desktop_app.services import audit, records
from desktop_app.services.context import Actor
from desktop_app.services.progress import Cancelled, Progress, no_progress
from desktop_app.storage.backup import backup_connection, timestamped_name
from desktop_app.storage.database import backups_dir
from desktop_app.storage.errors import StorageError, translate
from desktop_app.storage.models import ImportBatch, new_uuid, utcnow

APPLIED, DRY_RUN, FAILED, REFUSED = "applied", "dry-run", "failed", "refused"


def read(path: Path | str, mapping: Any = None, progress: Progress | None = None,
         password: str | None = None) -> ParsedWorkbook:  # fmt: skip
    """Read a workbook (any shape); raises ``ExchangeFileError`` when it cannot be read at all."""
    from desktop_app.exchange import mapping as mapping_mod
    from desktop_app.exchange.parse import parse_workbook  # the reading side

    if isinstance(mapping, (str, Path)):
        mapping = mapping_mod.load(mapping)
    return parse_workbook(Path(path), mapping=mapping, progress=progress, password=password)


def needs_password(path: Path | str) -> bool:
    """Whether the workbook is password-protected (then ``read(..., password=…)``)."""
    from desktop_app.exchange import crypto

    try:
        return crypto.is_encrypted(path)
    except (crypto.WorkbookCryptoError, OSError):
        return False


def preview(db: pw.Database, workbook: ParsedWorkbook,
            progress: Progress | None = None) -> ex.ImportPlan:  # fmt: skip
    """Validate and plan: what would be created, updated, merged, rejected. Writes nothing."""
    with db.atomic():  # one consistent read
        return ex.plan(db, workbook, progress=progress)


@dataclass
class ApplyOutcome:
    plan: ex.ImportPlan
    status: str  # applied / refused (strict and rows rejected)
    counts: dict[str, int]
    batch_id: str | None = None
    backup: Path | None = None


def _db_file(db: pw.Database) -> Path | None:
    name = getattr(db, "database", None)
    if not name or name == ":memory:" or str(name).startswith("file::memory:"):
        return None
    return Path(name)


def backup_before_import(db: pw.Database) -> Path | None:
    path = _db_file(db)
    if path is None:
        return None
    target = backups_dir(path) / timestamped_name(path, "sebelum-impor")
    n = 1
    while target.exists():  # two imports in the same second keep both backups
        n += 1
        target = target.with_name(f"{target.stem.rsplit('~', 1)[0]}~{n}.db")
    return backup_connection(db.connection(), target)


def _detail(import_plan: ex.ImportPlan, counts: dict[str, int], status: str) -> str:
    return json.dumps(
        {"file": import_plan.file_name, "hash": import_plan.workbook.file_hash,
         "status": status, "counts": counts},
        ensure_ascii=False, sort_keys=True,
    )  # fmt: skip


def _write(db: pw.Database, import_plan: ex.ImportPlan, actor: Actor, status: str,
           progress: Progress) -> tuple[str, dict[str, int]]:  # fmt: skip
    """Write inside the caller's transaction: rows, conflicts, batch, one audit entry."""
    batch_id = new_uuid()
    db.execute_sql("PRAGMA defer_foreign_keys = ON")  # households and heads refer to each other
    wctx = exw.WriteContext(actor.user, actor.device_id, batch_id, import_plan.file_name)
    counts = exw.write_plan(db, import_plan, wctx, progress)
    ImportBatch.insert(id=batch_id, file_name=import_plan.file_name,
                       file_hash=import_plan.workbook.file_hash, user=actor.user, at=utcnow(),
                       counts=json.dumps(counts, sort_keys=True), status=status).execute()  # fmt: skip
    audit.append("import", user=actor.user, device_id=actor.device_id, table_name="import_batch",
                 record_id=batch_id, detail=_detail(import_plan, counts, status))  # fmt: skip
    return batch_id, counts


def apply(db: pw.Database, import_plan: ex.ImportPlan, actor: Actor, *, strict: bool = False,
          backup: bool = True, progress: Progress | None = None) -> ApplyOutcome:  # fmt: skip
    """Write the accepted rows of a preview in one transaction, after a backup.

    ``strict``: all or nothing — when any row was rejected nothing is written.
    """
    progress = progress or no_progress
    for guard in list(records._guards):  # the single write path's guards (read-only roles)
        guard()
    counts = import_plan.counts()
    if strict and import_plan.rejected:
        return ApplyOutcome(import_plan, REFUSED, counts)
    backup_path = backup_before_import(db) if backup else None
    try:
        with db.atomic():
            batch_id, counts = _write(db, import_plan, actor, APPLIED, progress)
    except Cancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - re-raised as the real cause
        err = translate(exc)
        if not isinstance(err, StorageError):  # a full or read-only disk stays untouched
            _record_failure(db, import_plan, actor, exc)
        if err is exc:
            raise
        raise err from exc
    return ApplyOutcome(import_plan, APPLIED, counts, batch_id, backup_path)


def _record_failure(db: pw.Database, import_plan: ex.ImportPlan, actor: Actor,
                    exc: BaseException) -> None:  # fmt: skip
    """Best effort: note the failed import in the history (impossible when the disk is full)."""
    try:
        with db.atomic():
            ImportBatch.insert(id=new_uuid(), file_name=import_plan.file_name,
                               file_hash=import_plan.workbook.file_hash, user=actor.user,
                               at=utcnow(), counts=json.dumps({"error": str(translate(exc))}),
                               status=FAILED).execute()  # fmt: skip
    except Exception:  # noqa: BLE001 - the original error is what the user must see
        pass


# --- Several files at once (the command line) -----------------------------------------------


@dataclass
class ImportResult:
    plans: list[ex.ImportPlan] = field(default_factory=list)
    status: str = APPLIED
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (file, message)

    def counts(self) -> dict[str, int]:
        total = ex.empty_counts()
        for p in self.plans:
            for k, v in p.counts().items():
                total[k] += v
        return total

    def findings(self) -> list[dict[str, Any]]:
        out = [{"file": f, "sheet": "", "row": None, "column": "", "value": None, "message": m,
                "severity": ERROR} for f, m in self.unreadable]  # fmt: skip
        for p in self.plans:
            out.extend(f.as_dict() for f in p.findings)
        return out

    def as_dict(self) -> dict[str, Any]:
        return {**self.counts(), "errors": self.findings()}

    @property
    def exit_code(self) -> int:
        """0 all accepted, 1 a file unreadable, 3 rows rejected, 4 conflicts wait for a person."""
        if self.unreadable:
            return 1
        counts = self.counts()
        if counts["rejected"] or any(p.file_errors for p in self.plans):
            return 3
        if counts["conflicts"]:
            return 4
        return 0


def read_all(paths: Sequence[Path | str], mapping: Any = None,
             progress: Progress | None = None, password: str | None = None,
             ) -> tuple[list[ParsedWorkbook], list[tuple[str, str]]]:  # fmt: skip
    """``password`` opens password-protected workbooks (plain ones are read as they are)."""
    workbooks, unreadable = [], []
    for path in paths:
        try:
            workbooks.append(read(path, mapping, progress, password))
        except ExchangeFileError as exc:
            unreadable.append((Path(path).name, str(exc)))
        except OSError as exc:
            unreadable.append(
                (Path(path).name, f"Berkas tidak dapat dibuka: {exc.strerror or exc}")
            )
    return workbooks, unreadable


def import_workbooks(db: pw.Database, workbooks: Sequence[ParsedWorkbook], actor: Actor, *,
                     dry_run: bool = False, strict: bool = False,
                     progress: Progress | None = None) -> ImportResult:  # fmt: skip
    """Plan and apply each workbook in turn (a later file sees what an earlier one created).

    A dry run does the same work inside one transaction that is rolled back, so it reports exactly
    the figures a real run would, and writes nothing.
    """
    progress = progress or no_progress
    result = ImportResult(status=DRY_RUN if dry_run else APPLIED)
    for wb in workbooks:
        for layout in wb.sheets:
            if layout.kind is None and layout.headers:  # no person here to map the columns
                wb.findings.append(Finding(
                    ERROR, "Judul kolom lembar ini tidak dikenali, barisnya tidak diimpor. Buat "
                    "pemetaan kolom di aplikasi (Impor… › Simpan pemetaan…) lalu pakai --mapping.",
                    wb.path.name, layout.name, layout.header_row))  # fmt: skip
    if dry_run:
        with db.atomic() as txn:
            for wb in workbooks:
                p = ex.plan(db, wb, progress=progress)
                result.plans.append(p)
                if not (strict and p.rejected):
                    _write(db, p, actor, DRY_RUN, progress)
            txn.rollback()
        return result
    for wb in workbooks:
        p = preview(db, wb, progress)
        result.plans.append(p)
        outcome = apply(db, p, actor, strict=strict, progress=progress)
        if outcome.status == REFUSED:
            result.status = REFUSED
    return result


def history(limit: int = 200) -> list[ImportBatch]:
    return list(ImportBatch.select().order_by(ImportBatch.at.desc()).limit(limit))


def warnings_of(import_plan: ex.ImportPlan) -> list[Any]:
    return [f for f in import_plan.findings if f.severity == WARNING]


def sample_rows(path: Path | str, sheet: str, header_row: int, count: int = 5) -> list[list[Any]]:
    """The first rows under the header of ``sheet``, for the column-mapping step's preview."""
    from desktop_app.exchange.reading import read_workbook

    raw = read_workbook(path)
    found = raw.sheet(sheet)
    if found is None:
        return []
    out = []
    for number, values in found.rows():
        if number <= header_row:
            continue
        if any(v not in (None, "") for v in values):
            out.append(values)
        if len(out) >= count:
            break
    return out


def field_label(kind: str, name: str | None) -> str:
    """The column header the exchange workbook uses for a field (``occupation`` -> Pekerjaan)."""
    if not name:
        return ""
    from desktop_app.exchange import format as fmt

    spec = fmt.SHEET_BY_KIND.get(kind)
    column = spec.column_for_field(name) if spec else None
    return column.header if column else name


def kind_label(kind: str) -> str:
    from desktop_app.exchange import format as fmt

    spec = fmt.SHEET_BY_KIND.get(kind)
    return spec.name if spec else kind


def describe_field(name: str | None, value: Any) -> str:
    """A value as the user reads it; kelurahan codes as their names."""
    if name == "kelurahan" and value:
        from desktop_app.domain.wilayah import find_kelurahan

        kel = find_kelurahan(str(value).replace(".", "")[-4:])
        return kel.name if kel else str(value)
    return ex.describe_value(value)


def describe_fields(kind: str, values: dict[str, Any]) -> str:
    """A whole row, labelled: ``Nama: Maria Bria; Tanggal Lahir: 12/05/1980; …``."""
    return "; ".join(
        f"{field_label(kind, name)}: {describe_field(name, v)}"
        for name, v in values.items()
        if v not in (None, "", False)
    )
