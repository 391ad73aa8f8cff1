#!/usr/bin/env bash
# Set up FamilySafe in .venv/ and run it or its tests.
#   bash scripts/dev.sh run [ARGS...]    set up, then start the app (.venv/bin/familysafe ARGS)
#   bash scripts/dev.sh test [PYTEST...] set up, check lint, format and types, then run the tests
#   bash scripts/dev.sh lint             set up, then check lint and formatting (ruff) and types (mypy)
#   bash scripts/dev.sh bundle           set up, build the one-folder bundle in dist/ and smoke-test it
#   bash scripts/dev.sh setup            set up only
# Set-up is quick when nothing changed: it reinstalls only when pyproject.toml or the lock changed.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages Qt needs: offscreen first, then the xcb (X11) window system, then fonts.
QT_DEBS=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libdbus-1-3 libfontconfig1 fonts-dejavu-core
         libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
         libxcb-shape0 libxkbcommon-x11-0)

# For the tests only: a real X display with a tray host, so the tray icon is tested for real,
# and the validators for the desktop entry and the AppStream metainfo.
TEST_DEBS=(xvfb trayer desktop-file-utils appstream)

say() { printf 'familysafe setup: %s\n' "$*" >&2; }

debian_packages() {
  command -v dpkg-query >/dev/null || return 0
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
  else
    say "FamilySafe needs these Debian packages; please install them (as root):"
    say "  apt-get install ${missing[*]}"
  fi
}

python_venv() {
  local py=${PYTHON:-}
  if [ -z "$py" ]; then
    for candidate in python3.13 python3.12 python3.11 python3; do
      if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        py=$candidate; break
      fi
    done
  fi
  [ -n "$py" ] || { say "Python 3.11 or newer is needed"; exit 1; }
  if [ ! -x .venv/bin/python ]; then
    say "creating .venv with $py"
    "$py" -m venv .venv || { say "venv failed: on Debian run 'apt-get install python3-venv'"; exit 1; }
  fi
  local stamp=.venv/.familysafe-installed
  local want
  want=$(cat pyproject.toml requirements-lock.txt | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing FamilySafe and its test tools into .venv"
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
    .venv/bin/python -m pip install -q --disable-pip-version-check -c requirements-lock.txt -e '.[test]'
    echo "$want" > "$stamp"
  fi
}

translations() {
  # Compile i18n/*.ts to .qm when a source is newer than its compiled file.
  local ts qm
  for ts in i18n/*.ts; do
    [ -e "$ts" ] || continue
    qm=${ts%.ts}.qm
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
    fi
  done
  # The pseudo-locale for development (FAMILYSAFE_LANG=pseudo), rebuilt when a .ts changed.
  local pseudo=i18n/familysafe_pseudo.qm
  if [ ! -f "$pseudo" ] || [ -n "$(find i18n -name '*.ts' -newer "$pseudo" -print -quit)" ]; then
    .venv/bin/python scripts/pseudo-translation.py "$pseudo"
  fi
}

lint() {
  # Lint and format are checked before the tests; a failure names the file and line.
  .venv/bin/ruff check --quiet . || { say "ruff check failed (fix, or .venv/bin/ruff check --fix .)"; exit 1; }
  .venv/bin/ruff format --check --quiet . || { say "ruff format: run .venv/bin/ruff format ."; exit 1; }
  types
}

types() {
  # Types (settings in pyproject.toml, cache in .venv/): silent when clean, else each error.
  local out
  out=$(.venv/bin/mypy 2>&1) || {
    printf '%s\n' "$out" >&2
    say "mypy found type errors (listed above; check again with .venv/bin/mypy)"
    exit 1
  }
}

setup() { debian_packages "${QT_DEBS[@]}"; python_venv; translations; }

cmd=${1:-run}; shift || true
case $cmd in
  setup) setup ;;
  run) setup; exec .venv/bin/familysafe "$@" ;;
  test)
    setup; debian_packages "${TEST_DEBS[@]}"
    lint
    export QT_QPA_PLATFORM=offscreen; exec .venv/bin/python -m pytest "$@" ;;
  lint) setup; lint ;;
  bundle)
    # The one-folder bundle for parents (dist/FamilySafe/familysafe), then a smoke test of it.
    setup; debian_packages binutils
    .venv/bin/python -m pip install -q --disable-pip-version-check -c requirements-lock.txt -e '.[bundle]'
    .venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
      --workpath build/pyinstaller packaging/pyinstaller/familysafe.spec
    bash packaging/pyinstaller/smoke-test.sh dist/FamilySafe
    archive=dist/FamilySafe-$(.venv/bin/python -c 'from familysafe.about import __version__; print(__version__)')-linux-$(uname -m).tar.gz
    tar -C dist -czf "$archive" FamilySafe
    say "bundle: dist/FamilySafe ($(du -sh dist/FamilySafe | cut -f1)), packed as $archive ($(du -sh "$archive" | cut -f1))" ;;
  *) echo "usage: bash scripts/dev.sh run|test|lint|bundle|setup [ARGS...]" >&2; exit 2 ;;
esac
