#!/usr/bin/env python3
# bench-import.py — importing placement files of 100,000 and 1,000,000
# rows with schakel-cli import, as a ratio to the sqlite3 shell's own
# .import of the same file into a bare table, measured in the same run;
# and the peak memory of both sizes, which must not grow with the file.
#
# Copyright 2026 The Schakel authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402


def remove_db(path):
    for suffix in ('', '-wal', '-shm', '-journal', '.lock'):
        if os.path.exists(path + suffix):
            os.unlink(path + suffix)


def write_files(workdir, rows):
    """A minors file and a placements file with two placements per minor,
    as Dutch Excel saves them: ';', CRLF, day-first dates."""
    minors = os.path.join(workdir, f'jongeren-{rows}.csv')
    placements = os.path.join(workdir, f'plaatsingen-{rows}.csv')
    if os.path.exists(minors) and os.path.exists(placements):
        return minors, placements
    n = rows // 2
    with open(minors, 'w', newline='') as m, open(placements, 'w', newline='') as p:
        m.write('jongere_id;geboortedatum;geslacht;amv\r\n')
        p.write('jongere_id;locatie_code;locatie_naam;locatie_type;gemeente_code;startdatum;einddatum;reden\r\n')
        for i in range(n):
            m.write(f'K{i:07d};{1 + i % 28:02d}-{1 + i % 12:02d}-20{8 + i % 10:02d};v;ja\r\n')
            p.write(f'K{i:07d};L{i % 500:03d};Locatie {i % 500};AZC;GM0363;'
                    f'01-{1 + i % 12:02d}-2024;01-{1 + i % 12:02d}-2025;\r\n')
            p.write(f'K{i:07d};M{i % 300:03d};Noodopvang {i % 300};NO;GM0014;'
                    f'01-{1 + i % 12:02d}-2025;;capacity\r\n')
    return minors, placements


def measure(args, rows):
    minors, placements = write_files(args.workdir, rows)

    base = os.path.join(args.workdir, f'import-base-{rows}.db')
    if not os.path.exists(base):
        benchlib.run([args.cli, 'import', '--db', base, minors])
    target = os.path.join(args.workdir, f'import-{rows}.db')
    remove_db(target)
    shutil.copyfile(base, target)
    schakel = benchlib.run([args.cli, 'import', '--db', target, placements])

    bare = os.path.join(args.workdir, f'sqlite-import-{rows}.db')
    remove_db(bare)
    # The same durability as Schakel: WAL, synchronous=FULL, one transaction.
    shell = benchlib.run([args.sqlite3, bare,
                          'PRAGMA journal_mode=WAL;', 'PRAGMA synchronous=FULL;',
                          '.mode csv', '.separator ;', f'.import {placements} placement'])
    remove_db(bare)
    remove_db(target)
    return schakel, shell


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--cli', required=True)
    parser.add_argument('--workdir', required=True)
    parser.add_argument('--sqlite3', default=shutil.which('sqlite3') or 'sqlite3')
    parser.add_argument('--rows', type=int, nargs='*', default=[100000, 1000000])
    args = parser.parse_args()
    os.makedirs(args.workdir, exist_ok=True)

    print(f'{"rows":>9} {"schakel-cli import":>19} {"rows/s":>9} {"peak":>9}'
          f' {"sqlite3 .import":>16} {"peak":>9} {"ratio":>6}')
    for rows in args.rows:
        schakel, shell = measure(args, rows)
        print(f'{rows:>9} {schakel.seconds:>17.2f} s {rows / schakel.seconds:>9.0f}'
              f' {schakel.peak_rss_mib:>5.1f} MiB {shell.seconds:>14.2f} s'
              f' {shell.peak_rss_mib:>5.1f} MiB {schakel.seconds / shell.seconds:>6.2f}')


if __name__ == '__main__':
    main()
