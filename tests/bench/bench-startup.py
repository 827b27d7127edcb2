#!/usr/bin/env python3
# bench-startup.py — schakel's start to first frame, and to the Jongeren
# list filled, on a large database, as ratios to a bare libadwaita window
# (bench-floor) measured in the same run; peak memory of both.
#
# Copyright 2026 The Schakel authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--app', required=True)
    parser.add_argument('--floor', required=True)
    parser.add_argument('--cli', required=True)
    parser.add_argument('--workdir', required=True)
    parser.add_argument('--minors', type=int, default=100000)
    parser.add_argument('--years', type=int, default=5)
    parser.add_argument('--runs', type=int, default=5)
    args = parser.parse_args()

    os.makedirs(args.workdir, exist_ok=True)
    db_path = os.path.join(args.workdir, f'demo-{args.minors}x{args.years}.db')
    if not os.path.exists(db_path):
        benchlib.run([args.cli, 'demo', '--db', db_path, '--minors', str(args.minors),
                      '--years', str(args.years), '--seed', '2026', '--until', '2026-11-01'])

    env = dict(os.environ)
    env.update(SCHAKEL_BENCH='1', GSETTINGS_BACKEND='memory', NO_AT_BRIDGE='1',
               GDK_DEBUG='no-portals', GTK_A11Y='none')

    app_runs, floor_runs = [], []
    with benchlib.PrivateX() as display:
        env['DISPLAY'] = display
        env.pop('WAYLAND_DISPLAY', None)
        # Warm the page cache and fontconfig once, then alternate.
        benchlib.run([args.floor], env=env, marks=('first-frame',))
        for _ in range(args.runs):
            floor_runs.append(benchlib.run([args.floor], env=env, marks=('first-frame',)))
            app_runs.append(benchlib.run([args.app, db_path], env=env,
                                         marks=('first-frame', 'list-loaded')))

    floor_frame = benchlib.median([r.marks['first-frame'] for r in floor_runs])
    app_frame = benchlib.median([r.marks['first-frame'] for r in app_runs])
    app_list = benchlib.median([r.marks['list-loaded'] for r in app_runs])
    floor_rss = max(r.peak_rss_mib for r in floor_runs)
    app_rss = max(r.peak_rss_mib for r in app_runs)

    print(f'database: {args.minors} minors over {args.years} years; median of {args.runs} runs')
    print(f'floor  first frame: {floor_frame * 1000:7.0f} ms   peak {floor_rss:6.1f} MiB')
    print(f'schakel first frame: {app_frame * 1000:7.0f} ms   ratio {app_frame / floor_frame:.2f}')
    print(f'schakel list filled: {app_list * 1000:7.0f} ms   ratio {app_list / floor_frame:.2f}')
    print(f'schakel peak memory: {app_rss:6.1f} MiB   ratio {app_rss / floor_rss:.2f}')


if __name__ == '__main__':
    main()
