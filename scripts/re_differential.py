#!/usr/bin/env python3
"""Compares the engine's `re` with CPython 3.11's on random patterns and subjects.

  python3 scripts/re_differential.py [--engine build/native/attendable] [--seed N] [--count N]
                                     [--show N]

Generates --count cases (a pattern from a small grammar covering groups, look-arounds,
conditionals, atomic groups, quantifiers and classes; a short subject; flags; every fourth
case as bytes), writes one program that prints, per case, what compile, search, match,
fullmatch, findall, finditer, sub, subn and split give (or the exception), runs it on CPython
and on the engine, and prints the agreement rate and the first --show differences. A few seeds
draw a pattern that backtracks exponentially (CPython takes 46 s on one of seed 109's; the engine
far longer): try another seed.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

ATOMS = ['a', 'b', 'c', '.', 'x', r'\d', r'\w', r'\s', r'\W', '[ab]', '[^a]', '[a-c]', r'[\dx]',
         r'\b', '^', '$', r'\B', 'A', r'\.', ' ', r'\A', r'\Z', r'\x61', r'[^\s\d]', '[.-]',
         r'[a\-c]', r'\S', r'\D', '-', r'[\x41-\x43]', r'\n']
REFERENCES = [r'\1', r'\2', '(?P=n0)']  # rarer: most patterns would not compile
QUANTIFIERS = ['*', '+', '?', '{2}', '{1,3}', '{,2}', '{2,}', '*?', '+?', '??', '*+', '++',
               '{1,2}?', '{0}', '{0,1}?', '{2}+', '{5}', '{2,6}', '{5,}?', '{0,7}', '{1,9}+']


def atom(r, depth):
    c = r.random()
    if depth > 2 or c < 0.35:
        return r.choice(REFERENCES if r.random() < 0.03 else ATOMS)
    body = lambda: pattern(r, depth + 1)
    for limit, make in ((0.55, lambda: '(%s)' % body()), (0.65, lambda: '(?:%s)' % body()),
                        (0.7, lambda: '(?=%s)' % body()), (0.74, lambda: '(?!%s)' % body()),
                        (0.78, lambda: '(?<=%s)' % r.choice(['a', 'ab', r'\d', '[ab]c'])),
                        (0.81, lambda: '(?<!%s)' % r.choice(['a', 'ab', r'\d', 'x'])),
                        (0.85, lambda: '(?>%s)' % body()),
                        (0.9, lambda: '(?P<n%d>%s)' % (r.randrange(3), body())),
                        (0.93, lambda: '(?(1)%s|%s)' % (body(), body()))):
        if c < limit:
            return make()
    return '(?i:%s)' % body()


def pattern(r, depth=0):
    out = []
    for _ in range(r.randint(1, 4)):
        item = atom(r, depth)
        anchor = item in ('^', '$', r'\b', r'\B', r'\A', r'\Z')  # mostly "nothing to repeat"
        out.append(item + (r.choice(QUANTIFIERS) if r.random() < (0.02 if anchor else 0.35)
                           else ''))
        if r.random() < 0.1:
            out.append('|')
    return ''.join(out)


PROGRAM = '''import json, re

def run(p, s, flags):
    try:
        pat = re.compile(p, flags)
        enc = (lambda x: x.encode()) if isinstance(s, bytes) else (lambda x: x)
        res = [pat.groups, sorted(pat.groupindex.items())]
        m = pat.search(s)
        res.append(m and (m.span(), m.groups(), m.lastindex))
        m = pat.match(s)
        res.append(m and (m.span(), m.groups()))
        m = pat.fullmatch(s)
        res.append(m and m.span())
        res.append(pat.findall(s))
        res.append([(m.span(), m.groups()) for m in pat.finditer(s, 1)])
        res.append(pat.sub(enc('<\\\\g<0>>'), s))
        if pat.groups:
            res.append(pat.subn(enc('[\\\\1|\\\\g<%d>]' % pat.groups), s))
        res.append(pat.split(s))
        return repr(res)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

for p, s, flags, as_bytes in json.loads(CASES):
    if as_bytes:
        p, s = p.encode('latin-1'), s.encode('latin-1')
    print(run(p, s, flags))
'''


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--engine', default='build/native/attendable')
    parser.add_argument('--seed', type=int, default=0)
    parser.add_argument('--count', type=int, default=1000)
    parser.add_argument('--show', type=int, default=10)
    args = parser.parse_args()
    r = random.Random(args.seed)
    cases = []
    for i in range(args.count):
        as_bytes = i % 4 == 3
        flags = r.choice([0, 0, 0, 2, 8, 16, 0 if as_bytes else 256])
        subject = ''.join(r.choice('aabbcx1 .A\n\xe9\xc9') for _ in range(r.randint(0, 12)))
        cases.append([pattern(r), subject, flags, as_bytes])
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write('CASES = %r\n' % json.dumps(cases) + PROGRAM)
    try:
        outputs = [subprocess.run(command + [f.name], capture_output=True, text=True,
                                  timeout=600).stdout.splitlines()
                   for command in (['python3'], [args.engine])]
    finally:
        os.unlink(f.name)
    expected, got = outputs
    got += [''] * (len(expected) - len(got))
    differing = [i for i, (a, b) in enumerate(zip(expected, got)) if a != b]
    for i in differing[:args.show]:
        print('%r %r flags=%d%s\n  CPython: %s\n  engine:  %s' % (
            cases[i][0], cases[i][1], cases[i][2], ' bytes' if cases[i][3] else '',
            expected[i][:400], got[i][:400]))
    print('agree %d/%d' % (len(cases) - len(differing), len(cases)))
    return 1 if differing else 0


if __name__ == '__main__':
    sys.exit(main())
