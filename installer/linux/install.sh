#!/bin/sh
# Install the Northern Syria Atlas bundle for the current user (no root, no Python needed).
#
#   ./install.sh              copy the bundle to ~/.local/lib/syria-atlas, put syria-atlas on
#                             ~/.local/bin, add the menu entry and the icon
#   ./install.sh --in-place   leave the bundle where it is; only add the command, menu entry, icon
#   ./install.sh --prefix DIR install under DIR instead of ~/.local (DIR/lib, DIR/bin)
#
# Menu entry and icons go to ${XDG_DATA_HOME:-~/.local/share}/applications and .../icons/hicolor.
# Every file written is listed in <installed bundle>/.install-manifest; uninstall.sh removes them.
set -eu

NAME=syria-atlas
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)
prefix="${HOME}/.local"
in_place=0

usage() { sed -n '2,10s/^# \{0,1\}//p' "$0"; }
while [ $# -gt 0 ]; do
    case "$1" in
        --in-place) in_place=1 ;;
        --prefix) [ $# -ge 2 ] || { usage >&2; exit 2; }; prefix=$2; shift ;;
        --prefix=*) prefix=${1#--prefix=} ;;
        -h | --help) usage; exit 0 ;;
        *) echo "install.sh: unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

is_bundle() { [ -x "$1/$NAME" ] && [ -d "$1/_internal" ]; }
is_bundle "$here" || { echo "install.sh: run me from the unpacked $NAME folder" >&2; exit 1; }
mkdir -p "$prefix"
prefix=$(CDPATH='' cd -- "$prefix" && pwd -P)
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
resources="$here/_internal/resources"

# 1. The program itself.
if [ "$in_place" -eq 1 ]; then
    app_dir=$here
else
    app_dir="$prefix/lib/$NAME"
    if [ "$app_dir" != "$here" ]; then
        if [ -e "$app_dir" ]; then
            # An earlier install: remove it first, but never a folder that is not a bundle.
            is_bundle "$app_dir" || { echo "install.sh: $app_dir exists and is not a $NAME bundle" >&2; exit 1; }
            if [ -x "$app_dir/uninstall.sh" ]; then "$app_dir/uninstall.sh" --quiet; fi
            rm -rf "$app_dir"
        fi
        mkdir -p "$prefix/lib"
        cp -a "$here" "$app_dir.tmp.$$"
        mv "$app_dir.tmp.$$" "$app_dir"
    fi
fi
manifest="$app_dir/.install-manifest"
: >"$manifest"
record() { printf '%s\n' "$1" >>"$manifest"; }
[ "$in_place" -eq 1 ] || record "dir:$app_dir"

# 2. The command on PATH: a symbolic link to the bundle's executable.
mkdir -p "$prefix/bin"
for command in "$NAME" "$NAME-gui"; do
    link="$prefix/bin/$command"
    if [ -e "$link" ] && [ ! -L "$link" ]; then
        echo "install.sh: not replacing $link (not a link)" >&2
        continue
    fi
    ln -sfn "$app_dir/$NAME" "$link"
    record "link:$link"
done

# 3. The menu entry, pointing at this bundle's executable (quoted: the path may hold spaces).
applications="$data_home/applications"
mkdir -p "$applications"
desktop_file="$applications/$NAME.desktop"
# Desktop-entry escaping: a backslash is written as four, and " ` $ as \\" \\` \\$ inside quotes.
# shellcheck disable=SC2089,SC2090 # the quotes are meant literally: they go into the file
EXEC_QUOTED="\"$(printf '%s' "$app_dir/$NAME" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g')\""
TRY_EXEC=$(printf '%s' "$app_dir/$NAME" | sed -e 's/\\/\\\\/g')
# shellcheck disable=SC2090
export EXEC_QUOTED TRY_EXEC
# awk reads the values from the environment, where no further escaping applies.
awk '/^Exec=/ { sub(/^Exec=[^ ]*/, ""); print "Exec=" ENVIRON["EXEC_QUOTED"] $0; next }
     /^TryExec=/ { print "TryExec=" ENVIRON["TRY_EXEC"]; next }
     { print }' "$resources/$NAME.desktop" >"$desktop_file.tmp"
mv "$desktop_file.tmp" "$desktop_file"
chmod 644 "$desktop_file"
record "file:$desktop_file"

# 4. The icon, at every size we have, into the hicolor theme.
icons="$data_home/icons/hicolor"
for png in "$resources"/icons/"$NAME"-*.png; do
    [ -e "$png" ] || continue
    size=${png##*-}
    size=${size%.png}
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$png" "$icons/${size}x${size}/apps/$NAME.png"
    record "file:$icons/${size}x${size}/apps/$NAME.png"
done
if [ -e "$resources/icons/$NAME.svg" ]; then
    mkdir -p "$icons/scalable/apps"
    cp "$resources/icons/$NAME.svg" "$icons/scalable/apps/$NAME.svg"
    record "file:$icons/scalable/apps/$NAME.svg"
fi

# 5. Refresh the desktop's caches where the user already has them (desktops watch these folders;
#    creating a cache nobody keeps up to date would hide other applications' later icons).
refresh_caches() {
    if [ -f "$1/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$1" 2>/dev/null || true
    fi
    if [ -f "$2/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$2" 2>/dev/null || true
    fi
}
refresh_caches "$applications" "$icons"

echo "Installed Northern Syria Atlas: $app_dir"
echo "  menu entry: $desktop_file"
case ":${PATH}:" in
    *":$prefix/bin:"*) echo "  command:    $NAME" ;;
    *) echo "  command:    $prefix/bin/$NAME  (add $prefix/bin to your PATH to type just $NAME)" ;;
esac
echo "  uninstall:  $app_dir/uninstall.sh"
