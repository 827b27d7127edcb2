#!/usr/bin/env python3
# test-po-complete.py: checks that every translation covers the current sources.
#
# Copyright 2026 The Schakel authors
#
# This program is free software: you can redistribute it and/or modify it under the terms of
# the GNU General Public License as published by the Free Software Foundation, either
# version 3 of the License, or (at your option) any later version.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: test-po-complete.py --srcdir DIR [--xgettext P] [--msgmerge P] [--msgfmt P]
#                            [--msgattrib P] [-- XGETTEXT-ARGS...]
#
# For each language in po/LINGUAS:
#  1. extracts a fresh template from po/POTFILES.in into a temporary directory, the way the
#     schakel-pot target does (same keywords, passed in from po/meson.build);
#  2. merges po/<lang>.po with it and fails on any untranslated or fuzzy message, listing them;
#  3. runs `msgfmt --check --check-accelerators=_` on po/<lang>.po itself.
# It also fails when xgettext warns about a source string (such a string never translates).
# Nothing in the source tree is written.

import argparse
import os
import re
import subprocess
import sys
import tempfile

ENV = dict(os.environ, LC_ALL='C', LANGUAGE='')


def run(cmd, **kwargs):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, env=ENV, **kwargs)


def read_linguas(podir):
    langs = []
    with open(os.path.join(podir, 'LINGUAS'), encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            langs += line.split()
    return langs


def msgids(msgattrib, po, flag):
    """The msgids of the entries that msgattrib selects with FLAG (e.g. --untranslated)."""
    args = [msgattrib, flag, '--no-wrap', po]
    if flag != '--only-obsolete':
        args.insert(2, '--no-obsolete')
    ids, current = [], None
    for line in run(args).stdout.splitlines():
        line = line[3:] if line.startswith('#~ ') else line
        if line.startswith('msgid "'):
            current = [line[len('msgid '):]]
        elif line.startswith('"') and current is not None:
            current.append(line)
        else:
            if current is not None:
                text = ''.join(part[1:-1] for part in current)
                if text:
                    ids.append(text)
            current = None
    return ids


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--srcdir', required=True)
    parser.add_argument('--xgettext', default='xgettext')
    parser.add_argument('--msgmerge', default='msgmerge')
    parser.add_argument('--msgfmt', default='msgfmt')
    parser.add_argument('--msgattrib', default='msgattrib')
    parser.add_argument('xgettext_args', nargs='*')
    opts = parser.parse_args()
    srcdir = os.path.abspath(opts.srcdir)
    podir = os.path.join(srcdir, 'po')
    failed = False

    with tempfile.TemporaryDirectory(prefix='schakel-po-') as tmp:
        pot = os.path.join(tmp, 'schakel.pot')
        proc = run([opts.xgettext, '--package-name=schakel', '-D', srcdir,
                    '-f', os.path.join(podir, 'POTFILES.in'), '-k_', '-o', pot]
                   + opts.xgettext_args)
        if proc.returncode != 0 or not os.path.exists(pot):
            print('FAIL: xgettext could not build the template from po/POTFILES.in:')
            print(proc.stderr)
            return 1
        # A warning means a string that will not translate at run time, e.g. a msgid cut short
        # by a format macro such as G_GINT64_FORMAT (xgettext knows <inttypes.h> PRId64 only).
        warnings = [l for l in proc.stderr.splitlines() if 'warning:' in l]
        if warnings:
            failed = True
            print('FAIL: xgettext warns about strings in the sources:')
            for line in warnings:
                print(f'  {line}')

        for lang in read_linguas(podir):
            po = os.path.join(podir, lang + '.po')
            if not os.path.exists(po):
                print(f'FAIL: po/LINGUAS names {lang}, but po/{lang}.po does not exist')
                failed = True
                continue

            # (c) the file as committed must compile cleanly
            proc = run([opts.msgfmt, '--check', '--check-accelerators=_', '-o', os.devnull, po])
            if proc.returncode != 0:
                print(f'FAIL: msgfmt --check po/{lang}.po:\n{proc.stderr.strip()}')
                failed = True

            # (a) + (b) merge with the fresh template and count
            merged = os.path.join(tmp, lang + '.po')
            proc = run([opts.msgmerge, '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot])
            if proc.returncode != 0:
                print(f'FAIL: msgmerge po/{lang}.po:\n{proc.stderr.strip()}')
                failed = True
                continue
            proc = run([opts.msgfmt, '--check', '--statistics', '-o', os.devnull, merged])
            stats = proc.stderr.strip()
            print(f'{lang}: {stats}')
            untranslated = msgids(opts.msgattrib, merged, '--untranslated')
            fuzzy = msgids(opts.msgattrib, merged, '--only-fuzzy')
            for kind, ids in (('untranslated', untranslated), ('fuzzy', fuzzy)):
                if ids:
                    failed = True
                    print(f'FAIL: po/{lang}.po has {len(ids)} {kind} messages:')
                    for msgid in ids:
                        print(f'  {msgid}')
            obsolete = msgids(opts.msgattrib, merged, '--only-obsolete')
            if obsolete:
                print(f'note: {len(obsolete)} messages of po/{lang}.po are no longer in the'
                      ' sources; `schakel-update-po` marks them obsolete')

    if failed:
        print('Update the translation as described in docs/HACKING.md ("Translations").')
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
