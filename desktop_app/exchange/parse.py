"""``parse_workbook``: any workbook -> ``ParsedWorkbook`` for the apply side.

Three shapes are recognised:

* ``exchange``: a Berdaya exchange workbook (``_meta`` sheet, sheets named as in ``format``),
  also after Excel/LibreOffice re-saved it: columns found by header, in any order, extra columns
  ignored, cell types (text/number/date) accepted either way.
* ``opensid``: OpenSID's resident sheet, program-participant workbook, RTM sheet (``opensid``).
* ``foreign``: an office's own list of people, header row found among the first 20 rows.

``present_fields``: in an exchange workbook every column the sheet has (a blank cell clears the
field, as the format says); in OpenSID and foreign lists only the cells that hold a value, so an
office's list with an empty ``KET`` column never wipes notes.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop_app.domain import wilayah
from desktop_app.exchange import basis, detect, opensid, values
from desktop_app.exchange import format as fmt
from desktop_app.exchange import mapping as mapping_mod
from desktop_app.exchange.reading import FORMULA_WARNING, RawSheet, RawWorkbook, read_workbook
from desktop_app.exchange.types import (
    ERROR,
    WARNING,
    Finding,
    IncomingRecord,
    ParsedWorkbook,
    SheetLayout,
)
from desktop_app.exchange.values import NO_EXTRA, Parsed, is_blank

PROGRESS_EVERY = 2000
MASKED_ROLES = ("nik", "no_kk", "phone")  # written masked by ``export --mask``
# Foreign lists: a sheet is a list of people when it has a name and something that identifies.
PERSON_EVIDENCE = {"nik", "sex", "birth_date", "birth_year", detect.PLACE_DATE, detect.AGE,
                   "ref:household.no_kk", detect.SEX_MARK_L, detect.SEX_MARK_P}  # fmt: skip


def parse_workbook(path: Path | str, mapping: mapping_mod.Mapping | None = None,
                   progress: Any = None, password: str | None = None) -> ParsedWorkbook:  # fmt: skip
    """Read ``path`` into records. Raises ``ExchangeFileError`` when the file cannot be read.

    ``password`` opens an encrypted workbook; without it such a workbook is refused.
    """
    raw = read_workbook(path, password=password)
    reader = _Reader(raw, mapping, progress)
    # Rows become records that live on: the cycle collector would only rescan them again and
    # again while they pile up (7 % of the reading time for 100,000 people). Paused meanwhile.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return reader.run()
    finally:
        # Drop the reader's cells now (hundreds of MB for a district), not whenever the cycle
        # collector gets to the per-column parsers that refer back to the reader.
        raw.sheets.clear()
        if collecting:
            gc.enable()


class _Reader:
    def __init__(self, raw: RawWorkbook, mapping: mapping_mod.Mapping | None, progress: Any):
        self.raw = raw
        self.file = raw.path.name
        self.mapping = mapping
        self.progress = progress
        self.total_rows = sum(s.height for s in raw.sheets) or 1
        self.done_rows = 0
        self.wb = ParsedWorkbook(raw.path, raw.file_hash, "foreign", findings=list(raw.findings))

    # -- findings
    def sheet_finding(self, severity: str, message: str, sheet: str, row: int | None = None,
                      column: str = "", value: Any = None) -> None:  # fmt: skip
        self.wb.findings.append(Finding(severity, message, self.file, sheet, row, column, value))

    def tick(self, sheet: str) -> None:
        self.done_rows += 1
        if self.progress is not None and self.done_rows % PROGRESS_EVERY == 0:
            self.progress(self.done_rows, self.total_rows, f"Membaca {sheet}…")

    # -- main
    def run(self) -> ParsedWorkbook:
        names = [s.name for s in self.raw.sheets]
        meta_sheet = self.raw.sheet(fmt.META_SHEET)
        if meta_sheet is not None:
            rows = [r for _, r in meta_sheet.rows()]
            meta_sheet.release()
            if fmt.is_exchange_meta(rows):
                self.wb.source = "exchange"
                self.wb.meta = fmt.Meta.from_rows(rows).as_dict()
                if self.wb.meta.get("masked") == "ya":
                    self.sheet_finding(
                        WARNING,
                        "Buku kerja ini disamarkan: NIK, No. KK dan No HP di dalamnya tidak "
                        "diimpor (data yang ada tidak berubah).",
                        fmt.META_SHEET,
                    )
                if self.wb.meta.get("format_version", 0) > fmt.FORMAT_VERSION:
                    self.sheet_finding(
                        WARNING,
                        "Buku kerja ini dibuat oleh versi Berdaya yang lebih baru; kolom yang tidak "
                        "dikenal diabaikan.",
                        fmt.META_SHEET,
                    )
        if self.wb.source != "exchange" and opensid.is_participant_workbook(names):
            self.wb.source = "opensid"
            self._opensid_participants()
        else:
            for sheet in self.raw.sheets:
                if sheet.name in (fmt.META_SHEET, fmt.INSTRUCTIONS_SHEET):
                    continue
                if sheet.name.startswith("_") or (self.wb.source == "exchange" and sheet.hidden):
                    continue  # helper sheets of our own workbooks (drop-down lists)
                if sheet.hidden and self.mapping is None:
                    # Hidden sheets of an office's list hold drop-down sources, not people.
                    self.sheet_finding(WARNING, "Lembar tersembunyi dilewati.", sheet.name)
                    self.wb.sheets.append(SheetLayout(sheet.name, 0, [], None))
                    continue
                self._sheet(sheet)
                sheet.release()  # one sheet's cells in memory at a time
        if not self.wb.records and not any(f.severity == ERROR for f in self.wb.findings):
            if not self.wb.needs_mapping and (self.wb.meta or {}).get("template") != "ya":
                self.sheet_finding(
                    WARNING, "Tidak ada baris data yang dikenali dalam buku kerja ini.", ""
                )
        if self.progress is not None:
            self.progress(self.total_rows, self.total_rows, "Selesai membaca.")
        return self.wb

    def _sheet(self, sheet: RawSheet) -> None:
        forced = self.mapping.for_sheet(sheet.name) if self.mapping else None
        spec = None if forced else fmt.sheet_named(sheet.name)
        if forced is not None:
            spec = fmt.SHEET_BY_KIND.get(forced.kind)
        head = sheet.head(detect.HEADER_SEARCH_ROWS)
        table = detect.find_table(
            head,
            spec if (spec is not None and spec is not fmt.PENDUDUK) or forced else None,
            forced.columns if forced else None,
            forced.header_row if forced else None,
        )
        if table is None or (forced is None and _is_code_list(table)):
            # A notes sheet, or a list of codes and their meaning ("Kode Data"): not records.
            self.wb.sheets.append(SheetLayout(sheet.name, 0, [], None))
            return
        source = self.wb.source
        kind: str | None = None
        if forced is not None:
            kind = forced.kind
            if kind == "person" and opensid.is_resident_sheet(table.headers):
                # A confirmed mapping of an OpenSID sheet: its codes are still OpenSID's.
                source = self.wb.source = "opensid" if source == "foreign" else source
        elif spec is not None:
            kind = spec.kind
        elif opensid.is_rtm_sheet(table.headers):
            self._rtm(sheet, table)
            return
        elif opensid.is_resident_sheet(table.headers):
            source = self.wb.source = "opensid" if self.wb.source == "foreign" else self.wb.source
            overrides = opensid.resident_overrides(table.headers)
            columns, unmapped = detect.map_headers(table.headers, None, None)
            by_header = {c.header: c for c in columns}
            for header, role in overrides.items():
                by_header.pop(header, None)
                if header in unmapped:
                    unmapped.remove(header)
                if role:
                    index = table.headers.index(header)
                    by_header[header] = detect.Column(index, header, role, None)
            table.columns = sorted(by_header.values(), key=lambda c: c.index)
            table.unmapped = unmapped
            kind = "person"
            if any(c.role == "@dusun" for c in table.columns):
                self.sheet_finding(
                    WARNING,
                    "Kelurahan tidak punya dusun: nilai kolom dusun disimpan di Alamat "
                    "(atau menjadi Kelurahan bila itu nama kelurahan di Alak).",
                    sheet.name,
                    table.header_row,
                    "dusun",
                )
        else:
            roles = table.roles()
            if "name" in roles and roles & PERSON_EVIDENCE:
                kind = "person"
        layout = SheetLayout(
            sheet.name,
            table.header_row,
            table.headers,
            kind,
            {c.index: c.role for c in table.columns if c.role != detect.NUMBERING},
            list(table.unmapped),
        )
        self.wb.sheets.append(layout)
        if kind is None:
            self.sheet_finding(
                WARNING,
                "Judul kolom lembar ini tidak dikenali; pilih arti tiap kolom (pemetaan kolom) "
                "sebelum impor.",
                sheet.name,
                table.header_row,
            )
            return
        if table.unmapped and source != "exchange":
            self.sheet_finding(
                WARNING,
                "Kolom berikut tidak dikenali dan diabaikan: " + ", ".join(table.unmapped) + ".",
                sheet.name,
                table.header_row,
            )
        exchange = source == "exchange"
        masked = exchange and str(self.wb.meta.get("masked", "")).strip().lower() == "ya"
        if any(c.role == detect.AGE for c in table.columns) and "birth_date" not in table.roles():
            self.sheet_finding(
                WARNING,
                "Lembar ini mencatat umur, bukan tanggal lahir: tahun lahir diperkirakan "
                "(tahun ini dikurangi umur).",
                sheet.name,
                table.header_row,
            )
        is_opensid = source == "opensid"
        context = _SheetContext(kind, exchange, is_opensid)
        context.masked = masked
        if kind == "person" and not exchange:
            self._person_context(sheet, table, context)
        for number, row in self._data_rows(sheet, table):
            rec = self._record(sheet, table, number, row, context)
            if rec is not None:
                self.wb.records.append(rec)

    def _data_rows(self, sheet: RawSheet, table: detect.Table) -> Iterator[tuple[int, list[Any]]]:
        mapped = [c.index for c in table.columns if c.role != detect.NUMBERING]
        for number, row in sheet.rows():
            if number <= table.last_header_row:
                continue
            self.tick(sheet.name)
            width = len(row)
            filled = 0
            for i in mapped:
                if i < width:
                    cell = row[i]
                    if cell == "" or cell is None:
                        continue
                    if cell.__class__ is str and len(cell) <= 4 and is_blank(cell):
                        continue
                    filled += 1
                    if filled > 1:
                        break
            if not filled:
                continue
            if detect.is_end_marker(row):
                break
            if filled == 1 and detect.is_note_row(row, table.columns):
                continue
            if detect.is_total_row(row, table.columns):
                continue
            yield number, row

    def _plan(
        self, table: detect.Table, ctx: _SheetContext
    ) -> list[tuple[detect.Column, Any, bool]]:
        """One parsing function per column, decided once per sheet (not once per cell)."""
        plan = []
        for col in table.columns:
            if col.role == detect.NUMBERING:
                continue
            if ctx.masked and (
                col.role in MASKED_ROLES or col.role.rpartition(".")[2] in MASKED_ROLES
            ):
                continue  # "************0001" is not a NIK: the real one must not change

            def parse(cell: Any, col: detect.Column = col) -> Parsed | None:
                return self._parse(col, cell, ctx)

            if (
                col.spec is not None
                and col.spec.kind == fmt.TEXT
                and col.role == col.spec.field
                and col.role not in ("rt", "rw", "nik", "no_kk", "phone", "sex")
                and not (ctx.opensid and col.role == "occupation")
            ):
                parse = values.parse_text  # plain text: no dispatch needed
            elif col.role == "nik":
                parse = values.parse_nik_cell
            elif col.role == "phone":
                parse = values.parse_phone
            elif ctx.exchange and (
                col.role == "id" or (col.spec is not None and col.spec.kind == fmt.REF)
            ):
                parse = values.parse_uuid

            blank = parse(None)
            cacheable = col.role in _CACHED_ROLES or (
                col.spec is not None and col.spec.kind in _CACHED_KINDS
            )
            simple = not col.role.startswith(("@", "ref:")) and col.role not in ("id", "version")
            # Coded and reference columns repeat values (a session's ID on each of its attendance
            # rows): rows keep one shared object per value, as their original cell (``raw``, for
            # the error workbook) and as what it parses to, instead of one each from calamine.
            pooled = (
                cacheable
                or col.role.startswith("ref:")
                or (col.spec is not None and col.spec.kind == fmt.REF)
            )
            pool: dict[Any, Any] | None = {} if pooled else None
            plan.append((col.index, col.role, _handler(parse, blank, cacheable), simple, col, pool))
        return plan

    # -- one row
    def _record(self, sheet: RawSheet, table: detect.Table, number: int, row: list[Any],
                ctx: _SheetContext) -> IncomingRecord | None:  # fmt: skip
        plan = ctx.plan
        if plan is None:
            plan = ctx.plan = self._plan(table, ctx)
            ctx.simple_roles = frozenset(p[1] for p in plan if p[3])
        rec = IncomingRecord(ctx.kind, sheet.name, number, {}, set(), raw=row)
        vals = rec.values
        present = rec.present_fields
        if ctx.exchange:
            # Every plain column of an exchange sheet is present, blank or not.
            present.update(ctx.simple_roles)
        exchange = ctx.exchange
        notes_extra: list[str] = []
        width = len(row)
        formulas = sheet.formula_cells
        for index, role, handler, simple, col, pool in plan:
            if index < width:
                cell = row[index]
                if pool is not None and cell is not None and cell != "":
                    key = cell if cell.__class__ is str else (cell.__class__, cell)
                    shared = pool.get(key)
                    if shared is None:
                        if len(pool) < POOL_LIMIT:
                            pool[key] = cell
                    else:
                        row[index] = cell = shared
            else:
                cell = None
            if formulas and (number, index + 1) in formulas:
                self._issue(rec, col, cell, (WARNING, FORMULA_WARNING))
            parsed = handler(cell)
            if parsed is None:
                continue
            if parsed.issues:
                for issue in parsed.issues:
                    self._issue(rec, col, cell, issue)
            value = parsed.value
            if simple and parsed.extra is NO_EXTRA:
                if value is None and role in vals:
                    continue
                vals[role] = value
                if value is not None and not exchange:
                    present.add(role)
                continue
            if role == "id":
                rec.record_id = value
            elif role == "version":
                rec.base_version = value
            elif role == "@status":
                rec.delete = value is True
            elif role == "@basis":
                rec.base_hash = value or None
            elif role.startswith("ref:"):
                ref, _, attr = role[4:].partition(".")
                if value is not None:
                    rec.refs.setdefault(ref, {})[attr] = value
            elif role == detect.DISABILITY_CATEGORY:
                if value:
                    notes_extra.append(value)
            elif role == "@dusun":
                self._dusun(rec, value)
            else:
                for fname, fvalue in ({role: value} | parsed.extra).items():
                    if fname.startswith("@"):
                        continue
                    if fvalue is None and fname in vals:
                        continue  # a combined column does not blank what another column gave
                    if role == detect.AGE and vals.get(fname) is not None:
                        continue  # a written birth year beats one estimated from the age
                    if (
                        role in (detect.SEX_MARK_L, detect.SEX_MARK_P)
                        and vals.get(fname) not in (None, fvalue)
                        and fvalue is not None
                    ):
                        self._issue(
                            rec,
                            col,
                            cell,
                            (
                                ERROR,
                                f"Nilai bertentangan dengan kolom "
                                f"lain: {vals[fname]} dan {fvalue}.",
                            ),
                        )
                        continue
                    vals[fname] = fvalue
                    if exchange or fvalue is not None:
                        present.add(fname)
        if notes_extra:
            joined = "; ".join(notes_extra)
            vals["notes"] = f"{vals['notes']}; {joined}" if vals.get("notes") else joined
            present.add("notes")
        if ctx.kind == "person":
            self._person_defaults(rec, row, table, ctx)
        if not exchange and vals.get("birth_date") is not None:
            vals.pop("birth_year", None)
            present.discard("birth_year")
        if rec.refs:
            # The same referenced record on many rows (a session, a program, a person on each of
            # their attendance rows): one dict of its natural keys, shared. Nothing modifies refs
            # after this point.
            refs_pool = ctx.refs_pool
            for ref, attrs in rec.refs.items():
                try:
                    rec.refs[ref] = refs_pool.setdefault((ref, *attrs.items()), attrs)
                except TypeError:  # pragma: no cover - parsed values are hashable scalars
                    pass
        # Rows of a sheet mostly have the same fields: share one immutable set between them
        # (100,000 rows x 40 fields would otherwise hold 200 MB of identical sets). Whoever needs
        # to change it makes a new set, as the apply side does.
        frozen = frozenset(present)
        rec.present_fields = ctx.present_pool.setdefault(frozen, frozen)  # type: ignore[assignment]
        return rec

    def _issue(self, rec: IncomingRecord, col: detect.Column, cell: Any, issue: tuple[str, str]):
        rec.findings.append(
            Finding(issue[0], issue[1], self.file, rec.sheet, rec.row, col.header, _shown(cell))
        )

    def _parse(self, col: detect.Column, cell: Any, ctx: _SheetContext) -> Parsed | None:
        role = col.role
        spec = col.spec
        if role == detect.NUMBERING:
            return None
        if role == "id":
            parsed = values.parse_uuid(cell)
            if not ctx.exchange and parsed.issues:
                # An office's own list numbers its rows in an "ID" column: not a Berdaya ID.
                return Parsed(None, [(WARNING, "Kolom ID bukan ID Berdaya; diabaikan untuk baris "
                                               "ini (dicocokkan lewat NIK atau nama).")])  # fmt: skip
            return parsed
        if role == "version":
            parsed = values.parse_version(cell)
            if not ctx.exchange and parsed.issues:
                return Parsed(None)
            return parsed
        if role == "@basis":
            return Parsed(basis.normalise(cell) if ctx.exchange else None)
        if role == "@status":
            text = values.clean_text(cell).upper()
            if not text:
                return Parsed(False)
            if text == fmt.STATUS_DELETE:
                return Parsed(True)
            return Parsed(False, [(WARNING, f"Status {text!r} tidak dikenal; hanya HAPUS yang "
                                            "berarti hapus. Baris tetap diimpor.")])  # fmt: skip
        if role.startswith("ref:"):
            attr = role.rpartition(".")[2]
            if attr in ("nik", "no_kk"):
                parsed = values.parse_id_number(cell, "NIK" if attr == "nik" else "No KK")
                # A helper column never rejects a row by itself: the apply side reports a
                # reference it cannot resolve.
                return Parsed(parsed.value, [(WARNING, m) for _, m in parsed.issues])
            if attr in ("date", "birth_date"):
                parsed = values.parse_date(cell, allow_year=False)
                return Parsed(parsed.value.date, [(WARNING, m) for _, m in parsed.issues])
            return values.parse_text(cell)
        if role == detect.RT_RW:
            p = values.parse_rt_rw_pair(cell)
            return Parsed(p.value[0], p.issues, {"rt": p.value[0], "rw": p.value[1]})
        if role == detect.PLACE_DATE:
            p = values.parse_place_date(cell)
            place, date = p.value
            extra = {"birth_place": place, "birth_date": date.date}
            if date.year is not None:
                extra["birth_year"] = date.year
            return (
                Parsed(place, p.issues, extra)
                if place or date.date or date.year
                else (Parsed(None, p.issues))
            )
        if role == detect.AGE:
            p = values.parse_age(cell)
            return Parsed(None, p.issues, {"birth_year": p.value})
        if role == detect.DISABILITY_CATEGORY:
            return opensid.disability_note(cell)
        if role in (detect.SEX_MARK_L, detect.SEX_MARK_P):
            mark = values.parse_bool(cell)
            if mark.value is False or is_blank(cell):
                return Parsed(None)
            return Parsed(None, (), {"sex": "L" if role == detect.SEX_MARK_L else "P"})
        if ctx.opensid:
            special = opensid.resident_value(role, cell)
            if special is not None:
                return special
        return parse_field(role, spec, cell)

    # -- people
    def _person_context(self, sheet: RawSheet, table: detect.Table, ctx: _SheetContext) -> None:
        roles = table.roles()
        if "kelurahan" in roles:
            return
        found = {k.code: k for k in _kelurahan_mentions(f"{sheet.name} {table.title_text}")}
        if len(found) == 1:
            kel = next(iter(found.values()))
            ctx.kelurahan = kel.code
            self.sheet_finding(
                WARNING,
                f"Lembar ini tidak punya kolom Kelurahan; Kelurahan {kel.name} diambil dari judul "
                "lembar.",
                sheet.name,
                table.header_row,
            )
        ctx.address_hints = "address" in roles and "rt" not in roles

    def _person_defaults(self, rec: IncomingRecord, row: list[Any], table: detect.Table,
                         ctx: _SheetContext) -> None:  # fmt: skip
        vals = rec.values
        if ctx.kelurahan and "kelurahan" not in rec.present_fields:
            vals["kelurahan"] = ctx.kelurahan
            rec.present_fields.add("kelurahan")
        address = vals.get("address")
        if ctx.address_hints and isinstance(address, str):
            m = re.search(r"\bRT\.?\s*(\d{1,3})\b", address, re.IGNORECASE)
            if m and "rt" not in vals:
                vals["rt"] = m.group(1).zfill(3)
                rec.present_fields.add("rt")
            m = re.search(r"\bRW\.?\s*(\d{1,3})\b", address, re.IGNORECASE)
            if m and "rw" not in vals:
                vals["rw"] = m.group(1).zfill(3)
                rec.present_fields.add("rw")
            if "kelurahan" not in rec.present_fields:
                kels = {k.code for k in _kelurahan_mentions(address)}
                if len(kels) == 1:
                    vals["kelurahan"] = kels.pop()
                    rec.present_fields.add("kelurahan")

    def _dusun(self, rec: IncomingRecord, dusun: str | None) -> None:
        if not dusun:
            return
        kel = wilayah.find_kelurahan(dusun)
        if kel is not None:
            rec.values["kelurahan"] = kel.code
            rec.present_fields.add("kelurahan")
            return
        rec.values["address"] = ", ".join(
            x for x in (rec.values.get("address"), f"Dusun {dusun}") if x
        )
        rec.present_fields.add("address")

    # -- OpenSID RTM and participants
    def _rtm(self, sheet: RawSheet, table: detect.Table) -> None:
        self.wb.source = "opensid"
        # No headers in the layout: nothing here can be mapped onto Berdaya's records.
        self.wb.sheets.append(SheetLayout(sheet.name, table.header_row, [], None, {}, []))
        nik_col = next(i for i, h in enumerate(table.headers) if fmt.normalize_header(h) == "nik")
        for number, row in sheet.rows():
            if number <= table.header_row or all(is_blank(v) for v in row):
                continue
            self.sheet_finding(
                ERROR,
                "Data rumah tangga (RTM) OpenSID tidak diimpor: Berdaya mengelompokkan orang "
                "menurut Kartu Keluarga, bukan rumah tangga.",
                sheet.name,
                number,
                table.headers[nik_col],
                _shown(row[nik_col] if nik_col < len(row) else None),
            )

    def _opensid_participants(self) -> None:
        program_raw = next(s for s in self.raw.sheets if s.name.strip().lower() == "program")
        peserta_raw = next(s for s in self.raw.sheets if s.name.strip().lower() == "peserta")
        info, where = opensid.program_sheet(list(program_raw.rows()))
        self.wb.sheets.append(SheetLayout(program_raw.name, 1, ["Keterangan", "Isi"], "program",
                                          {}, []))  # fmt: skip
        name = values.clean_text(info.get("namaprogram"))
        prog = IncomingRecord("program", program_raw.name, where.get("namaprogram", 2), {}, set())
        if not name:
            prog.findings.append(Finding(ERROR, "Nama Program kosong.", self.file, program_raw.name,
                                         where.get("namaprogram"), "Nama Program"))  # fmt: skip
        description = "; ".join(
            f"{label}: {values.clean_text(info[key])}"
            for key, label in (("keterangan", "Keterangan"), ("asaldana", "Asal dana"))
            if not is_blank(info.get(key))
        )
        prog.values = {"name": name or None, "kind": "lainnya", "description": description or None}
        for key, fname in (("rentangwaktuawal", "start_date"), ("rentangwaktuakhir", "end_date")):
            if not is_blank(info.get(key)):
                parsed = values.parse_date(info[key], allow_year=False)
                prog.values[fname] = parsed.value.date
                for sev, msg in parsed.issues:
                    prog.findings.append(Finding(sev, msg, self.file, program_raw.name,
                                                 where.get(key), key, _shown(info[key])))  # fmt: skip
        prog.present_fields = {k for k, v in prog.values.items() if v is not None}
        self.wb.records.append(prog)
        sasaran = values.clean_text(info.get("sasaranprogram"))
        if sasaran and sasaran not in ("1", "1.0"):
            self.sheet_finding(
                WARNING,
                "Sasaran program bukan penduduk (1); peserta tetap dicatat per orang menurut "
                "kolom NIK.",
                program_raw.name,
                where.get("sasaranprogram"),
            )
        head = peserta_raw.head(detect.HEADER_SEARCH_ROWS)
        header_number, header = next(
            ((n, values_row) for n, values_row in head
             if "nik" in {fmt.normalize_header(v) for v in values_row if isinstance(v, str)}),
            (0, []),
        )  # fmt: skip
        headers = [values.clean_text(h) for h in header]
        keys = [fmt.normalize_header(h) for h in headers]
        idx = {k: i for i, k in enumerate(keys) if k}
        self.wb.sheets.append(
            SheetLayout(
                peserta_raw.name,
                header_number,
                headers,
                "enrollment",
                {
                    i: r
                    for k, r in (
                        ("nik", "ref:person.nik"),
                        ("nama", "ref:person.name"),
                        ("tanggallahir", "ref:person.birth_date"),
                    )
                    if (i := idx.get(k)) is not None
                },
                [],
            )  # fmt: skip
        )
        if not header_number:
            self.sheet_finding(ERROR, "Lembar Peserta tidak punya kolom NIK.", peserta_raw.name)
            return
        for number, row in peserta_raw.rows():
            if number <= header_number or all(is_blank(v) for v in row):
                continue
            if detect.is_end_marker(row):
                break

            def cell(key: str, row: list[Any] = row) -> Any:
                i = idx.get(key)
                return row[i] if i is not None and i < len(row) else None

            rec = IncomingRecord("enrollment", peserta_raw.name, number, {}, set(), raw=list(row))
            nik = values.parse_id_number(cell("nik"))
            for sev, msg in nik.issues:
                rec.findings.append(Finding(sev, msg, self.file, peserta_raw.name, number,
                                            headers[idx["nik"]], _shown(cell("nik"))))  # fmt: skip
            if nik.value is None and not nik.issues:
                rec.findings.append(Finding(ERROR, "NIK peserta kosong (kolom C wajib diisi).",
                                            self.file, peserta_raw.name, number,
                                            headers[idx["nik"]]))  # fmt: skip
            person: dict[str, Any] = {"nik": nik.value}
            if not is_blank(cell("nama")):
                person["name"] = values.clean_text(cell("nama"))
            birth = values.parse_date(cell("tanggallahir"), allow_year=False).value.date
            if birth:
                person["birth_date"] = birth
            rec.refs = {"person": person, "program": {"name": name}}
            self.wb.records.append(rec)
        program_raw.release()
        peserta_raw.release()
        for sheet in self.raw.sheets:
            if sheet is not program_raw and sheet is not peserta_raw:
                self._sheet(sheet)
                sheet.release()


_CACHED_KINDS = {fmt.CODE, fmt.KELURAHAN, fmt.BOOL, fmt.DATE, fmt.INT, fmt.MONEY, fmt.VERSION,
                 fmt.STATUS}  # fmt: skip
_CACHED_ROLES = {"sex", "rt", "rw", "@status", "version", detect.RT_RW, detect.AGE,
                 detect.DISABILITY_CATEGORY, "@dusun"}  # fmt: skip
CACHE_LIMIT = 20_000
POOL_LIMIT = 200_000  # distinct values shared per column (a reference column: one per record)


def _handler(parse: Any, blank: Parsed | None, cacheable: bool) -> Any:
    """Blank cells get the column's precomputed blank result; coded columns reuse results.

    Results are shared between rows, so nothing downstream may modify a ``Parsed``.
    """
    if not cacheable:

        def handle(cell: Any) -> Parsed | None:
            if cell == "" or cell is None:
                return blank
            return parse(cell)

        return handle
    cache: dict[Any, Parsed | None] = {}

    def handle_cached(cell: Any) -> Parsed | None:
        if cell == "" or cell is None:
            return blank
        # Text is its own key; other types are keyed with their type (True == 1 == 1.0).
        key = cell if cell.__class__ is str else (type(cell), cell)
        hit = cache.get(key, cache)
        if hit is not cache:
            return hit  # type: ignore[return-value]
        result = parse(cell)
        if len(cache) < CACHE_LIMIT:
            cache[key] = result
        return result

    return handle_cached


class _SheetContext:
    def __init__(self, kind: str, exchange: bool, is_opensid: bool):
        self.plan: list[tuple[Any, ...]] | None = None
        self.present_pool: dict[frozenset[str], frozenset[str]] = {}
        self.refs_pool: dict[tuple[Any, ...], dict[str, Any]] = {}
        self.simple_roles: frozenset[str] = frozenset()
        self.masked = False
        self.kind = kind
        self.exchange = exchange
        self.opensid = is_opensid
        self.kelurahan: str | None = None
        self.address_hints = False


def parse_field(role: str, spec: fmt.ColumnSpec | None, cell: Any) -> Parsed:
    """Parse one cell for a model field, by the field's name and its column kind."""
    if role == "sex":
        return values.parse_sex(cell)
    if role.startswith("wg_"):
        return values.parse_wg(cell)
    if role == "nik":
        return values.parse_nik_cell(cell)
    if role == "no_kk":
        return values.parse_id_number(cell, "No KK")
    if role == "phone":
        return values.parse_phone(cell)
    if role in ("rt", "rw"):
        return values.parse_rt_rw(cell, role.upper())
    if role == "@dusun":
        return values.parse_text(cell)
    kind = spec.kind if spec is not None else fmt.TEXT
    if kind == fmt.DATE:
        parsed = values.parse_date(cell, allow_year=role == "birth_date")
        date = parsed.value
        if date.year is not None:
            return Parsed(None, parsed.issues, {"birth_year": date.year})
        return Parsed(date.date, parsed.issues)
    if kind == fmt.DATETIME:
        return values.parse_datetime(cell)
    if kind in (fmt.INT, fmt.VERSION):
        return values.parse_int(cell, spec.header if spec else "Angka")
    if kind == fmt.MONEY:
        return values.parse_money(cell)
    if kind == fmt.BOOL:
        return values.parse_bool(cell)
    if kind == fmt.CODE:
        return values.parse_code(spec.codes or {}, cell, spec.header)
    if kind == fmt.KELURAHAN:
        return values.parse_kelurahan(cell)
    if kind in (fmt.REF, fmt.ID):
        return values.parse_uuid(cell)
    if kind == fmt.ID_TEXT:
        parsed = values.parse_text(cell)
        if isinstance(parsed.value, str):
            parsed.value = parsed.value.lstrip("'’`")
        return parsed
    return values.parse_text(cell)


def _is_code_list(table: detect.Table) -> bool:
    """Two columns, the first an id or code: a legend such as OpenSID's "Kode Data" sheet."""
    filled = [fmt.normalize_header(h) for h in table.headers if h]
    return len(filled) == 2 and filled[0] in ("id", "kode", "code", "no", "nilai")


def _kelurahan_mentions(text: str) -> list[wilayah.Kelurahan]:
    """Kelurahan of Alak named in free text ("… KELURAHAN FATUFETO", "RT 12 Naioni")."""
    key = fmt.normalize_header(text)
    out = []
    for kel in wilayah.kelurahan_list():
        name = fmt.normalize_header(kel.name)
        if name == "alak":  # also the kecamatan's name: only "Kelurahan Alak" counts
            if "kelurahanalak" in key or "kelalak" in key:
                out.append(kel)
            continue
        if name in key or name.replace("ii", "2") in key:
            out.append(kel)
    return out


def _shown(cell: Any) -> Any:
    if cell is None or cell == "":
        return None
    return cell
