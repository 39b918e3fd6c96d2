#!/usr/bin/env bash
# Runs the checks once from a copy of the repository in a temporary folder with nothing beside it (no ../shared,
# no $BACKSTORY_DATA), as a fresh clone would: typecheck, unit tests and both builds. The e2e suites are left out
# here (they read only tests/fixtures and run in the main `npm test`); running them twice would double CI time.
# The copy holds the files git knows (tracked, or new and not ignored); node_modules is linked, not installed again.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/backstory-alone-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/backstory"
git ls-files -z --cached --others --exclude-standard |
  tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$tmp/backstory"
ln -s "$repo/node_modules" "$tmp/backstory/node_modules"
cd "$tmp/backstory"
if [ -e ../shared ]; then
  echo "test-alone: $tmp/shared exists; the point is that nothing is beside the copy" >&2
  exit 1
fi
echo "test-alone: checking a copy at $tmp/backstory with nothing beside it"
unset BACKSTORY_DATA
npm run -s typecheck
npm run -s test:unit
npm run -s build >/dev/null
npm run -s build:firefox >/dev/null
echo "test-alone: typecheck, unit tests and both builds pass without ../shared"
