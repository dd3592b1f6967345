"""Generates asts.txt, the oracle of the parser test: for each program, the SHA-512 of
ast.dump(ast.parse(source), include_attributes=True) under CPython 3.11 — node for node and
position for position — or the SyntaxError CPython reports. Run from the repository root:

    python3 tests/python_frontend/parser/dump_asts.py > tests/python_frontend/parser/asts.txt

A mismatch makes the test write our dump under build/; diff it with CPython's:
    python3 -c "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1]).read()), include_attributes=True))" FILE
"""
import ast
import glob
import hashlib

# \N{...} escapes need Unicode's name table, which the engine does not carry yet.
UNSUPPORTED = {'tests/python/language/string_escapes.py'}

files = sorted(glob.glob('tests/python/*/*.py')) + sorted(glob.glob('tests/python_frontend/parser/*.py'))
for path in files:
    if path in UNSUPPORTED or path.endswith('dump_asts.py'):
        continue
    source = open(path, encoding='utf-8').read()
    try:
        dump = ast.dump(ast.parse(source), include_attributes=True)
    except SyntaxError as e:  # the corpus's syntax-error programs: the error instead
        print(path, f'{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset})')
        continue
    print(path, hashlib.sha512(dump.encode()).hexdigest())
