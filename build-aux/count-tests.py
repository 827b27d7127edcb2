#!/usr/bin/env python3
# count-tests.py — prints "N passed, N failed" over meson test logs.
#
# A TAP test counts each of its subtests; any other test counts once. A
# test that failed without a failing subtest (a crash, a timeout) counts
# as one failure.
#
# Copyright 2026 The Schakel authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import re
import sys

TAP_LINE = re.compile(r'^(not ok|ok)\b(.*)$')
GOOD = {'OK', 'EXPECTEDFAIL'}


def count(log_path):
    passed = failed = skipped = 0
    with open(log_path, encoding='utf-8') as log:
        for line in log:
            entry = json.loads(line)
            result = entry.get('result')
            if result == 'SKIP':
                skipped += 1
                continue
            sub_passed = sub_failed = 0
            for out in (entry.get('stdout') or entry.get('stdo') or '').splitlines():
                match = TAP_LINE.match(out.strip())
                if not match:
                    continue
                if '# SKIP' in match.group(2):
                    skipped += 1
                elif match.group(1) == 'ok':
                    sub_passed += 1
                else:
                    sub_failed += 1
            if sub_passed or sub_failed:
                passed += sub_passed
                failed += sub_failed
                if result not in GOOD and sub_failed == 0:
                    failed += 1
            elif result in GOOD:
                passed += 1
            else:
                failed += 1
    return passed, failed, skipped


def main(paths):
    passed = failed = skipped = 0
    missing = 0
    for path in paths:
        try:
            p, f, s = count(path)
        except FileNotFoundError:
            missing += 1
            continue
        passed, failed, skipped = passed + p, failed + f, skipped + s
    failed += missing
    line = f'{passed} passed, {failed} failed'
    if skipped:
        line += f', {skipped} skipped'
    print(line)
    return 0 if failed == 0 and paths else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
