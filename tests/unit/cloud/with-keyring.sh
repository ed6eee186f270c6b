#!/bin/sh
# Runs one command inside a private D-Bus session with GNOME Keyring's Secret
# Service unlocked by a throwaway password, in a throwaway HOME, so keychain
# tests need no desktop session and never touch the user's real keyring.
#
# Usage: with-keyring.sh COMMAND [ARGUMENT...]
#
# The command gets VASTHARVEST_KEYRING_SESSION=1 when the keyring is ready,
# or VASTHARVEST_KEYRING_UNAVAILABLE=<reason> when it could not be set up.
set -u

if [ "$#" -eq 0 ]; then
    echo "usage: with-keyring.sh COMMAND [ARGUMENT...]" >&2
    exit 2
fi

if [ "${VH_WITH_KEYRING_INSIDE:-}" != 1 ]; then
    for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            VASTHARVEST_KEYRING_UNAVAILABLE="$tool is not installed" exec "$@"
        fi
    done
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/vh-keyring.XXXXXX") || exit 1
    mkdir -p "$scratch/home" "$scratch/run"
    chmod 700 "$scratch/run"
    # A desktop variable from the caller would steer QtKeychain to KWallet.
    env -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION -u KDE_FULL_SESSION \
        -u KDE_SESSION_VERSION -u GNOME_DESKTOP_SESSION_ID -u DBUS_SESSION_BUS_ADDRESS \
        HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" \
        XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config" \
        VH_WITH_KEYRING_INSIDE=1 \
        dbus-run-session -- sh "$0" "$@"
    status=$?
    rm -rf "$scratch"
    exit "$status"
fi

# Inside the private session bus from here on.
unset VH_WITH_KEYRING_INSIDE
printf '%s' 'throwaway-test-password' |
    gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$XDG_RUNTIME_DIR/gnome-keyring.log" 2>&1 &
daemon=$!

ready=no
tries=0
while [ "$tries" -lt 100 ]; do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'; then
        ready=yes
        break
    fi
    if ! kill -0 "$daemon" 2>/dev/null; then
        break
    fi
    sleep 0.1
    tries=$((tries + 1))
done

if [ "$ready" = yes ]; then
    VASTHARVEST_KEYRING_SESSION=1 "$@"
    status=$?
else
    reason="gnome-keyring-daemon did not offer the Secret Service within 10 s: $(tr '\n' ' ' <"$XDG_RUNTIME_DIR/gnome-keyring.log")"
    VASTHARVEST_KEYRING_UNAVAILABLE="$reason" "$@"
    status=$?
fi

kill "$daemon" 2>/dev/null
wait "$daemon" 2>/dev/null
exit "$status"
