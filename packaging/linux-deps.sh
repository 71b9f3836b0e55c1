#!/usr/bin/env bash
# Check (and, as root with apt-get, install) the Debian packages CollectorPro needs:
# Python's venv module, and the system libraries Qt needs to open a window or run offscreen.
#
#   packaging/linux-deps.sh python   # python3 >= 3.11 with venv
#   packaging/linux-deps.sh qt       # Qt's libraries (xcb, EGL, fonts…)
set -euo pipefail
what=${1:-qt}

[[ $(uname -s) == Linux ]] || exit 0

missing=()
# grep reads everything (no -q): under pipefail an early exit would fail the pipe
have_lib() { ldconfig -p 2>/dev/null | grep -F "$1" >/dev/null; }

case $what in
  python)
    if ! command -v python3 >/dev/null; then
      missing+=(python3)
    elif ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
      echo "CollectorPro needs Python 3.11 or newer; this machine has $(python3 --version)." >&2
      exit 1
    fi
    if command -v python3 >/dev/null && ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
      missing+=(python3-venv)
    fi
    ;;
  qt)
    # library file            Debian package
    while read -r lib pkg; do
      have_lib "$lib" || missing+=("$pkg")
    done <<'LIBS'
libEGL.so.1 libegl1
libGL.so.1 libgl1
libfontconfig.so.1 libfontconfig1
libxkbcommon.so.0 libxkbcommon0
libxkbcommon-x11.so.0 libxkbcommon-x11-0
libxcb-cursor.so.0 libxcb-cursor0
libxcb-icccm.so.4 libxcb-icccm4
libxcb-keysyms.so.1 libxcb-keysyms1
libxcb-shape.so.0 libxcb-shape0
libxcb-render-util.so.0 libxcb-render-util0
libxcb-image.so.0 libxcb-image0
libxcb-randr.so.0 libxcb-randr0
libxcb-xinerama.so.0 libxcb-xinerama0
libdbus-1.so.3 libdbus-1-3
LIBS
    fc-list 2>/dev/null | grep -i dejavu >/dev/null || missing+=(fonts-dejavu-core fontconfig)
    ;;
  *) echo "usage: $0 python|qt" >&2; exit 2 ;;
esac

((${#missing[@]})) || exit 0

if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages CollectorPro needs: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "CollectorPro needs these Debian packages, which are not installed:" >&2
echo "    sudo apt-get install ${missing[*]}" >&2
exit 1
