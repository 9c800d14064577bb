#!/usr/bin/env python3
"""Tallies the committed labels (benchmark/precision/<Key>.tsv) into the precision table of BENCHMARKS.md.

Precision = right / (right + wrong); Wilson 95% lower bound; the conservative bound counts unsure as wrong.
"After generated-code fix": the same labelled sample without the issues on files that the plugin now skips
(a generated header, or @SuppressWarnings("all") on the type), because the rule no longer raises them.
Usage: benchmark/precision/tally.py CORPUS_DIR  (prints the Markdown table)"""
import csv, math, re, sys, pathlib

HEADER = re.compile(r'(?i)\b(generated (from|by)\b|auto-?generated\b|do not edit\b|this file was generated\b)')
ALL = re.compile(r'@SuppressWarnings\(\s*\{?[^)]*"all"')

def wilson(right, n, z=1.96):
    if n == 0:
        return None
    p = right / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    m = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (c - m) / d)

def skipped(corpus, rel):
    path = corpus / rel
    try:
        text = path.read_text(errors='replace')
    except OSError:
        return False
    head = text.split('package', 1)[0]
    return bool(HEADER.search(head)) or bool(ALL.search(text))

def pct(x):
    return '–' if x is None else f'{100 * x:.1f}%'

corpus = pathlib.Path(sys.argv[1])
print('| rule | labelled | right | wrong | unsure | precision | Wilson 95% lower bound | after generated-code fix: labelled, right / wrong, precision, lower bound |')
print('|---|---:|---:|---:|---:|---:|---:|---|')
for tsv in sorted(pathlib.Path(__file__).parent.glob('*.tsv')):
    rows = [r for r in csv.DictReader(open(tsv), delimiter='\t') if r['label'] in ('right', 'wrong', 'unsure')]
    def counts(rs):
        r = sum(x['label'] == 'right' for x in rs); w = sum(x['label'] == 'wrong' for x in rs); u = sum(x['label'] == 'unsure' for x in rs)
        return r, w, u
    r, w, u = counts(rows)
    kept = [x for x in rows if not skipped(corpus, x['file'])]
    kr, kw, ku = counts(kept)
    after = '(no change)' if len(kept) == len(rows) else \
        f'{len(kept)}, {kr} / {kw}, {pct(kr / (kr + kw) if kr + kw else None)}, {pct(wilson(kr, kr + kw))}'
    print(f'| {tsv.stem} | {len(rows)} | {r} | {w} | {u} | {pct(r / (r + w) if r + w else None)} | {pct(wilson(r, r + w))} | {after} |')
