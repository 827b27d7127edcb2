#!/bin/sh
# build.sh — configures (once) and builds Schakel in _build.
#
# Copyright 2026 The Schakel authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu
cd "$(dirname "$0")/.."

if [ -f _build/build.ninja ]; then
  meson setup --reconfigure _build
else
  meson setup _build
fi
meson compile -C _build
