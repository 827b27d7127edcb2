#!/bin/sh
# install-deps.sh — installs what Schakel needs to build, run and test on
# Debian 12, and nothing when it is all there already.
#
# Copyright 2026 The Schakel authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

packages="
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libcsv-dev libcairo2-dev libpango1.0-dev libfontconfig-dev
  desktop-file-utils appstream
  xvfb xauth imagemagick poppler-utils
  locales fonts-cantarell fonts-dejavu-core adwaita-icon-theme
  sqlite3 python3
"

as_root () {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -n "$missing" ]; then
  echo "Installing:$missing"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
fi

# The translation tests run under Dutch and English locales.
need_locales=""
for l in nl_NL en_US; do
  if ! locale -a 2>/dev/null | grep -qi "^$l\.utf-\?8$"; then
    need_locales="$need_locales $l"
  fi
done
if [ -n "$need_locales" ]; then
  for l in $need_locales; do
    as_root sed -i "s/^# *\($l\.UTF-8 UTF-8\)/\1/" /etc/locale.gen
    grep -q "^$l\.UTF-8 UTF-8" /etc/locale.gen || echo "$l.UTF-8 UTF-8" | as_root tee -a /etc/locale.gen >/dev/null
  done
  as_root locale-gen
fi
