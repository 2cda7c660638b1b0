"""``berdaya audit verify`` and ``berdaya audit list``: check and read the hash-chained audit log."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import print_json
from desktop_app.cli.session import open_signed_in
from desktop_app.services import audit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="periksa atau tampilkan log audit")
    inner = p.add_subparsers(dest="audit_command", metavar="AKSI", required=True)
    v = inner.add_parser("verify", help="periksa rantai hash log audit (deteksi perubahan)")
    v.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")
    v.set_defaults(handler=run_verify)
    ls = inner.add_parser("list", help="tampilkan entri terbaru")
    ls.add_argument("--cari", dest="text", help="cari di ID catatan, rincian dan nilai")
    ls.add_argument("--pengguna", dest="user", help="hanya entri pengguna ini")
    ls.add_argument("--aksi", dest="action", help="hanya aksi ini (create, update, import, …)")
    ls.add_argument("--batas", dest="limit", type=int, default=50, help="jumlah entri (bawaan 50)")
    ls.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")
    ls.set_defaults(handler=run_list)


def run_verify(args: argparse.Namespace) -> int:
    with open_signed_in(args, create=False, action="view_audit") as (_db, _actor):
        ok, seq = audit.verify_chain()
        total = audit.count()
    if args.json:
        print_json({"ok": ok, "entries": total, "first_broken": seq})
    elif ok:
        print(f"Log audit utuh: {total} entri, rantai hash cocok.")
    else:
        print(
            f"Log audit TIDAK utuh: entri nomor {seq} telah diubah atau dihapus "
            "di luar aplikasi (rantai hash putus)."
        )
    return 0 if ok else 1


def run_list(args: argparse.Namespace) -> int:
    with open_signed_in(args, create=False, action="view_audit") as (_db, _actor):
        rows = audit.search(args.text, user=args.user, action=args.action, limit=args.limit)
        data = [
            {
                "seq": r.seq,
                "at": str(r.at),
                "user": r.user,
                "action": r.action,
                "table": r.table_name,
                "record": r.record_id,
                "detail": r.detail,
                "changes": r.changes,
            }
            for r in rows
        ]
    if args.json:
        print_json(data)
        return 0
    for r in data:
        label = audit.ACTION_LABELS.get(r["action"], r["action"])
        where = f"{r['table']}/{r['record']}" if r["table"] else ""
        print(
            f"{r['seq']:>6}  {r['at']}  {r['user'] or '-':<12} {label:<18} {where} {r['detail'] or ''}"
        )
    return 0
