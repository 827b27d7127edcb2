#!/usr/bin/env python3
# bench-dashboard.py — one whole dashboard refresh (every metric on the
# date, the tile metrics at twelve monthly dates including the quarter
# earlier, and the table of the scopes one level down) at national scope
# and for the busiest municipality, on the data set of bench-metrics.py,
# as a ratio to one `SELECT count(*) FROM placement` in the same run.
#
# Copyright 2026 The Schakel authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import importlib.util
import os
import sqlite3
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    'bench_metrics', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'bench-metrics.py'))
bench_metrics = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_metrics)

REPEATS = 3


def refresh_times(bench, path, scope, date):
    """Seconds of each refresh, measured inside one process (no start-up)."""
    out = subprocess.run([bench, path, scope, date, str(REPEATS)], check=True,
                         stdout=subprocess.PIPE, text=True).stdout
    return [[float(x) for x in line.split()] for line in out.splitlines()]


def cpu_floor(path):
    """Processor time of one SELECT count(*) FROM placement, the median of 7."""
    times = []
    with sqlite3.connect(f'file:{path}?mode=ro', uri=True) as con:
        for _ in range(7):
            start = time.process_time()
            con.execute('SELECT count(*) FROM placement').fetchone()
            times.append(time.process_time() - start)
    return benchlib.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--cli', required=True)
    parser.add_argument('--bench', required=True)
    parser.add_argument('--workdir', required=True)
    parser.add_argument('--minors', type=int, default=100000)
    parser.add_argument('--years', type=int, default=5)
    parser.add_argument('--until', default='2026-11-01')
    args = parser.parse_args()

    path = bench_metrics.ensure_demo(args.cli, args.workdir, args.minors, args.years, args.until)
    floor = bench_metrics.count_floor(path)
    floor_cpu = cpu_floor(path)
    municipality = 'gemeente:' + bench_metrics.busiest_municipality(path, args.until)
    print(f'data: {args.minors} minors over {args.years} years, peildatum {args.until}, {path}')
    print(f'floor, SELECT count(*) FROM placement: {floor * 1000:8.1f} ms'
          f' (processor time {floor_cpu * 1000:.1f} ms)')
    for scope in ('nl', municipality):
        runs = refresh_times(args.bench, path, scope, args.until)
        parts = [benchlib.median([run[i] for run in runs]) for i in range(8)]
        print(f'dashboard refresh, {scope}: {parts[3] * 1000:8.1f} ms   ratio {parts[3] / floor:6.1f}'
              f'   (figures {parts[0] * 1000:.0f} ms, 12 monthly dates {parts[1] * 1000:.0f} ms,'
              f' table {parts[2] * 1000:.0f} ms; medians of {REPEATS})')
        print(f'  processor time: {parts[7] * 1000:8.1f} ms   ratio {parts[7] / floor_cpu:6.1f}'
              f'   (figures {parts[4] * 1000:.0f} ms, 12 monthly dates {parts[5] * 1000:.0f} ms,'
              f' table {parts[6] * 1000:.0f} ms)')

if __name__ == '__main__':
    main()
