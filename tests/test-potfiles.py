#!/usr/bin/env python3
# test-potfiles.py: checks that po/POTFILES.in lists exactly the files with translatable strings.
#
# Copyright 2026 The Schakel authors
#
# This program is free software: you can redistribute it and/or modify it under the terms of
# the GNU General Public License as published by the Free Software Foundation, either
# version 3 of the License, or (at your option) any later version.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: test-potfiles.py --srcdir DIR --xgettext PROG [-- XGETTEXT-ARGS...]
#
# Fails when POTFILES.in names a file that does not exist, names a file twice, or leaves out a
# file under src/, ui/ or data/ from which xgettext (with the keywords of po/meson.build)
# extracts at least one message. A listed file without messages is only reported.

import argparse
import os
import subprocess
import sys

SCAN_DIRS = ('src', 'ui', 'data')
SCAN_SUFFIXES = ('.c', '.h', '.ui',
                 '.desktop.in', '.desktop.in.in',
                 '.metainfo.xml.in', '.metainfo.xml.in.in',
                 '.gschema.xml')


def read_potfiles(path):
    entries = []
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            if line.startswith('['):          # intltool-style "[type: gettext/glade] file"
                line = line.split(']', 1)[1].strip()
            entries.append((lineno, line))
    return entries


def candidates(srcdir):
    found = []
    for top in SCAN_DIRS:
        for root, dirs, files in os.walk(os.path.join(srcdir, top)):
            dirs[:] = sorted(d for d in dirs if not d.startswith('.'))
            for name in sorted(files):
                if name.endswith(SCAN_SUFFIXES):
                    found.append(os.path.relpath(os.path.join(root, name), srcdir))
    return found


def has_messages(srcdir, xgettext, args, relpath):
    """Returns True/False, or an error string when xgettext cannot read the file."""
    env = dict(os.environ, LC_ALL='C')
    proc = subprocess.run([xgettext, '--omit-header', '-D', srcdir, '-k_', '-o', '-']
                          + args + [relpath],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, env=env)
    if proc.returncode != 0:
        return proc.stderr.strip() or f'xgettext exited with {proc.returncode}'
    return any(line.startswith('msgid ') for line in proc.stdout.splitlines())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--srcdir', required=True)
    parser.add_argument('--xgettext', default='xgettext')
    parser.add_argument('xgettext_args', nargs='*')
    opts = parser.parse_args()
    srcdir = os.path.abspath(opts.srcdir)
    potfiles_in = os.path.join(srcdir, 'po', 'POTFILES.in')
    # --package-version and the like only shape the header; keep keywords, flags and comments.
    args = [a for a in opts.xgettext_args if not a.startswith(('--package-', '--msgid-bugs-'))]

    failures = []
    listed = {}
    for lineno, path in read_potfiles(potfiles_in):
        if path in listed:
            failures.append(f'po/POTFILES.in:{lineno}: {path} is listed twice '
                            f'(first on line {listed[path]})')
            continue
        listed[path] = lineno
        if not os.path.isfile(os.path.join(srcdir, path)):
            failures.append(f'po/POTFILES.in:{lineno}: {path} does not exist')

    with_messages = set()
    for path in candidates(srcdir):
        result = has_messages(srcdir, opts.xgettext, args, path)
        if isinstance(result, str):
            failures.append(f'{path}: xgettext cannot read it: {result}')
        elif result:
            with_messages.add(path)

    for path in sorted(with_messages - set(listed)):
        failures.append(f'{path} has translatable strings but is not in po/POTFILES.in')
    for path in sorted(set(listed) - with_messages):
        if os.path.isfile(os.path.join(srcdir, path)):
            print(f'note: po/POTFILES.in lists {path}, which has no translatable strings')

    print(f'{len(listed)} files listed, {len(with_messages)} files with translatable strings')
    if failures:
        for f in failures:
            print(f'FAIL: {f}')
        print('Fix po/POTFILES.in (one path per line, relative to the project root, sorted);'
              ' see docs/HACKING.md.')
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
