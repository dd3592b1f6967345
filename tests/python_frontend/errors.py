"""Generates errors.expected: for each snippet, the error CPython 3.11 reports when compiling
it (type, message, line, 1-based offset). Snippets are separated by lines of '----'."""
import sys
snippets = open(sys.argv[1], encoding='utf-8').read().split('\n----\n')
for snippet in snippets:
    try:
        compile(snippet, '<cell>', 'exec')
        print('OK')
    except SyntaxError as e:
        print(f'{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset})')
