#!/usr/bin/env bash
# Refresh every i18n/familysafe_<lang>.ts from the code: the window's self.tr() and
# QCoreApplication.translate() calls and, below the window, familysafe.words' translate() and
# Counted(...).tr() calls. New sentences appear as "unfinished" for translators; sentences gone
# from the code are dropped.
#   bash scripts/update-translations.sh            every language that has a .ts
#   bash scripts/update-translations.sh fr pl      only these; a new code starts a new language
# Then translate in Linguist (.venv/bin/pyside6-linguist i18n/familysafe_fr.ts) or any editor;
# tests/words/test_ts_complete.py fails while a sentence is untranslated without a translator
# comment saying why. Compiling to .qm happens in `scripts/dev.sh setup` (pyside6-lrelease).
set -euo pipefail
cd "$(dirname "$0")/.."
langs=("$@")
if [ ${#langs[@]} -eq 0 ]; then
  for ts in i18n/familysafe_*.ts; do langs+=("$(basename "$ts" .ts | sed 's/^familysafe_//')"); done
fi
mapfile -t sources < <(find familysafe -name '*.py' | sort)
for lang in "${langs[@]}"; do
  ts="i18n/familysafe_${lang}.ts"
  new=()
  [ -f "$ts" ] || new=(-target-language "$lang")  # a new language: its plural forms come from it
  .venv/bin/pyside6-lupdate -silent -no-obsolete -locations none "${new[@]}" "${sources[@]}" -ts "$ts"
done
# Right-to-left languages: names and numbers put into the window's sentences are isolated.
.venv/bin/python scripts/isolate-placeholders.py
