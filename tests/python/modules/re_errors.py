import re

patterns = ['(a', 'a)b)', '*a', 'a**', r'\q', '[a', '[z-a]', '(?P<x>a)(?P=y)', r'(?<=a+)b',
            'a{3,1}', '(?z)', 'a(?i)b', '(?P<1a>x)', r'\2(a)', r'(a\1)', '(?<x', r'\x4',
            r'[\d-z]', 'a\n(b', '(?(2)a|b)', '(?P<a>x)(?P<a>y)', '(?#abc', '\\', '^*',
            '(?i-i:a)', 'x{2}{3}', 'x*?+', '(?', r'(?<!a|bc)']
for p in patterns:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno)
for repl in [r'\q', r'\3', r'\g<x>', r'\g<', r'\g<1']:
    try:
        re.sub('(a)', repl, 'a')
    except (re.error, IndexError) as e:
        print(repr(repl), '->', type(e).__name__, e)
for call in [lambda: re.search('a', 5), lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'),
             lambda: re.match('(a)', 'a').group(2), lambda: re.match('(a)', 'a').group('n')]:
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
re.compile('(?P<name>x')
