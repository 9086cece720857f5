#!/usr/bin/env bash
# CI step: build the standalone bundle in a fresh build environment, then run the built
# executable as a user would (offscreen, X11 under Xvfb, Wayland under Weston): it must start,
# find its data (query answers "hts" at Idlib, the screenshot shows the map), export, and
# install/uninstall its menu entry. Fails on any of it. Takes a minute or two.
set -euo pipefail
cd "$(dirname "$0")/.."

export QT_QPA_PLATFORM=offscreen
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_PROGRESS_BAR=off

# Xvfb and a headless Weston, to start the bundle through the xcb and wayland plugins as on a
# desktop, and the X libraries Qt's xcb plugin takes from the system (a desktop has them; a
# server may not).
X_PACKAGES="xvfb xauth weston libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0"
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    # shellcheck disable=SC2086 # word splitting of the package list is meant
    missing=$(dpkg-query -W -f='${Package} ${Status}\n' $X_PACKAGES 2>&1 | grep -v " installed$" || true)
    if [ -n "$missing" ]; then
        echo "--- installing Xvfb, Weston and the X libraries Qt needs"
        SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
        $SUDO apt-get update -qq
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
            $X_PACKAGES >/dev/null
    fi
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
echo "--- building the bundle (fresh build environment)"
python3 installer/build.py --venv "$WORK/venv"
echo "--- checking the built bundle"
python3 installer/check_bundle.py installer/dist/syria-atlas --runs 3
