#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Shenbao authors
# SPDX-License-Identifier: LGPL-3.0-or-later
"""Import and export against the physical floor (issue 15).

The floor is the byte copy: `cat` of every evidence file into one file, then `fsync` of that
file. Nothing that stores or binds the evidence can beat it. Each run measures, alternately
and on the same warm page cache:

- floor            cat + fsync of the whole corpus (binder benchmark corpus, ~241-258 MB)
- import           shenbao new --from bench.json (every file hashed and stored in the project)
- export           shenbao export --pdf (the bound dossier)
- small floor      cat + fsync of the first ~10 MB of evidence
- small export     shenbao export --pdf of a project holding only those files

and prints medians and the ratios to the floor of the same run (targets: import and export
<= 2.0 x the floor; small export <= 0.3 s over its floor). On a machine shared with other
work, wall times are noisy; the ratios, taken in one run, are what to compare.

    tests/bench/floor_bench.py [--build build] [--runs 3] [--corpus /tmp/shenbao-bench]

Exits non-zero when a target is missed.
"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd, env=None):
    """Runs cmd; returns (wall seconds, CPU seconds user+system)."""
    cpu, start = children_cpu(), time.monotonic()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.monotonic() - start, children_cpu() - cpu


def copy_floor(files, out):
    """cat FILES > OUT; sync OUT (coreutils' sync with a file argument fsyncs that file).
    Returns (wall, CPU) like timed()."""
    if os.path.exists(out):
        os.remove(out)
    cpu, start = children_cpu(), time.monotonic()
    with open(out, 'wb') as sink:
        subprocess.run(['cat'] + files, check=True, stdout=sink)
    subprocess.run(['sync', out], check=True)
    return time.monotonic() - start, children_cpu() - cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default='build')
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--corpus', default='/tmp/shenbao-bench')
    ap.add_argument('--jpegs', type=int, default=120)
    ap.add_argument('--pdf-pages', type=int, default=80)
    ap.add_argument('--small-mb', type=float, default=10.0)
    ap.add_argument('--work', default=None, help='scratch directory (default: a new temp dir)')
    args = ap.parse_args()

    shenbao = os.path.join(args.build, 'app', 'shenbao')
    corpus_tool = os.path.join(args.build, 'tests', 'bench', 'shenbao_bench_corpus')
    corpus = args.corpus
    bench_json = os.path.join(corpus, 'bench.json')
    if not os.path.exists(bench_json):
        print(f'generating corpus in {corpus} …', flush=True)
        subprocess.run([corpus_tool, corpus, str(args.jpegs), str(args.pdf_pages)], check=True)

    with open(bench_json, encoding='utf-8') as f:
        project = json.load(f)
    files = [os.path.join(corpus, e['file']) for e in project['evidence'] if e.get('file')]
    total = sum(os.path.getsize(f) for f in files)

    # The small project: the same project with the first files up to ~10 MB.
    small = dict(project)
    small['evidence'], small_files, small_bytes = [], [], 0
    for e in project['evidence']:
        if not e.get('file'):
            continue
        if small_bytes >= args.small_mb * 1e6:
            break
        small['evidence'].append(e)
        path = os.path.join(corpus, e['file'])
        small_files.append(path)
        small_bytes += os.path.getsize(path)
    small_json = os.path.join(corpus, 'bench-small.json')
    with open(small_json, 'w', encoding='utf-8') as f:
        json.dump(small, f, ensure_ascii=False, indent=1)

    work = args.work or tempfile.mkdtemp(prefix='shenbao-floor-')
    os.makedirs(work, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen')
    project_path = os.path.join(work, 'bench.shenbao')
    small_project = os.path.join(work, 'small.shenbao')
    copy_out = os.path.join(work, 'copy.bin')
    dossier = os.path.join(work, 'dossier.pdf')
    small_dossier = os.path.join(work, 'small.pdf')

    def fresh(path):
        for p in (path, path + '.part', path + '-journal'):
            if os.path.exists(p):
                os.remove(p)

    fresh(small_project)
    subprocess.run([shenbao, 'new', '--from', small_json, small_project], check=True,
                   stdout=subprocess.DEVNULL)
    # Warm the page cache once so that every measurement, the floor's included, reads from it.
    copy_floor(files, copy_out)

    names = ('floor', 'import', 'export', 'small_floor', 'small_export')
    wall = {k: [] for k in names}
    cpu = {k: [] for k in names}

    def record(name, measured):
        wall[name].append(measured[0])
        cpu[name].append(measured[1])

    for i in range(args.runs):
        record('floor', copy_floor(files, copy_out))
        fresh(project_path)
        record('import', timed([shenbao, 'new', '--from', bench_json, project_path], env))
        fresh(dossier)
        record('export', timed([shenbao, 'export', project_path, '--pdf', dossier, '--force'], env))
        record('small_floor', copy_floor(small_files, copy_out))
        fresh(small_dossier)
        record('small_export',
               timed([shenbao, 'export', small_project, '--pdf', small_dossier, '--force'], env))
        print(f'run {i + 1}: ' + ', '.join(
            f'{k} {wall[k][-1]:.2f} s (CPU {cpu[k][-1]:.2f} s)' for k in names), flush=True)

    print()
    print(f'corpus: {len(files)} files, {total / 1e6:.1f} MB; small: {len(small_files)} files, '
          f'{small_bytes / 1e6:.1f} MB; medians of {args.runs}')
    ok = True
    # Wall time is what the user waits for; CPU time (user + system of the processes) is
    # what stays comparable when other work shares the machine.
    for label, m in (('wall', wall), ('CPU', cpu)):
        med = {k: statistics.median(v) for k, v in m.items()}
        import_ratio = med['import'] / med['floor']
        export_ratio = med['export'] / med['floor']
        fixed = med['small_export'] - med['small_floor']
        print(f"{label}: floor (cat + fsync) {med['floor']:.2f} s; "
              f"import {med['import']:.2f} s = {import_ratio:.2f} x floor (target <= 2.0); "
              f"export {med['export']:.2f} s = {export_ratio:.2f} x floor (target <= 2.0); "
              f"small export {med['small_export']:.3f} s over its floor "
              f"{med['small_floor']:.3f} s: fixed cost {fixed:.3f} s (target <= 0.3)")
        if label == 'wall':
            ok = import_ratio <= 2.0 and export_ratio <= 2.0 and fixed <= 0.3
    print('RESULT:', 'all targets met (wall)' if ok else 'TARGET MISSED (wall)')
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
