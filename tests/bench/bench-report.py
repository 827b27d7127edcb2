#!/usr/bin/env python3
# bench-report.py — `schakel-cli report --template landelijk` (the 12
# provinces, a page each) on the default demo data and on 100,000 minors:
# wall time, pages per second and the ratio to `schakel-cli metrics --scope
# nl` on the same file in the same run (the report computes those figures
# and those of the 12 provinces, then lays out and writes the PDF).
#
# Copyright 2026 The Schakel authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import os
import re
import resource
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402

REPEATS = 3


def ensure_demo(cli, workdir, minors, years, until):
    """A demo file per size, made once and kept in workdir."""
    os.makedirs(workdir, exist_ok=True)
    name = f'demo-{minors}x{years}.db' if minors else 'demo-default.db'
    path = os.path.join(workdir, name)
    if os.path.exists(path) and os.path.getsize(path) > 0:
        return path
    for suffix in ('', '-wal', '-shm', '.lock'):
        if os.path.exists(path + suffix):
            os.unlink(path + suffix)
    argv = [cli, 'demo', '--db', path, '--seed', '2026', '--until', until]
    if minors:
        argv += ['--minors', str(minors), '--years', str(years)]
    benchlib.run(argv)
    return path


def pages(pdf):
    info = subprocess.run(['pdfinfo', pdf], check=True, capture_output=True, text=True).stdout
    return int(re.search(r'^Pages:\s+(\d+)', info, re.M).group(1))


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(cli, path, date, workdir):
    pdf = os.path.join(workdir, 'bench-landelijk.pdf')
    cpu_before = cpu_seconds()
    report = [benchlib.run([cli, 'report', '--db', path, '--template', 'landelijk', '--scope', 'nl',
                            '--date', date, '-o', pdf]) for _ in range(REPEATS)]
    cpu = (cpu_seconds() - cpu_before) / REPEATS
    metrics = [benchlib.run([cli, 'metrics', '--db', path, '--scope', 'nl', '--date', date,
                             '--format', 'json']) for _ in range(REPEATS)]
    n_pages = pages(pdf)
    os.unlink(pdf)
    seconds = benchlib.median([r.seconds for r in report])
    floor = benchlib.median([r.seconds for r in metrics])
    return seconds, cpu, max(r.peak_rss_mib for r in report), n_pages, floor


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--cli', required=True)
    parser.add_argument('--workdir', required=True)
    parser.add_argument('--until', default='2026-11-01')
    parser.add_argument('--large-db', help='a demo file of 100,000 minors made earlier')
    args = parser.parse_args()

    sets = [('demo (default size)', ensure_demo(args.cli, args.workdir, 0, 0, args.until)),
            ('100,000 minors', args.large_db or ensure_demo(args.cli, args.workdir, 100000, 5, args.until))]
    print(f'Landelijk overzicht, scope nl, peildatum {args.until}; medians of {REPEATS} runs,'
          ' times include starting schakel-cli')
    for label, path in sets:
        seconds, cpu, rss, n_pages, floor = measure(args.cli, path, args.until, args.workdir)
        print(f'{label:22} {seconds:7.2f} s (CPU {cpu:6.2f} s)  {n_pages:3d} pages'
              f'  {n_pages / seconds:6.1f} pages/s  peak {rss:6.1f} MiB'
              f'   metrics nl {floor:6.2f} s   ratio {seconds / floor:5.1f}')
    print(f'load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores')


if __name__ == '__main__':
    main()
