#!/usr/bin/env bash
# Make sure the system libraries Qt needs are present.
#   scripts/sysdeps.sh offscreen   libraries for headless tests (QT_QPA_PLATFORM=offscreen)
#   scripts/sysdeps.sh window      plus the xcb libraries a real window needs
#   scripts/sysdeps.sh packaging   plus what building and checking the bundle and desktop files needs
# On Debian/Ubuntu as root, missing packages are installed with apt-get. Elsewhere the exact
# missing packages are printed and the run goes on (the libraries may come from elsewhere).
set -u
mode=${1:-window}
# Fonts: Noto Sans (Latin with Vietnamese, Cyrillic) and the Devanagari, Tamil and Bengali families
# come with fonts-noto-core, Simplified Chinese with fonts-noto-cjk: the field kit prints and shows
# these scripts (tests/desktop/test_fieldkit_export.py checks every string against them).
offscreen="libglib2.0-0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core
fonts-noto-core fonts-noto-cjk"
window="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 libxcb-randr0 libxcb-shm0
libxcb-sync1 libxcb-xfixes0 libxcb1 libxcb-xinerama0"
packaging="binutils appstream desktop-file-utils"
wanted=$offscreen
[ "$mode" = window ] && wanted="$offscreen $window"
[ "$mode" = packaging ] && wanted="$offscreen $packaging"
# A venv needs ensurepip, which Debian ships separately.
python3 -c "import ensurepip" >/dev/null 2>&1 || wanted="$wanted python3-venv"

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "sysdeps: not a Debian/Ubuntu system; Qt needs these libraries (Debian names): $wanted" >&2
  exit 0
fi
missing=""
for pkg in $wanted; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  case "$status" in *"ok installed"*) ;; *) missing="$missing $pkg" ;; esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "sysdeps: installing$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends $missing >/dev/null \
    || { echo "sysdeps: apt-get install failed for:$missing" >&2; exit 1; }
else
  echo "sysdeps: missing system packages:$missing" >&2
  echo "sysdeps: install them with: sudo apt-get install$missing" >&2
fi
exit 0
