#!/usr/bin/env bash
# Refresh i18n/*.ts from the source (new strings appear as "unfinished" for translators).
#   bash scripts/update-translations.sh [LANG...]   e.g. es cy   (default: every existing .ts)
# Compiling them to .qm happens in `scripts/dev.sh setup` (pyside6-lrelease).
set -euo pipefail
cd "$(dirname "$0")/.."
langs=("$@")
if [ ${#langs[@]} -eq 0 ]; then
  for ts in i18n/familysafe_*.ts; do langs+=("$(basename "$ts" .ts | sed 's/^familysafe_//')"); done
fi
mapfile -t sources < <(find familysafe -name '*.py' | sort)
for lang in "${langs[@]}"; do
  .venv/bin/pyside6-lupdate -silent -no-obsolete -locations none "${sources[@]}" -ts "i18n/familysafe_${lang}.ts"
done
