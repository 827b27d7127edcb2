# benchlib.py — what the Schakel benchmarks share: running a child while
# measuring its wall time and peak memory, and a private X server.
#
# Copyright 2026 The Schakel authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import statistics
import subprocess
import time


class Run:
    def __init__(self, seconds, peak_rss_mib, marks):
        self.seconds = seconds          # spawn to exit
        self.peak_rss_mib = peak_rss_mib
        self.marks = marks              # line printed -> seconds since spawn


def run(argv, env=None, marks=()):
    """Runs argv; records when each line in marks first appears on stdout."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    seen = {}
    for line in proc.stdout:
        line = line.strip()
        if line in marks and line not in seen:
            seen[line] = time.monotonic() - start
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        raise SystemExit(f'{argv[0]} failed with status {proc.returncode}')
    missing = [m for m in marks if m not in seen]
    if missing:
        raise SystemExit(f'{argv[0]} never printed {", ".join(missing)}')
    return Run(seconds, usage.ru_maxrss / 1024.0, seen)


def median(values):
    return statistics.median(values)


class PrivateX:
    """An Xvfb of our own unless a display is already there."""

    def __enter__(self):
        self.proc = None
        if os.environ.get('DISPLAY'):
            return os.environ['DISPLAY']
        read_fd, write_fd = os.pipe()
        self.proc = subprocess.Popen(
            ['Xvfb', '-displayfd', str(write_fd), '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
            pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as f:
            number = f.readline().strip()
        return f':{number}'

    def __exit__(self, *exc):
        if self.proc:
            self.proc.terminate()
            self.proc.wait()
