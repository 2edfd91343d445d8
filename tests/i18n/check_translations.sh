#!/usr/bin/env bash
# Every visible string of the app has its Swedish and English translation: lupdate runs over the
# sources into copies of the committed .ts files, and any entry it leaves unfinished (a string
# added or changed without a translation, or never extracted at all) fails the test, by name.
set -euo pipefail
lupdate=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root"/resources/translations/bollplank_sv.ts "$root"/resources/translations/bollplank_en.ts "$work"/
cd "$root"
"$lupdate" -silent -locations none -no-obsolete src/app qml -ts "$work"/bollplank_sv.ts "$work"/bollplank_en.ts
status=0
for ts in "$work"/bollplank_sv.ts "$work"/bollplank_en.ts; do
    missing=$(python3 - "$ts" <<'PY'
import re, sys, html
text = open(sys.argv[1], encoding="utf-8").read()
for message in re.findall(r"<message[^>]*>.*?</message>", text, re.S):
    if 'type="unfinished"' in message:
        print("  " + html.unescape(re.search(r"<source>(.*?)</source>", message, re.S).group(1))[:120])
PY
)
    if [ -n "$missing" ]; then
        echo "$(basename "$ts"): untranslated strings (run the update_translations target, then translate):"
        echo "$missing"
        status=1
    fi
done
exit $status
