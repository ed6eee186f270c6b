#!/usr/bin/env bash
# Builds the release packages and checks them on this machine.
# - The DEB installs with dpkg and declares its run-time dependencies. Both
#   programs start from /usr/bin and print the project version, the window
#   stays up on the offscreen platform, and the package removes cleanly.
# - The Windows installer script compiles. CPack's NSIS generator runs on
#   Linux with Debian's makensis, so `cpack -G NSIS` packs the same install
#   tree. That .exe contains Linux binaries and only proves the script, which
#   makensis then compiles once more with warnings as errors.
# scripts/run-tests.sh runs this after the test suite. dpkg needs root, so the
# script uses sudo when run as another user. The package is removed again at
# the end, also when a check fails, so the machine is left as found.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=build/package
package_dir="$build_dir/packages"
nsis_dir="$package_dir/_CPack_Packages/Linux/NSIS"

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

current_step="start"
package_installed=0
gui_pid=""
scratch_dir="$(mktemp -d)"

step() {
    current_step="$*"
    echo "package-check: $current_step"
}

fail() {
    echo "package-check: FAILED: $*" >&2
    exit 1
}

cleanup() {
    local status=$?
    if [ -n "$gui_pid" ] && kill -0 "$gui_pid" 2>/dev/null; then
        kill "$gui_pid" 2>/dev/null || true
        wait "$gui_pid" 2>/dev/null || true
    fi
    if [ "$package_installed" -eq 1 ]; then
        echo "package-check: removing the vastharvest package again"
        "${sudo_cmd[@]}" dpkg -r vastharvest >/dev/null || true
    fi
    rm -rf "$scratch_dir"
    if [ "$status" -ne 0 ]; then
        echo "package-check: FAILED in step: $current_step" >&2
    fi
    exit "$status"
}
trap cleanup EXIT

# Prints the first line of a command's output if the output contains the
# version as a whole word (0.1.0 must not match 0.1.01), else fails with it.
expect_version() {
    local what="$1" output="$2"
    if ! grep -Eq "(^|[^0-9.])${version//./\\.}([^0-9.]|$)" <<<"$output"; then
        fail "$what printed no version $version; it printed: $output"
    fi
    echo "package-check:   $what: $(head -n 1 <<<"$output")"
}

# With CCACHE_BASEDIR set, ccache hashes paths relative to the checkout, so
# a clone in another folder reuses the objects an earlier clone compiled.
export CCACHE_BASEDIR="$PWD"

step "configure the release preset into $build_dir"
cmake --preset release -B "$build_dir" -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")"
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build_dir/CMakeCache.txt"
echo "package-check:   project version $version"

step "build vastharvest and vastharvest-cli"
cmake --build "$build_dir" --parallel 2 --target vastharvest vastharvest-cli

step "check the desktop file"
desktop-file-validate resources/vastharvest.desktop

step "make the DEB with cpack"
rm -rf "$package_dir"
(cd "$build_dir" && cpack -G DEB -B packages) >/dev/null
debs=("$package_dir"/vastharvest_"$version"-*_*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no vastharvest_${version}-*.deb in $package_dir"
deb="${debs[0]}"
echo "package-check:   $deb"

step "check the DEB's control fields and contents"
depends="$(dpkg-deb --field "$deb" Depends)"
for needed in libsecret-1-0 qt6-qpa-plugins libssh2-1 libqt6keychain1 libqt6widgets6; do
    grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" \
        || fail "Depends lacks $needed: $depends"
done
for field in Section Priority Maintainer Description; do
    [ -n "$(dpkg-deb --field "$deb" "$field")" ] || fail "the DEB has no $field field"
done
contents="$(dpkg-deb --contents "$deb")"
for path in ./usr/bin/vastharvest ./usr/bin/vastharvest-cli \
    ./usr/share/doc/vastharvest/copyright \
    ./usr/share/applications/vastharvest.desktop \
    ./usr/share/icons/hicolor/scalable/apps/vastharvest.svg \
    ./usr/share/icons/hicolor/16x16/apps/vastharvest.png \
    ./usr/share/icons/hicolor/256x256/apps/vastharvest.png; do
    grep -qF " $path" <<<"$contents" || fail "the DEB does not hold $path"
done

step "install the DEB"
if dpkg-query -W -f='${Status}' vastharvest 2>/dev/null | grep -q "ok installed"; then
    echo "package-check:   a vastharvest package is installed already; it is replaced and removed at the end"
fi
package_installed=1
if ! "${sudo_cmd[@]}" dpkg -i "$deb"; then
    echo "package-check:   dpkg left dependencies open; letting apt-get install them"
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -f -y -q --no-install-recommends
fi
dpkg-query -W -f='${Status}' vastharvest | grep -q "install ok installed" \
    || fail "vastharvest is not installed after dpkg -i and apt-get -f install"

step "run the installed programs"
# A home of their own, so no run writes state into the real one.
app_home="$scratch_dir/home"
mkdir -p "$app_home"
mkdir -m 700 "$scratch_dir/runtime"
app_env=(env HOME="$app_home" XDG_CONFIG_HOME="$app_home/.config"
    XDG_DATA_HOME="$app_home/.local/share" XDG_CACHE_HOME="$app_home/.cache"
    XDG_RUNTIME_DIR="$scratch_dir/runtime" QT_QPA_PLATFORM=offscreen)
expect_version "vastharvest-cli --version" \
    "$("${app_env[@]}" /usr/bin/vastharvest-cli --version 2>&1)"
expect_version "vastharvest --version" \
    "$("${app_env[@]}" timeout 5 /usr/bin/vastharvest --version 2>&1)"

"${app_env[@]}" /usr/bin/vastharvest >"$scratch_dir/gui.log" 2>&1 &
gui_pid=$!
sleep 3
if ! kill -0 "$gui_pid" 2>/dev/null; then
    wait "$gui_pid" && gui_status=0 || gui_status=$?
    gui_pid=""
    cat "$scratch_dir/gui.log" >&2
    fail "vastharvest exited within 3 s (status $gui_status)"
fi
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true
gui_pid=""
echo "package-check:   vastharvest ran for 3 s on the offscreen platform"

step "remove the DEB"
"${sudo_cmd[@]}" dpkg -r vastharvest >/dev/null
package_installed=0
if dpkg-query -W -f='${Status}' vastharvest 2>/dev/null | grep -q "ok installed"; then
    fail "vastharvest is still installed after dpkg -r"
fi
[ ! -e /usr/bin/vastharvest ] || fail "/usr/bin/vastharvest is left after dpkg -r"

step "make the NSIS installer with cpack"
if ! (cd "$build_dir" && cpack -G NSIS -B packages) >"$scratch_dir/cpack-nsis.log" 2>&1; then
    cat "$scratch_dir/cpack-nsis.log" >&2
    if [ -f "$nsis_dir/NSISOutput.log" ]; then
        tail -n 40 "$nsis_dir/NSISOutput.log" >&2
    fi
    fail "cpack -G NSIS"
fi
grep -q '^RequestExecutionLevel user' "$nsis_dir/project.nsi" \
    || fail "cpack used another NSIS template than packaging/windows/NSIS.template.in"

step "compile the generated NSIS script with warnings as errors"
makensis -V2 -WX "$nsis_dir/project.nsi"

echo "package-check: all checks passed for vastharvest $version"
