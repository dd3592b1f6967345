import re

LOG = """2024-01-05 12:00:01 INFO  [web] GET /index.html 200 0.012s
2024-01-05 12:00:02 WARN  [db] slow query took 1.532s
2024-01-05 12:00:03 ERROR [web] POST /api/login 500 0.220s
2024-01-05 12:00:04 INFO  [web] GET /about 404 0.003s"""

LINE = re.compile(r"""
    (?P<date>\d{4}-\d{2}-\d{2})\s+(?P<time>[\d:]+)\s+
    (?P<level>[A-Z]+)\s+\[(?P<source>\w+)\]\s+
    (?P<message>.*)$""", re.VERBOSE | re.MULTILINE)
for m in LINE.finditer(LOG):
    print(m['level'], m.group('source'), repr(m.group('message')))
    if req := re.match(r'(GET|POST) (\S+) (\d{3}) ([\d.]+)s', m['message']):
        method, path, status, secs = req.groups()
        print('   ', method, path, int(status), float(secs) * 1000)
print(re.findall(r'(\d+\.\d+)s', LOG))
print(sorted(set(re.findall(r'\[(\w+)\]', LOG))))
counts = {}
for level in re.findall(r'^\S+ \S+ (\w+)', LOG, re.M):
    counts[level] = counts.get(level, 0) + 1
print(counts)

EMAIL = re.compile(r'^[\w.+-]+@([\w-]+\.)+[a-zA-Z]{2,}$')
for addr in ['ann@example.com', 'bob.smith+tag@mail.co.uk', 'no-at-sign', 'x@y', 'a@b.c0m']:
    print(addr, bool(EMAIL.match(addr)))

words = {'cat': 'dog', 'red': 'blue'}
print(re.sub(r'\b\w+\b', lambda m: words.get(m.group(), m.group()), 'the red cat sat'))
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseName').lower())
print(re.sub(r'_(\w)', lambda m: m.group(1).upper(), 'snake_case_name'))
print(re.split(r'\W+', 'Hello, world! How are you?'))
print(' '.join(re.findall(r'[A-Z][a-z]*', 'TheQuickBrownFox')))
print(re.sub(r'\s{2,}', ' ', 'too    many   spaces').strip())
print(re.fullmatch(r'#?([0-9a-fA-F]{2}){3}', '#1fA0c3') is not None)
print([int(x) for x in re.findall(r'-?\d+', 'x=-3, y=14, z=0')])
template = 'Hello {name}, you owe {amount}'
print(re.sub(r'\{(\w+)\}', lambda m: str({'name': 'Ann', 'amount': 5}[m[1]]), template))

def fail(m):
    raise ValueError('bad ' + m.group())

try:
    re.sub(r'\d', fail, 'ab3')
except ValueError as e:
    print('ValueError:', e)
print(re.compile(r'\d+').sub('#', 'a1b22c333', count=2))
re.sub(r'\d', fail, 'x9')
