#!/usr/bin/env python3
# bench-demo.py — generating the national-scale demo data set, as a ratio
# to the floor of inserting the same number of rows into bare SQLite,
# measured in the same run.
#
# Copyright 2026 The Schakel authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402

DATA_TABLES = ('minor', 'location', 'placement', 'school', 'enrolment', 'waitlist_entry',
               'absence_report', 'escalation_step', 'procedure_event')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--cli', required=True)
    parser.add_argument('--floor', required=True)
    parser.add_argument('--workdir', required=True)
    parser.add_argument('--minors', type=int, default=100000)
    parser.add_argument('--years', type=int, default=5)
    parser.add_argument('--until', default='2026-11-01')
    args = parser.parse_args()

    os.makedirs(args.workdir, exist_ok=True)
    db_path = os.path.join(args.workdir, f'demo-{args.minors}x{args.years}.db')
    for suffix in ('', '-wal', '-shm', '.lock'):
        if os.path.exists(db_path + suffix):
            os.unlink(db_path + suffix)

    demo = benchlib.run([args.cli, 'demo', '--db', db_path, '--minors', str(args.minors),
                         '--years', str(args.years), '--seed', '2026', '--until', args.until])

    with sqlite3.connect(f'file:{db_path}?mode=ro', uri=True) as con:
        counts = {t: con.execute(f'SELECT count(*) FROM {t}').fetchone()[0] for t in DATA_TABLES}
    rows = sum(counts.values())

    floor_db = os.path.join(args.workdir, 'insert-floor.db')
    floor = benchlib.run([args.floor, floor_db, str(rows)])
    for suffix in ('', '-wal', '-shm'):
        if os.path.exists(floor_db + suffix):
            os.unlink(floor_db + suffix)

    print(f'demo data: {args.minors} minors over {args.years} years, {rows} rows')
    for table, n in counts.items():
        print(f'  {table:16} {n:>10}')
    print(f'generate:     {demo.seconds:8.2f} s   peak {demo.peak_rss_mib:7.1f} MiB')
    print(f'insert floor: {floor.seconds:8.2f} s   peak {floor.peak_rss_mib:7.1f} MiB')
    print(f'ratio generate / floor: {demo.seconds / floor.seconds:.2f}')
    print(f'database file: {os.path.getsize(db_path) / 2**20:.0f} MiB at {db_path}')


if __name__ == '__main__':
    main()
