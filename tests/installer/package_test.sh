#!/usr/bin/env bash
# The Debian package as a user gets it: builds it with CPack from an already
# built tree, unpacks it with dpkg-deb -x into a temporary root (no
# installation, so the programs must find their resources relative to
# themselves) and runs the CLI and the GUI from there; then lets lintian,
# appstreamcli and desktop-file-validate judge the package.
#   usage: package_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BUILD_DIR SOURCE_DIR" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "== $*"; }

# Each tool with the Debian package that provides it; scripts/install-deps.sh
# installs them all.
while read -r tool package; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (Debian package $package; run scripts/install-deps.sh)"
done <<'EOF'
cpack cmake
dpkg-deb dpkg
dpkg-shlibdeps dpkg-dev
lintian lintian
appstreamcli appstream
desktop-file-validate desktop-file-utils
xvfb-run xvfb
pdfinfo poppler-utils
file file
EOF

# Canonical, because the programs report the canonical paths of what they read.
work=$(cd "$(mktemp -d)" && pwd -P)
trap 'rm -rf "$work"' EXIT
# Nothing of the caller's leaks in: no database, data or font folder from the
# environment, and a home of our own for settings and the default database.
unset COMMONGROUND_DB COMMONGROUND_DATA_DIR COMMONGROUND_FONT_DIR XDG_DATA_HOME XDG_CONFIG_HOME
export HOME="$work/home"
mkdir -p "$HOME"

step "building the package"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"
if ! (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out") >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  fail "cpack -G DEB failed"
fi
debs=("$work"/out/commonground_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one commonground_*.deb in $work/out, found: ${debs[*]}"
deb=${debs[0]}
echo "built $(basename "$deb")"

step "control fields"
[ "$(dpkg-deb -f "$deb" Package)" = commonground ] || fail "Package is not commonground"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is $(dpkg-deb -f "$deb" Version), project is $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for wanted in fonts-dejavu-core fonts-dejavu-extra; do
  grep -qw -- "$wanted" <<<"$depends" || fail "Depends lacks $wanted"
done
# Found by dpkg-shlibdeps from the executables, not listed by hand.
grep -q 'libwxgtk3' <<<"$depends" || fail "Depends lacks the wxWidgets library (dpkg-shlibdeps did not run?)"
grep -q 'libhpdf' <<<"$depends" || fail "Depends lacks libharu (dpkg-shlibdeps did not run?)"
# The interest map's PNG export (src/report/interest_map_png.cpp).
grep -q 'librsvg2' <<<"$depends" || fail "Depends lacks librsvg (dpkg-shlibdeps did not run?)"

step "apt would install it"
# What the README's `sudo apt install ./build/commonground_*.deb` does,
# simulated: apt resolves every dependency the package declares from this
# machine's archive, without changing the machine.
apt-get install --simulate "$deb" >"$work/apt.txt" 2>&1 ||
  { cat "$work/apt.txt" >&2; fail "apt cannot install the package"; }
grep -q '^Inst commonground ' "$work/apt.txt" ||
  { cat "$work/apt.txt" >&2; fail "apt's simulated install does not install commonground"; }

step "unpacking into $work/root"
dpkg-deb -x "$deb" "$work/root"
root=$work/root
share=$root/usr/share/commonground

# The resources are the source tree's, file for file (of forms/, the layouts).
for folder in reports data/catalogs data/samples data/schema; do
  diff -r "$source/$folder" "$share/$folder" >"$work/diff.txt" ||
    { cat "$work/diff.txt" >&2; fail "usr/share/commonground/$folder differs from $folder in the source tree"; }
done
diff <(cd "$source/forms" && ls -- *.xrc) <(cd "$share/forms" && ls) ||
  fail "usr/share/commonground/forms does not hold exactly the forms/*.xrc of the source tree"
for form in "$source"/forms/*.xrc; do
  cmp -s "$form" "$share/forms/${form##*/}" || fail "usr/share/commonground/forms/${form##*/} differs from the source"
done
for exe in commonground commonground-cli; do
  [ -x "$root/usr/bin/$exe" ] || fail "usr/bin/$exe is missing or not executable"
  file "$root/usr/bin/$exe" | grep -q ', stripped' || fail "usr/bin/$exe is not stripped: $(file "$root/usr/bin/$exe")"
done
for size in 16 32 48 64 128 256; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/commonground.png
  file "$png" | grep -q "PNG image data, $size x $size" || fail "icon for ${size}x${size} is not a $size px PNG: $(file "$png")"
done
[ -f "$root/usr/share/icons/hicolor/scalable/apps/commonground.svg" ] || fail "the scalable SVG icon is missing"
zcat "$root/usr/share/man/man1/commonground-cli.1.gz" | grep -q '^\.TH COMMONGROUND-CLI 1' ||
  fail "usr/share/man/man1/commonground-cli.1.gz is not the commonground-cli(1) page"
# The version is written by hand in four files besides project(); a new
# version needs an entry or a new header in each.
changelog_version=$(zcat "$root/usr/share/doc/commonground/changelog.gz" | sed -n '1s/^commonground (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] ||
  fail "installer/changelog starts with version '$changelog_version', the project is $version: add an entry"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/io.commonground.CommonGround.metainfo.xml" ||
  fail "installer/io.commonground.CommonGround.metainfo.xml has no <release> for $version"
for page in commonground commonground-cli; do
  zcat "$root/usr/share/man/man1/$page.1.gz" | grep -q "^\.TH .* \"CommonGround $version\"" ||
    fail "installer/$page.1 is not headed CommonGround $version"
done

step "desktop entry and AppStream metainfo"
desktop-file-validate "$root/usr/share/applications/commonground.desktop" ||
  fail "desktop-file-validate rejects commonground.desktop"
# validate-tree also checks that the metainfo's launchable names a desktop
# entry the package installs.
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli rejects the metainfo"

step "the CLI from the unpacked tree"
cli=$root/usr/bin/commonground-cli
db=$work/t.db
"$cli" --db "$db" init
"$cli" --db "$db" import "$share/data/samples/dental-practice-ransomware.cgcase"
"$cli" --db "$db" catalog check >"$work/catalogs.txt" ||
  { cat "$work/catalogs.txt" >&2; fail "catalog check failed from the unpacked tree"; }
grep -q "$share/data/catalogs" "$work/catalogs.txt" ||
  { cat "$work/catalogs.txt" >&2; fail "catalog check did not read the unpacked data/catalogs"; }
"$cli" --db "$db" template check || fail "template check failed from the unpacked tree"
"$cli" --db "$db" draft CG-2026-0001 --out "$work/d.pdf"
pdfinfo "$work/d.pdf" >"$work/pdfinfo.txt" || fail "pdfinfo cannot read the draft"
pages=$(sed -n 's/^Pages: *//p' "$work/pdfinfo.txt")
[ "${pages:-0}" -ge 2 ] || { cat "$work/pdfinfo.txt" >&2; fail "the draft has ${pages:-no} pages"; }
echo "draft: $pages pages"

step "the GUI from the unpacked tree, under Xvfb"
gui_db=$work/g.db
xvfb-run -a -s "-screen 0 1280x900x24" "$root/usr/bin/commonground" --db "$gui_db" --exit-when-idle \
  >"$work/gui.txt" 2>&1 || { cat "$work/gui.txt" >&2; fail "commonground did not start and exit cleanly"; }
cat "$work/gui.txt"
grep -q '^idle main window after' "$work/gui.txt" || fail "commonground exited before its window was idle"
# A first start imports the sample cases from the unpacked data/samples.
"$cli" --db "$gui_db" case list >"$work/cases.txt"
grep -q 'CG-2026-0001' "$work/cases.txt" ||
  { cat "$work/cases.txt" >&2; fail "the GUI's first start did not import the sample cases"; }

step "lintian"
# lintian exits non-zero both when it finds an error tag (--fail-on error) and
# when it cannot check the package at all; the E: lines tell the two apart.
# Warnings and infos are shown, not failed on.
status=0
lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || status=$?
cat "$work/lintian.txt"
if grep -q '^E:' "$work/lintian.txt"; then
  fail "lintian reports errors"
elif [ "$status" -ne 0 ]; then
  fail "lintian could not check the package (exit status $status)"
fi

echo "PASS: $(basename "$deb")"
