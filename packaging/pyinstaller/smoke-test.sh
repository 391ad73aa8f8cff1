#!/usr/bin/env bash
# Smoke-test a built one-folder bundle: the command line, a PDF, and the window for a few seconds.
#   bash packaging/pyinstaller/smoke-test.sh [dist/FamilySafe]
set -euo pipefail
bundle=${1:-dist/FamilySafe}
exe=$bundle/familysafe
[ -x "$exe" ] || { echo "smoke test: no executable at $exe" >&2; exit 1; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
step() { printf 'smoke test: %s\n' "$*" >&2; }

step "version: $("$exe" --version)"
"$exe" --data-dir "$data" member add Arun --born 2017-03 >/dev/null
"$exe" --data-dir "$data" app add Arun roblox >/dev/null
"$exe" --data-dir "$data" member list --json | grep -q '"Arun"' || { step "member list lost Arun"; exit 1; }
step "content: $("$exe" --data-dir "$data" topic list --json | grep -c '"id"') topics"
FAMILYSAFE_LANG=es "$exe" --data-dir "$data" topic list | grep -q 'Ajustes de privacidad' \
  || { step "Spanish content or translations missing"; exit 1; }
"$exe" --data-dir "$data" export pdf "$data/carer.pdf" --kind carer >/dev/null
head -c 5 "$data/carer.pdf" | grep -q '%PDF-' || { step "the carer PDF was not written"; exit 1; }
step "carer PDF: $(wc -c < "$data/carer.pdf") bytes"

# The window: started offscreen, it must still be running after five seconds (timeout's 124).
set +e
QT_QPA_PLATFORM=offscreen timeout 5 "$exe" --data-dir "$data" >/dev/null 2>&1
rc=$?
set -e
[ "$rc" = 124 ] || { step "the window exited early (exit $rc)"; exit 1; }
step "window: started and kept running"
step "size: $(du -sh "$bundle" | cut -f1)"
step "passed"
