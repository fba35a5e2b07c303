#!/bin/sh
# xynap console: install what is missing (Debian 12, as root), build, then start or test.
#   ./setup.sh demo   start xynap-console on its built-in sandbox platform
#   ./setup.sh test   run every test
# Re-running is quick: packages already installed are skipped and the build is incremental.
set -eu
cd "$(dirname "$0")"
mode=${1:-}
case "$mode" in demo|test) ;; *) echo "usage: $0 demo|test" >&2; exit 64 ;; esac

PACKAGES="build-essential cmake ninja-build pkg-config ca-certificates file dpkg-dev
qt6-base-dev libqt6opengl6-dev libxkbcommon-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev libsecret-1-0 libssl-dev
xvfb xauth x11-utils dbus dbus-x11 gnome-keyring libsecret-tools fonts-dejavu-core
desktop-file-utils appstream curl lintian man-db python3-jsonschema zsh qt6-translations-l10n clang-tidy clang-format
libbenchmark-dev"

# Prometheus and promtool: the monitoring test scrapes `xynapctl serve` with the real thing and
# the alert rules are unit-tested with `promtool test rules`.
if [ "$mode" = test ]; then
    PACKAGES="$PACKAGES prometheus"
fi

# The real FreeSWITCH of the `freeswitch` tests (XYNAP_FREESWITCH): the runtime libraries its
# bundle links (its README's list, of which apt brings the rest as dependencies) and xz for the tarball.
if [ "$mode" = test ] && [ -n "${XYNAP_FREESWITCH:-}" ]; then
    PACKAGES="$PACKAGES xz-utils libcurl4 libedit2 libjpeg62-turbo libpcre3 libsndfile1 libspeex1
libspeexdsp1 libsqlite3-0 libtiff6 libuuid1 libssl3 zlib1g"
fi

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "setup: installing:$missing"
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

preset=ci
[ -f build/$preset/build.ninja ] || cmake --preset $preset >/dev/null
cmake --build --preset $preset -j "$(nproc)"

if [ "$mode" = test ]; then
    if [ -z "${XYNAP_FREESWITCH:-}" ]; then
        echo "setup: the freeswitch tests are not run: XYNAP_FREESWITCH is not set (point it at a FreeSWITCH 1.10.12 bundle, e.g. XYNAP_FREESWITCH=../shared/freeswitch ./setup.sh test)"
    else
        echo "setup: the freeswitch tests run against XYNAP_FREESWITCH=$XYNAP_FREESWITCH"
    fi
    # Three named steps; each runs even when one before it failed, and any failure fails the run.
    failed=""
    step() {
        name=$1; shift
        echo "== step: $name"
        if "$@"; then echo "== step: $name passed"; else echo "== step: $name FAILED"; failed="$failed $name"; fi
    }
    # The tests, on a private session bus with an unlocked gnome-keyring for the keychain tests.
    step tests sh tests/with-session.sh ctest --preset $preset
    step tidy cmake --build --preset $preset --target tidy
    step format cmake --build --preset $preset --target format-check
    if [ -n "$failed" ]; then echo "setup: failed:$failed"; exit 1; fi
    echo "setup: tests, tidy and format passed"
    exit 0
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "setup: no display here; rendering the demo window to xynap-demo.png instead"
    exec env QT_QPA_PLATFORM=offscreen build/$preset/app/xynap-console --demo --screenshot xynap-demo.png
fi
exec build/$preset/app/xynap-console --demo
