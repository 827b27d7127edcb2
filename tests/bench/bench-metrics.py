#!/usr/bin/env python3
# bench-metrics.py — all dashboard metrics at national scope and for one
# municipality on the national-scale demo data, as a ratio to one full
# `SELECT count(*) FROM placement` measured in the same run.
#
# Copyright 2026 The Schakel authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import os
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402

REPEATS = 5


def ensure_demo(cli, workdir, minors, years, until):
    """The data set of bench-demo.py; made here when it is missing."""
    os.makedirs(workdir, exist_ok=True)
    path = os.path.join(workdir, f'demo-{minors}x{years}.db')
    if os.path.exists(path) and os.path.getsize(path) > 0:
        return path
    for suffix in ('', '-wal', '-shm', '.lock'):
        if os.path.exists(path + suffix):
            os.unlink(path + suffix)
    benchlib.run([cli, 'demo', '--db', path, '--minors', str(minors), '--years', str(years),
                  '--seed', '2026', '--until', until])
    return path


def count_floor(path):
    times = []
    with sqlite3.connect(f'file:{path}?mode=ro', uri=True) as con:
        for _ in range(REPEATS):
            start = time.monotonic()
            con.execute('SELECT count(*) FROM placement').fetchone()
            times.append(time.monotonic() - start)
    return benchlib.median(times)


def busiest_municipality(path, date):
    with sqlite3.connect(f'file:{path}?mode=ro', uri=True) as con:
        return con.execute(
            'SELECT l.municipality_code FROM placement p JOIN location l ON l.id = p.location_id'
            ' WHERE p.start_date <= ?1 AND coalesce (p.end_date, ?1) >= ?1'
            ' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1', (date,)).fetchone()[0]


def metrics_time(cli, path, scope, date):
    runs = [benchlib.run([cli, 'metrics', '--db', path, '--scope', scope, '--date', date,
                          '--format', 'json']) for _ in range(REPEATS)]
    return benchlib.median([r.seconds for r in runs]), max(r.peak_rss_mib for r in runs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--cli', required=True)
    parser.add_argument('--workdir', required=True)
    parser.add_argument('--minors', type=int, default=100000)
    parser.add_argument('--years', type=int, default=5)
    parser.add_argument('--until', default='2026-11-01')
    args = parser.parse_args()

    path = ensure_demo(args.cli, args.workdir, args.minors, args.years, args.until)
    floor = count_floor(path)
    municipality = 'gemeente:' + busiest_municipality(path, args.until)
    national, national_rss = metrics_time(args.cli, path, 'nl', args.until)
    local, local_rss = metrics_time(args.cli, path, municipality, args.until)
    floor_after = count_floor(path)

    print(f'data: {args.minors} minors over {args.years} years, peildatum {args.until}, {path}')
    print(f'floor, SELECT count(*) FROM placement: {floor * 1000:8.1f} ms'
          f' (again after: {floor_after * 1000:.1f} ms)')
    print(f'all metrics, nl:          {national * 1000:8.1f} ms   peak {national_rss:6.1f} MiB'
          f'   ratio {national / floor:6.1f}')
    print(f'all metrics, {municipality}: {local * 1000:8.1f} ms   peak {local_rss:6.1f} MiB'
          f'   ratio {local / floor:6.1f}')
    print(f'medians of {REPEATS} runs; metrics times include starting schakel-cli')


if __name__ == '__main__':
    main()
