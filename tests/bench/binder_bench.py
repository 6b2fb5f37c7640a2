#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Shenbao authors
# SPDX-License-Identifier: LGPL-3.0-or-later
"""Binder benchmark (issue 3): Shenbao's export against the obvious hand-made alternative.

The alternative a careful user would script is `img2pdf` for the JPEG scans plus
`qpdf --empty --pages …` to merge them with the PDFs. It makes no cover, form, footers,
bookmarks or embedded data, so it marks the floor. Both run alternately on the same corpus
(three 80-page text PDFs + 120 A4 300-dpi JPEG scans) and the medians are compared.

    tests/bench/binder_bench.py [--build build] [--runs 5] [--corpus /tmp/shenbao-bench]

Prints the figures and exits non-zero when a target is missed.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time


def run_timed(cmd, env=None):
    """Runs cmd under /usr/bin/time; returns (wall seconds, peak RSS in KiB)."""
    with tempfile.NamedTemporaryFile('r', suffix='.time') as t:
        start = time.monotonic()
        subprocess.run(['/usr/bin/time', '-f', '%M', '-o', t.name] + cmd, check=True,
                       stdout=subprocess.DEVNULL, env=env)
        wall = time.monotonic() - start
        rss = int(t.read().strip().splitlines()[-1])
    return wall, rss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default='build')
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--corpus', default='/tmp/shenbao-bench')
    ap.add_argument('--jpegs', type=int, default=120)
    ap.add_argument('--pdf-pages', type=int, default=80)
    args = ap.parse_args()

    shenbao = os.path.join(args.build, 'app', 'shenbao')
    corpus_tool = os.path.join(args.build, 'tests', 'bench', 'shenbao_bench_corpus')
    corpus = args.corpus
    if not os.path.exists(os.path.join(corpus, 'bench.json')):
        print(f'generating corpus in {corpus} …', flush=True)
        subprocess.run([corpus_tool, corpus, str(args.jpegs), str(args.pdf_pages)], check=True)

    pdfs = [os.path.join(corpus, f'audit-{y}.pdf') for y in (2019, 2020, 2021)]
    jpegs = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith('.jpg'))
    evidence_bytes = sum(os.path.getsize(f) for f in pdfs + jpegs)
    evidence_pages = len(jpegs) + sum(
        int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', f], capture_output=True,
                                                         text=True).stdout).group(1)) for f in pdfs)

    work = tempfile.mkdtemp(prefix='shenbao-bench-')
    project = os.path.join(work, 'bench.shenbao')
    subprocess.run([shenbao, 'new', '--from', os.path.join(corpus, 'bench.json'), project], check=True)

    env = dict(os.environ, QT_QPA_PLATFORM='offscreen')
    ours, theirs, ours_rss, theirs_rss = [], [], [], []
    out = os.path.join(work, 'dossier.pdf')
    alt = os.path.join(work, 'alternative.pdf')
    images = os.path.join(work, 'images.pdf')
    for i in range(args.runs):
        for f in (out, alt, images):
            if os.path.exists(f):
                os.remove(f)
        w, r = run_timed([shenbao, 'export', project, '--pdf', out, '--force'], env)
        ours.append(w)
        ours_rss.append(r)
        start = time.monotonic()
        _, r1 = run_timed(['img2pdf', '-o', images] + jpegs)
        _, r2 = run_timed(['qpdf', '--empty', '--pages'] + pdfs + [images, '--', alt])
        theirs.append(time.monotonic() - start)
        theirs_rss.append(max(r1, r2))
        print(f'run {i + 1}: shenbao {ours[-1]:.2f} s, img2pdf+qpdf {theirs[-1]:.2f} s', flush=True)

    info = subprocess.run(['pdfinfo', out], capture_output=True, text=True).stdout
    out_pages = int(re.search(r'Pages:\s+(\d+)', info).group(1))
    # The audit reports' text is still extractable: the last page of each source PDF
    # extracts the same first line from the dossier as from the original file.
    text = subprocess.run(['pdftotext', out, '-'], capture_output=True, text=True).stdout
    audit_text_ok = True
    for f in pdfs:
        last = subprocess.run(['pdftotext', '-f', str(args.pdf_pages), '-l', str(args.pdf_pages),
                               f, '-'], capture_output=True, text=True).stdout.strip()
        first_line = last.splitlines()[0].strip() if last else ''
        audit_text_ok = audit_text_ok and bool(first_line) and first_line in text

    m_ours, m_theirs = statistics.median(ours), statistics.median(theirs)
    size = os.path.getsize(out)
    time_ratio = m_ours / m_theirs
    size_ratio = size / evidence_bytes
    peak_mib = max(ours_rss) / 1024
    print()
    print(f'corpus: {len(pdfs)} PDFs, {len(jpegs)} JPEGs, {evidence_pages} evidence pages, '
          f'{evidence_bytes / 1e6:.1f} MB')
    print(f'export wall time (median of {args.runs}): shenbao {m_ours:.2f} s, '
          f'img2pdf+qpdf {m_theirs:.2f} s, ratio {time_ratio:.2f} (target <= 1.5)')
    print(f'output size: {size / 1e6:.1f} MB = {size_ratio:.4f} x evidence (target <= 1.03); '
          f'alternative {os.path.getsize(alt) / 1e6:.1f} MB')
    print(f'peak memory (max RSS): shenbao {peak_mib:.0f} MiB (target <= 256), '
          f'alternative {max(theirs_rss) / 1024:.0f} MiB')
    print(f'pages: {out_pages} in the dossier, {evidence_pages} evidence pages; '
          f'audit text extractable: {audit_text_ok}')
    ok = time_ratio <= 1.5 and size_ratio <= 1.03 and peak_mib <= 256 and \
        out_pages >= evidence_pages and audit_text_ok
    print('RESULT:', 'all targets met' if ok else 'TARGET MISSED')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
