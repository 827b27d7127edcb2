#!/usr/bin/env python3
# check-report-figures.py — every figure of a regional briefing (pdftotext
# -layout, English, C locale) equals what `schakel-cli metrics --publication`
# gives for the same scope and date: the key figures, the previous quarter
# and the municipality rows (a `<5` must stand for 1 to 4). Exits non-zero
# with the differences.
#
# Copyright 2026 The Schakel authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import calendar
import datetime
import json
import os
import re
import sqlite3
import subprocess
import sys


def metrics(cli, db, scope, date, publication=True):
    env = dict(os.environ, LC_ALL='C.UTF-8')
    env.pop('LANGUAGE', None)
    out = subprocess.run([cli, 'metrics', '--db', db, '--scope', scope, '--date', date,
                          '--format', 'json'] + (['--publication'] if publication else []),
                         check=True, capture_output=True, text=True, env=env).stdout
    return {m['id']: m for m in json.loads(out)['metrics']}


def shown(m):
    """The figure as the report prints it."""
    if m['unit'] != 'count' and m['n'] == 0:
        return '–'
    if m['suppressed']:
        return m['display']
    if m['unit'] == 'count':
        return str(m['numerator'])
    if m['unit'] == 'share':
        return '–' if m['value'] is None else '%.1f %%' % (100 * m['value'])
    if m['unit'] == 'days':
        return 'not reached' if m['median'] is None else '%g days' % m['median']
    return '–' if m['value'] is None else '%.2f' % m['value']


def months_back(date, months):
    year, month = date.year, date.month - months
    while month < 1:
        month += 12
        year -= 1
    day = min(date.day, calendar.monthrange(year, month)[1])
    return datetime.date(year, month, day)


def columns(lines, label):
    """The cells after @label on the line that starts with it."""
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(label + '  '):
            return [c for c in re.split(r'\s{2,}', stripped[len(label):].strip()) if c]
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--cli', required=True)
    parser.add_argument('--db', required=True)
    parser.add_argument('--scope', required=True)
    parser.add_argument('--date', required=True)
    parser.add_argument('--text', required=True)
    args = parser.parse_args()

    text = open(args.text, encoding='utf-8').read()
    # Footnote marks after a label (“Norm compliance¹,³”) are not part of it.
    lines = [re.sub('[⁰¹²³⁴⁵⁶⁷⁸⁹]+(,[⁰¹²³⁴⁵⁶⁷⁸⁹]+)*', '', line) for line in text.split('\n')]
    date = datetime.date.fromisoformat(args.date)
    now = metrics(args.cli, args.db, args.scope, args.date)
    before = metrics(args.cli, args.db, args.scope, months_back(date, 3).isoformat())
    errors = []
    checked = 0

    for key, m in now.items():
        cells = columns(lines, m['label'])
        if cells is None:
            errors.append('%s: no row "%s"' % (key, m['label']))
            continue
        if cells[0] != shown(m):
            errors.append('%s: report %r, metrics %r' % (key, cells[0], shown(m)))
        earlier = cells[1] if m['unit'] == 'count' else cells[2]
        if earlier != shown(before[key]):
            errors.append('%s, previous quarter: report %r, metrics %r' % (key, earlier, shown(before[key])))
        checked += 2

    # The municipality rows: Present and Open wait-list entries, where shown.
    kind, code = args.scope.split(':', 1)
    con = sqlite3.connect('file:%s?mode=ro' % args.db, uri=True)
    if kind == 'provincie':
        rows = con.execute('SELECT code, name FROM municipality WHERE province_code = ?', (code,)).fetchall()
    else:
        rows = con.execute('SELECT code, name FROM municipality WHERE code = ?', (code,)).fetchall()
    for gm, name in rows:
        cells = columns(lines, name)
        if cells is None or len(cells) != 6:
            errors.append('%s: no municipality row (%r)' % (name, cells))
            continue
        if cells[0] == '<5':
            # A small count is hidden, and it really is one.
            present = metrics(args.cli, args.db, 'gemeente:' + gm, args.date, False)['present']['numerator']
            if not 1 <= present <= 4:
                errors.append('%s present: report <5, metrics %s' % (name, present))
            checked += 1
            continue
        if not cells[0].isdigit() or cells[0] == '0':
            continue
        figures = metrics(args.cli, args.db, 'gemeente:' + gm, args.date)
        if int(cells[0]) != figures['present']['numerator']:
            errors.append('%s present: report %s, metrics %s' % (name, cells[0], figures['present']['numerator']))
        if cells[4].isdigit() and int(cells[4]) != figures['waitlist_open']['numerator']:
            errors.append('%s waitlist_open: report %s, metrics %s'
                          % (name, cells[4], figures['waitlist_open']['numerator']))
        checked += 1

    if errors:
        print('\n'.join(errors), file=sys.stderr)
        return 1
    print('checked %d figures' % checked)
    return 0 if checked > 40 else 1


if __name__ == '__main__':
    sys.exit(main())
