#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu checkout:
#   bash packaging/dev.sh demo   open Berdaya on a demo database (created on first use)
#   bash packaging/dev.sh test   run the whole test suite headless (extra args go to pytest)
# On first use it creates .venv, installs the package with its test extra, and installs the
# system libraries Qt needs (as root; otherwise it prints the exact apt-get line to run).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
venv="$here/.venv"

QT_DEB_PACKAGES=(libgl1 libegl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1)

say() { printf 'berdaya: %s\n' "$*" >&2; }

apt_install() {
  # Installs Debian packages as root; otherwise says exactly what to run and stops.
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "memasang paket sistem: $*"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  else
    say "paket sistem belum terpasang. Jalankan:"
    say "  sudo apt-get install -y $*"
    exit 1
  fi
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"
      return
    fi
  done
  say "Python 3.11 atau lebih baru diperlukan (python3 --version)."
  exit 1
}

ensure_venv() {
  local py
  py="$(find_python)"
  if [ ! -x "$venv/bin/python" ]; then
    if ! "$py" -c 'import ensurepip, venv' >/dev/null 2>&1; then
      local ver
      ver="$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
      apt_install "python${ver}-venv"
    fi
    say "membuat lingkungan Python di .venv"
    "$py" -m venv "$venv"
  fi
  # Reinstall only when the project's dependencies changed.
  local stamp="$venv/.berdaya-installed" want
  want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "memasang Berdaya dan dependensinya (sekali saja)"
    "$venv/bin/python" -m pip install -q --upgrade pip
    "$venv/bin/python" -m pip install -q -e ".[test]"
    echo "$want" >"$stamp"
  fi
}

ensure_qt_libraries() {
  # Ask the dynamic linker what Qt's libraries and platform plugins lack.
  [ "$(uname -s)" = "Linux" ] || return 0
  local qt missing
  qt="$("$venv/bin/python" -c 'import os, PySide6; print(os.path.dirname(PySide6.__file__))')/Qt"
  missing="$(ldd "$qt"/lib/libQt6Widgets.so.6 "$qt"/plugins/platforms/libqxcb.so \
    "$qt"/plugins/platforms/libqoffscreen.so 2>/dev/null | grep 'not found' || true)"
  if [ -n "$missing" ]; then
    apt_install "${QT_DEB_PACKAGES[@]}"
  fi
}

cmd="${1:-}"
shift || true
case "$cmd" in
  demo)
    ensure_venv
    ensure_qt_libraries
    db="$here/.demo/berdaya-demo.db"
    mkdir -p "$here/.demo"
    if [ ! -f "$db" ]; then
      "$venv/bin/berdaya" --db "$db" demo
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      say "tidak ada layar (DISPLAY kosong). Jalankan dari sesi desktop, atau: xvfb-run bash packaging/dev.sh demo"
      exit 1
    fi
    exec "$venv/bin/berdaya" --db "$db" gui "$@"
    ;;
  test)
    ensure_venv
    ensure_qt_libraries
    export QT_QPA_PLATFORM=offscreen
    exec "$venv/bin/python" -m pytest "$@"
    ;;
  *)
    echo "pemakaian: bash packaging/dev.sh demo|test" >&2
    exit 2
    ;;
esac
