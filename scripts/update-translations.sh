#!/usr/bin/env bash
# Regenerates data/translations/commonground.pot from the strings a user
# sees: the C++ sources of the window (src/app, marked with _(), wxPLURAL and
# wxTRANSLATE) and the labels of the forms (forms/*.xrc, which wxrc --gettext
# turns into _() calls, as Poedit's scripts/refresh-pot.sh does), then merges
# it into every data/translations/<lang>.po. Translate the new and "fuzzy"
# entries afterwards (Poedit, or any editor) and remove the fuzzy marks;
# the build refuses a catalog whose format strings do not match.
#   scripts/update-translations.sh          update the .pot and the .po files
#   scripts/update-translations.sh --pot F  only write the template to F
#                                           (tests/app compares it with ours)
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in xgettext:gettext msgmerge:gettext msgfmt:gettext wxrc:wx-common; do
  command -v "${tool%%:*}" >/dev/null ||
    { echo "$0: ${tool%%:*} is not installed (package ${tool#*:}; see scripts/install-deps.sh)" >&2; exit 1; }
done

pot=data/translations/commonground.pot
only_pot=false
if [ "${1:-}" = "--pot" ]; then
  pot=$2
  only_pot=true
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# wxrc writes one _("label") line per translatable XRC text, each after a
# #line naming the form, so the .pot's references point at the .xrc files.
for form in forms/*.xrc; do
  wxrc --gettext "$form" >"$work/$(basename "$form").cpp"
done

# A sorted file list, so the order of the entries is the same on every machine.
find src/app -name '*.cpp' -o -name '*.h' | LC_ALL=C sort >"$work/files"
ls "$work"/*.xrc.cpp | LC_ALL=C sort >>"$work/files"
xgettext --language=C++ --from-code=UTF-8 --add-comments=TRANSLATORS: \
  --keyword=_ --keyword=wxPLURAL:1,2 --keyword=wxTRANSLATE --keyword=wxGETTEXT_IN_CONTEXT:1c,2 --keyword=wxTRANSLATE_IN_CONTEXT:1c,2 \
  --package-name=CommonGround \
  --sort-by-file --no-wrap --files-from="$work/files" --output="$work/commonground.pot"
# Without the creation date the file changes only when a string does.
sed -e '/^"POT-Creation-Date:/d' "$work/commonground.pot" >"$pot"

$only_pot && exit 0
for po in data/translations/*.po; do
  msgmerge --quiet --update --backup=none --no-wrap "$po" "$pot"
  msgfmt --check --statistics -o /dev/null "$po"
done
