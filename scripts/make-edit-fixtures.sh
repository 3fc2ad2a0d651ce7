#!/usr/bin/env bash
# Regenerates test/fixtures/edits/*.xlsx: the bundled sample's standard workbook, edited in
# LibreOffice Calc the way a clerk edits it (rows inserted, deleted, moved, cells retyped), as
# test/fixtures/edits/edits.json lists. Needs LibreOffice Calc and python3-uno (Debian:
# apt-get install libreoffice-calc python3-uno). test/workbook/edits.test.ts reads the results.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s build:cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node bin/jixiao.js build samples/hunan-province-2024.json --out "$work/built" --force >/dev/null || [ $? -eq 1 ]
/usr/bin/python3 scripts/edit-with-libreoffice.py test/fixtures/edits/edits.json "$work/built/workbook.xlsx" test/fixtures/edits
ls -l test/fixtures/edits/*.xlsx
