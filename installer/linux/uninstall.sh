#!/bin/sh
# Remove what install.sh put in place, as listed in this bundle's .install-manifest:
# the menu entry, the icons, the syria-atlas links on PATH and (unless installed --in-place)
# the installed copy of the bundle itself. Nothing else is touched.
#
#   ./uninstall.sh [--quiet]
set -eu

NAME=syria-atlas
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)
manifest="$here/.install-manifest"
quiet=0
[ "${1:-}" = "--quiet" ] && quiet=1
say() { [ "$quiet" -eq 1 ] || echo "$@"; }

if [ ! -f "$manifest" ]; then
    say "uninstall.sh: nothing to remove (no $manifest: not installed from here)"
    exit 0
fi

remove_dir=""
data_dirs=""
while IFS= read -r entry; do
    path=${entry#*:}
    case "$entry" in
        file:*)
            rm -f "$path"
            data_dirs="$data_dirs
$(dirname "$path")"
            ;;
        link:*)
            # Only our own link: it must still point into this bundle.
            if [ -L "$path" ] && [ "$(readlink "$path")" = "$here/$NAME" ]; then rm -f "$path"; fi
            ;;
        dir:*)
            [ "$path" = "$here" ] && remove_dir=$path
            ;;
    esac
done <"$manifest"
rm -f "$manifest"

# Refresh the desktop's caches where the user has them (as install.sh does).
printf '%s\n' "$data_dirs" | sort -u | while IFS= read -r dir; do
    case "$dir" in
        */applications)
            if [ -f "$dir/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null 2>&1; then
                update-desktop-database -q "$dir" 2>/dev/null || true
            fi
            ;;
        */icons/hicolor/*)
            theme=${dir%%/icons/hicolor/*}/icons/hicolor
            if [ -f "$theme/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
                gtk-update-icon-cache -q -t -f "$theme" 2>/dev/null || true
            fi
            ;;
    esac
done

if [ -n "$remove_dir" ] && [ -x "$remove_dir/$NAME" ] && [ -d "$remove_dir/_internal" ]; then
    rm -rf "$remove_dir"
fi
say "Removed Northern Syria Atlas${remove_dir:+ from $remove_dir}."
