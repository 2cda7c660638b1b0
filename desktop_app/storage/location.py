"""Where the live database may live: on the laptop's own disk, not on a USB stick or a share.

A database on a removable drive is lost or damaged when the stick is pulled out mid-write, and
SQLite's locking does not work reliably over network shares (two laptops could write at once).
Backups and exchange workbooks may go anywhere; the live file may not.

Linux: the file system type of the mount holding the file (``/proc/mounts``) and the usual mount
folders of removable media. Windows: ``GetDriveTypeW`` (removable or remote). macOS: ``/Volumes``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app.storage.errors import StorageError

MOUNTS_FILE = "/proc/mounts"
REMOVABLE_FS = {"vfat", "msdos", "exfat", "fuseblk", "udf", "iso9660", "hfsplus"}
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ceph",
              "fuse.gvfsd-fuse", "davfs", "fuse.davfs2"}  # fmt: skip
MEDIA_PREFIXES = ("/media/", "/run/media/", "/mnt/", "/Volumes/")

DRIVE_REMOVABLE = 2
DRIVE_REMOTE = 4


class UnsafeLocation(StorageError):
    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(
            f"Database ada di {kind}: {path}. Berdaya tidak membuka database langsung dari "
            "flashdisk, kartu memori atau folder jaringan — data bisa rusak bila media dilepas "
            "atau dua laptop menulis bersamaan. Salin berkasnya ke laptop ini (misalnya folder "
            "Dokumen), lalu buka salinannya."
        )
        self.kind = kind


def _mounts() -> list[tuple[str, str]]:
    try:
        with open(MOUNTS_FILE, encoding="utf-8", errors="replace") as fh:
            rows = [line.split() for line in fh]
    except OSError:
        return []
    # Mount points escape spaces as \040.
    return [(r[1].replace("\\040", " "), r[2]) for r in rows if len(r) >= 3]


def _fs_type(path: Path) -> str | None:
    best, fs = "", None
    text = str(path)
    for mount, kind in _mounts():
        prefix = mount.rstrip("/") + "/"
        if (text == mount or text.startswith(prefix) or mount == "/") and len(mount) >= len(best):
            best, fs = mount, kind
    return fs


def _windows_kind(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(str(path))[0]
    if drive.startswith("\\\\"):
        return "folder jaringan"
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")
    if kind == DRIVE_REMOVABLE:
        return "media lepas-pasang (flashdisk)"
    if kind == DRIVE_REMOTE:
        return "folder jaringan"
    return None


def unsafe_kind(path: Path | str) -> str | None:
    """A description of why ``path`` is no place for a live database, or None when it is fine."""
    path = Path(path).expanduser()
    try:
        resolved = path.resolve()
    except OSError:
        resolved = path.absolute()
    if sys.platform == "win32":  # pragma: no cover
        return _windows_kind(resolved)
    fs = _fs_type(resolved)
    if fs in NETWORK_FS:
        return "folder jaringan"
    if fs in REMOVABLE_FS:
        return "media lepas-pasang (flashdisk)"
    text = str(resolved)
    if any(text.startswith(p) for p in MEDIA_PREFIXES) and fs not in {"ext4", "btrfs", "xfs"}:
        return "media lepas-pasang (flashdisk)"
    return None


def check_live_location(path: Path | str) -> None:
    kind = unsafe_kind(path)
    if kind:
        raise UnsafeLocation(Path(path), kind)
