#!/usr/bin/env python3
"""Tallies the committed labels (benchmark/precision/right-wrong/<Key>.tsv) into the precision table of BENCHMARKS.md.

Precision = right / (right + wrong); Wilson 95% lower bound; the conservative bound counts unsure as wrong.
"After generated-code fix": the same labelled sample without the issues on files that the plugin now skips
(a generated header, @SuppressWarnings("all") on the type, or the markers of JAXB's XJC output that the plugin's
XjcOutput recognises), because the rule no longer raises them.
Usage: benchmark/precision/right-wrong/tally.py CORPUS_DIR  (prints the Markdown table)"""
import csv, math, re, sys, pathlib

HEADER = re.compile(r'(?i)\b(generated (from|by)\b|auto-?generated\b|do not edit\b|this file was generated\b)')
ALL = re.compile(r'@SuppressWarnings\(\s*\{?[^)]*"all"')
# XJC output with its header stripped, as in XjcOutput: XJC's fixed Javadoc sentence next to its JAXB construct.
def _sentence(text):
    return re.compile(r'[\s*]+'.join(map(re.escape, text.split())))
XJC_BOUND_TYPE = _sentence('The following schema fragment specifies the expected content contained within this class')
XJC_OBJECT_FACTORY = _sentence('This object contains factory methods for each Java content interface and Java element interface generated in the')
XJC_ADAPTER = re.compile(r'^public class (Adapter\d+)\s+extends\s+(\w+\.)*XmlAdapter<', re.M)
RETURN = re.compile(r'\breturn\b\s*(\(?)')

def xjc(text):
    if XJC_BOUND_TYPE.search(text) and re.search(r'^@(\w+\.)*XmlType\b', text, re.M):
        return True
    if XJC_OBJECT_FACTORY.search(text) and re.search(r'^@(\w+\.)*XmlRegistry\b', text, re.M):
        return True
    # an adapter: no Javadoc, only unmarshal and marshal, each a single parenthesised return
    returns = RETURN.findall(text)
    return bool(XJC_ADAPTER.search(text)) and '/**' not in text and len(returns) == 2 and all(returns) \
        and len(re.findall(r'\bpublic \S+ (unmarshal|marshal)\(', text)) == 2

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
    return bool(HEADER.search(head)) or bool(ALL.search(text)) or xjc(text)

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
