#!/usr/bin/env bash
# A compressed disk image of the built app, with a shortcut to /Applications to drag it onto.
#
#   pyinstaller --noconfirm packaging/tietosuoja.spec && packaging/macos/make_dmg.sh
#
# Writes dist/Tietosuoja-Desktop-<version>-<arch>.dmg (the version from the package, the
# architecture of the Mac that built it: arm64 or x86_64). Signing and
# notarisation are optional steps before and after this one: see packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

python=${PYTHON:-python3}
app_name=$("$python" -c "from tietosuoja_desktop import APP_NAME; print(APP_NAME)")
version=$("$python" -c "from tietosuoja_desktop import __version__; print(__version__)")
app="dist/${app_name}.app"
dmg="dist/${app_name// /-}-${version}-$(uname -m).dmg"

if [ ! -d "$app" ]; then
  echo "No $app: build it first (pyinstaller --noconfirm packaging/tietosuoja.spec)" >&2
  exit 1
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
hdiutil create -volname "$app_name $version" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"
echo "$dmg"
