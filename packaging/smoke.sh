#!/usr/bin/env bash
# Try an installed NetJournal as a user would, offscreen: the bundle
# (packaging/smoke.sh dist/netjournal/netjournal) or the `netjournal` a wheel installed.
# Every command must exit 0 and print no warning; the window must start in Indonesian with
# --lang id. Prints one line per check and fails if any check failed.
set -uo pipefail
prog=${1:?usage: packaging/smoke.sh PATH/TO/netjournal}
here=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$here/src/netjournal/__init__.py")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen PYTHONWARNINGS=default
unset NETJOURNAL_DATA_DIR
failed=0

fail() { echo "FAIL $1"; failed=$((failed + 1)); }

# run NAME ARGS...: runs the program; fails on a non-zero exit or on anything on stderr
# but the offscreen platform's own notes (the test suite ignores the same ones).
run() {
    local name=$1 code=0
    shift
    "$prog" "$@" >"$work/out" 2>"$work/err" || code=$?
    # ...and the note a writer gives when it makes a journal in an empty folder
    grep -v -e '^This plugin does not support ' -e '^netjournal [a-z]*: created a new journal in ' \
        "$work/err" >"$work/noise"
    if [[ $code -ne 0 ]]; then
        fail "$name: exit $code"; cat "$work/err"
    elif [[ -s $work/noise ]] || grep -qi 'warning' "$work/out"; then
        fail "$name: printed a warning"; cat "$work/noise" "$work/out"
    else
        echo "ok   $name"
    fi
}

# expect NAME PATTERN FILE: FILE must hold PATTERN (an extended regex)
expect() {
    if grep -Eq -- "$2" "$3"; then echo "ok   $1"; else fail "$1"; cat "$3"; fi
}

d="$work/journal"
run "--version" --version
expect "version is $version" "^netjournal $version\$" "$work/out"

run "demo" demo --data-dir "$d" --contacts 40 --quiet
expect "demo made 40 contacts" "^created 40 contacts" "$work/out"

run "print" print --data-dir "$d" 1 -o "$work/summary.pdf" --json
expect "print says one page" '"pages": 1,' "$work/out"
pages=$(grep -ao '/Type /Page\b' "$work/summary.pdf" | wc -l)
[[ $pages -eq 1 ]] && echo "ok   the PDF has one page" || fail "the PDF has $pages pages"

for format in vcard csv json; do
    run "export $format" export --data-dir "$d" --format "$format" -o "$work/out.$format"
    expect "export $format wrote 40 contacts" "^exported 40 contacts" "$work/out"
done
run "export ics" export --data-dir "$d" --format ics -o "$work/out.ics"
expect "export ics wrote the follow-ups" "^exported [0-9]+ calendar entries" "$work/out"
run "import vcard" import --data-dir "$work/from-vcard" "$work/out.vcard"
expect "import took 40 contacts from the vCard" "^imported 40, merged 0" "$work/out"
run "import json" import --data-dir "$work/from-json" "$work/out.json"
expect "import took 40 contacts from the backup" "^imported 40, merged 0" "$work/out"

run "window, Indonesian" --quit-when-ready --lang id --data-dir "$d"
"$prog" --quit-when-ready --lang id --data-dir "$d" --verbose >"$work/out" 2>"$work/err"
expect "Indonesian translations loaded" \
    "language id: :/translations/netjournal_id.qm, :/translations/qtbase_id.qm" "$work/err"
expect "window ready" "ready in [0-9]+ ms" "$work/err"

# An encrypted journal: SQLCipher and the key file's cryptography are in the bundle.
export NETJOURNAL_PASSPHRASE="smoke test passphrase"
run "encrypt" encrypt --data-dir "$d" --recovery-pdf "$work/recovery.pdf"
expect "encrypt showed the recovery key" "^recovery key .*: [A-Z2-7]{4}(-[A-Z2-7]{4}){7}\$" "$work/out"
if head -c 15 "$d/netjournal.sqlite3" | grep -q "SQLite format 3"; then
    fail "the journal is still plain after encrypt"
else
    echo "ok   the journal file is encrypted"
fi
run "search, encrypted" search --data-dir "$d" --json a
expect "search reads the encrypted journal" '"name": ' "$work/out"
run "window, encrypted" --quit-when-ready --data-dir "$d"
run "decrypt" decrypt --data-dir "$d"
unset NETJOURNAL_PASSPHRASE

if [[ $failed -ne 0 ]]; then
    echo "$failed check(s) failed for $prog"
    exit 1
fi
echo "all checks passed for $prog"
