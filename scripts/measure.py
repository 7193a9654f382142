#!/usr/bin/env python3
"""Time whole processes: median wall time, CPU time and peak resident memory over several runs.

The measuring half of scripts/compare-pytorch.sh (needs only the standard library and GNU time,
`apt-get install time`).

Usage: measure.py RUNS NAME=COMMAND [NAME=COMMAND ...]
Each COMMAND is split like a shell word list (shlex) and run RUNS times, its output discarded. The
commands take turns (one run of each, then again), so a machine whose load changes during the
measurement slows them alike. Prints one JSON object per line: name, runs, median wall seconds,
median CPU seconds (user + system), median peak RSS in KiB, and the exit status of the last run.

Each round runs every command twice: once spawned directly, for the wall and CPU times, and once
under /usr/bin/time, for the peak RSS. The kernel counts a child's peak from its fork, so a child
forked straight from this Python process would show Python's own resident memory (~14 MiB) as its
floor; time forks from a small process. Timing runs stay without time, whose own start would add a
millisecond or more to every figure.
"""

import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time


def timed_run(argv):
    """Wall seconds, CPU seconds (user + system) and exit status of one direct run."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)


def peak_rss(argv, report):
    """Peak resident set size in KiB of one run under /usr/bin/time."""
    command = ["/usr/bin/time", "-f", "%M", "-o", report] + argv
    subprocess.call(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(report) as handle:
        return int(handle.read().split()[-1])


def main():
    if len(sys.argv) < 3 or not sys.argv[1].isdigit():
        sys.exit("usage: measure.py RUNS NAME=COMMAND [NAME=COMMAND ...]")
    runs = max(int(sys.argv[1]), 1)
    commands = []
    for argument in sys.argv[2:]:
        name, _, command = argument.partition("=")
        commands.append((name, shlex.split(command)))
    if not os.access("/usr/bin/time", os.X_OK):
        sys.exit("measure.py needs GNU time at /usr/bin/time (Debian/Ubuntu: apt-get install time)")
    samples = {name: [] for name, _ in commands}
    with tempfile.TemporaryDirectory() as folder:
        report = os.path.join(folder, "time.txt")
        for _ in range(runs):
            for name, argv in commands:
                wall, cpu, status = timed_run(argv)
                samples[name].append((wall, cpu, peak_rss(argv, report), status))
    for name, _ in commands:
        walls, cpus, peaks, statuses = zip(*samples[name])
        print(json.dumps({
            "name": name, "runs": runs, "wall": statistics.median(walls), "cpu": statistics.median(cpus),
            "rss_kib": statistics.median(peaks), "status": statuses[-1],
        }))


if __name__ == "__main__":
    main()
