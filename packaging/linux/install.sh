#!/usr/bin/env bash
# Install a built bundle for the current user: ~/.local/opt/berdaya, a `berdaya` command in
# ~/.local/bin, the menu entry and the icon. The database stays in the user's data folder
# (~/.local/share/Berdaya) and survives re-installs.
#   bash packaging/linux/install.sh build/dist/berdaya
set -euo pipefail
bundle="$(cd "${1:?pemakaian: install.sh FOLDER_BUNDLE}" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${HOME}/.local"
mkdir -p "$prefix/opt" "$prefix/bin" "$prefix/share/applications" "$prefix/share/icons/hicolor/scalable/apps"
rm -rf "$prefix/opt/berdaya"
cp -a "$bundle" "$prefix/opt/berdaya"
ln -sf "$prefix/opt/berdaya/berdaya" "$prefix/bin/berdaya"
sed "s|^Exec=berdaya|Exec=$prefix/bin/berdaya|" "$here/berdaya.desktop" >"$prefix/share/applications/berdaya.desktop"
cp "$(find "$bundle" -name berdaya.svg -path "*icons*" | head -n 1)" "$prefix/share/icons/hicolor/scalable/apps/berdaya.svg"
echo "Berdaya terpasang: $prefix/bin/berdaya (menu: Office → Berdaya)"
