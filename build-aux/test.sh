#!/bin/sh
# test.sh — builds Schakel with warnings as errors and runs every test:
# the whole suite under Xvfb, then the headless suites again under
# AddressSanitizer and UndefinedBehaviorSanitizer (which run about three
# times slower, hence the longer timeouts). Ends with the line
# "N passed, N failed".
#
# Copyright 2026 The Schakel authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -u
cd "$(dirname "$0")/.."

status=0
logs=""

run_suite () {
  builddir=$1; shift
  if [ -f "$builddir/build.ninja" ]; then
    meson setup --reconfigure "$builddir" "$@" >"$builddir.setup.log" 2>&1
  else
    meson setup "$builddir" "$@" >"$builddir.setup.log" 2>&1
  fi || { cat "$builddir.setup.log"; return 1; }
  meson compile -C "$builddir" || return 1
}

if run_suite _build-ci -Dwerror=true; then
  xvfb-run -a -s "-screen 0 1280x800x24" \
    meson test -C _build-ci --print-errorlogs --num-processes 2 || status=1
  logs="$logs _build-ci/meson-logs/testlog.json"
else
  status=1
fi

if run_suite _build-asan -Dwerror=true -Db_sanitize=address,undefined -Db_lundef=false -Dgui=false; then
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    meson test -C _build-asan --print-errorlogs --num-processes 2 --timeout-multiplier 3 --no-suite data --no-suite po || status=1
  logs="$logs _build-asan/meson-logs/testlog.json"
else
  status=1
fi

python3 build-aux/count-tests.py $logs || status=1
exit $status
