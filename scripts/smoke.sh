#!/usr/bin/env bash
# Install smoke tests, as a user would meet the app (CI runs all three after the test suite):
#   scripts/smoke.sh wheel          build the wheel, install it into a new venv outside the checkout,
#                                   run the CLIs and the app (offscreen) from there
#   scripts/smoke.sh bundle         build the desktop bundle, run it with no Python and no venv on PATH
#   scripts/smoke.sh desktop-files  validate the .desktop entry and the AppStream metainfo, and check
#                                   that make install puts everything where freedesktop expects
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A user's folders, empty: nothing from a developer's or a test's run is reused.
user_env=(HOME="$work/home" PREPOZNAJ_DATA_DIR="$work/data" PREPOZNAJ_CACHE_DIR="$work/cache"
  PREPOZNAJ_CONFIG_DIR="$work/config" PREPOZNAJ_LOG_DIR="$work/log" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8)
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -1)
content_version=$(sed -n 's/^version: *"\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' content/meta.yaml)
expected="Prepoznaj $version (content $content_version+"  # then the content digest, as in the About box
say() { printf '\n== %s\n' "$*"; }
check_version() {
  case "$1" in "$expected"*")") ;; *) echo "smoke: --version printed '$1', expected '$expected…)'" >&2; exit 1 ;; esac
  echo "$1"
}
timed() {  # seconds taken by a command, on stderr
  local start end
  start=$(date +%s.%N); "$@"; end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "(%.2f s)\n", e - s }' >&2
}

wheel() {
  say "wheel: build"
  make -s wheel
  local whl
  whl=$(ls dist/prepoznaj-"$version"-*.whl)
  python3 - "$whl" <<'PY'
import subprocess, sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
tracked = subprocess.run(["git", "ls-files", "content"], capture_output=True, text=True, check=True).stdout.split()
missing = [p for p in tracked if p not in names]
qm = sorted(n for n in names if n.endswith(".qm"))
problems = [f"not in the wheel: {p}" for p in missing]
if len(qm) < 4:
    problems.append(f"compiled catalogues in the wheel: {qm}")
for wanted in ("desktop/resources/icons/prepoznaj.svg", "desktop/resources/style/article.css",
               "content/assessment/__init__.py", "desktop/assessment/__init__.py"):
    if wanted not in names:
        problems.append(f"not in the wheel: {wanted}")
print("\n".join(problems) or f"wheel holds all {len(tracked)} content files and {len(qm)} catalogues")
sys.exit(1 if problems else 0)
PY
  ls -l "$whl"
  say "wheel: install into a new venv outside the checkout"
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install -q --disable-pip-version-check -c "$repo/requirements/constraints.txt" "$repo/$whl"
  cd "$work"  # nothing of the checkout on the path from here on
  local py="$work/venv/bin/python"
  run() { env -u PYTHONPATH "${user_env[@]}" "$@"; }
  say "wheel: prepoznaj --version"
  check_version "$(run "$work/venv/bin/prepoznaj" --version)"
  say "wheel: python -m content check"
  run "$py" -m content check | tail -1
  say "wheel: python -m content assess --indicators cd_confiscation_of_documents --json"
  run "$py" -m content assess --indicators cd_confiscation_of_documents --json > "$work/assess.json"
  "$py" -c 'import json,sys; r=json.load(open(sys.argv[1])); print("outcome:", r["outcome"], "| trace:", len(r["trace"]))' "$work/assess.json"
  say "wheel: python -m search_index search pasos --json"
  run "$py" -m search_index search pasos --json > "$work/search.json"
  "$py" -c 'import json,sys; h=json.load(open(sys.argv[1])); assert h, "no hits for pasos"; print(len(h), "hits, first:", h[0]["id"])' "$work/search.json"
  say "wheel: prepoznaj --exit-when-ready (offscreen)"
  timed run "$work/venv/bin/prepoznaj" --exit-when-ready
  cd "$repo"
}

bundle() {
  say "bundle: build"
  timed make -s bundle
  local program="$repo/dist/prepoznaj/prepoznaj"
  local catalogues
  catalogues=$(find dist/prepoznaj -path '*desktop/resources/translations/*.qm' | wc -l)
  [ "$catalogues" -ge 4 ] || { echo "smoke: the bundle holds $catalogues compiled catalogues" >&2; exit 1; }
  if find dist/prepoznaj -name 'libgtk-3*' -o -name '*qgtk3*' | grep -q .; then
    echo "smoke: the bundle holds GTK (the GTK platform theme should be left out)" >&2; exit 1
  fi
  echo "bundle: $(du -sh dist/prepoznaj | cut -f1), $catalogues catalogues"
  # No Python, no venv: only the system's own folders on PATH, and an empty environment.
  run() { env -i PATH=/usr/bin:/bin "${user_env[@]}" "$@"; }
  cd "$work"
  say "bundle: --version"
  check_version "$(run "$program" --version)"
  say "bundle: --exit-when-ready, first start (builds the search index) and a warm start"
  timed run "$program" --exit-when-ready
  timed run "$program" --exit-when-ready
  cd "$repo"
}

desktop_files() {
  say "desktop files: appstreamcli validate"
  appstreamcli validate --no-net --pedantic resources/linux/org.prepoznaj.Prepoznaj.metainfo.xml
  say "desktop files: desktop-file-validate"
  desktop-file-validate resources/linux/org.prepoznaj.Prepoznaj.desktop
  echo "org.prepoznaj.Prepoznaj.desktop: valid"
  say "desktop files: make install-desktop-files DESTDIR=... PREFIX=/usr"
  make -s install-desktop-files DESTDIR="$work/root" PREFIX=/usr
  for f in applications/org.prepoznaj.Prepoznaj.desktop metainfo/org.prepoznaj.Prepoznaj.metainfo.xml \
    icons/hicolor/scalable/apps/org.prepoznaj.Prepoznaj.svg icons/hicolor/48x48/apps/org.prepoznaj.Prepoznaj.png \
    icons/hicolor/256x256/apps/org.prepoznaj.Prepoznaj.png; do
    [ -s "$work/root/usr/share/$f" ] || { echo "smoke: make install did not place share/$f" >&2; exit 1; }
  done
  echo "installed: $(cd "$work/root/usr/share" && find . -type f | wc -l) files under share/"
}

case "${1:-}" in
  wheel) wheel ;;
  bundle) bundle ;;
  desktop-files) desktop_files ;;
  *) echo "usage: $0 wheel|bundle|desktop-files" >&2; exit 2 ;;
esac
