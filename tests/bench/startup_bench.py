#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Shenbao authors
# SPDX-License-Identifier: LGPL-3.0-or-later
"""Start-up of the `shenbao` program (issue 15; docs/decisions.md, "Start-up").

For each program given, counts the shared libraries it needs (ldd) and times, alternately and
RUNS times each, `shenbao --version` (start-up and exit, nothing else) and `shenbao export` of
the demo project (a small export: 60 pages). The programs take turns run by run, so a machine
whose speed swings (a shared VM) slows them alike; compare them within one run of this script.
Prints the medians of wall and CPU (user + system) time.

    tests/bench/startup_bench.py [--runs 30] [--from DATA.json] [PROGRAM ...]
                                                     (default program: build/app/shenbao)

--from exports the project made from DATA.json (`shenbao new --from`, then `export --force`)
instead of the demo, e.g. floor_bench.py's small project, /tmp/shenbao-bench/bench-small.json.

e.g. the program of another build as a baseline:
    tests/bench/startup_bench.py /tmp/before/shenbao build/app/shenbao
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd, env):
    """Runs cmd; returns (wall seconds, CPU seconds user+system)."""
    cpu, start = children_cpu(), time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start, children_cpu() - cpu


def library_count(program):
    out = subprocess.run(['ldd', program], check=True, capture_output=True, text=True).stdout
    return len([line for line in out.splitlines() if line.strip()])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=30)
    ap.add_argument('--from', dest='data', default=None,
                    help='project JSON to export instead of the demo')
    ap.add_argument('programs', nargs='*', default=['build/app/shenbao'])
    args = ap.parse_args()
    programs = [os.path.abspath(p) for p in args.programs]

    env = dict(os.environ, QT_QPA_PLATFORM='offscreen')
    with tempfile.TemporaryDirectory(prefix='shenbao-startup-') as work:
        project = os.path.join(work, 'p.shenbao')
        if args.data:
            make = [programs[-1], 'new', '--from', os.path.abspath(args.data), project]
            label = f'export ({os.path.basename(args.data)})'
        else:
            make = [programs[-1], 'demo', project]
            label = 'export (demo, 60 pages)'
        subprocess.run(make, check=True, stdout=subprocess.DEVNULL, env=env)
        out = os.path.join(work, 'out.pdf')
        cases = {
            '--version': lambda p: [p, '--version'],
            label: lambda p: [p, 'export', project, '--pdf', out, '--force'],
        }
        # One untimed round warms the page cache for every program.
        for p in programs:
            for make in cases.values():
                timed(make(p), env)
        wall = {(p, c): [] for p in programs for c in cases}
        cpu = {(p, c): [] for p in programs for c in cases}
        for _ in range(args.runs):
            for c, make in cases.items():
                for p in programs:
                    w, u = timed(make(p), env)
                    wall[(p, c)].append(w)
                    cpu[(p, c)].append(u)

    print(f'medians of {args.runs} runs, programs alternating')
    for p in programs:
        print(f'{p}: {library_count(p)} shared libraries (ldd)')
        for c in cases:
            w = statistics.median(wall[(p, c)])
            u = statistics.median(cpu[(p, c)])
            print(f'  {c:<28} wall {w * 1000:7.1f} ms   CPU {u * 1000:7.1f} ms')
    if len(programs) > 1:
        base = programs[0]
        for p in programs[1:]:
            for c in cases:
                dw = statistics.median(wall[(p, c)]) - statistics.median(wall[(base, c)])
                du = statistics.median(cpu[(p, c)]) - statistics.median(cpu[(base, c)])
                print(f'{os.path.basename(os.path.dirname(p))}/{os.path.basename(p)} vs first, '
                      f'{c}: wall {dw * 1000:+.1f} ms, CPU {du * 1000:+.1f} ms')
    return 0


if __name__ == '__main__':
    sys.exit(main())
