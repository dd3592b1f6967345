import json
data = {'name': 'Zoé', 'tags': ['a', 'b'], 'n': 3, 'x': 1.5, 'ok': True, 'none': None, 'nested': {'k': [1, {'z': []}]}, 'big': 10**20, 'e': 1e-7, 'emoji': '😀', 'ctl': 'a\tb\n"q"\\'}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2, {'a': ()}], separators=(',', ':')), json.dumps('x'), json.dumps(None), json.dumps(float('nan')), json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
print(json.dumps([[], {}], indent='\t'), json.dumps({'a': 1}, indent=0))
print(json.loads(json.dumps(data)) == data, json.loads('  [1, 2.5, "x\\u00e9\\ud83d\\ude00", true, false, null, {"a": {}}, -0, 1E3, -1.5e-2 ] '))
print(json.loads('{"a": NaN, "b": -Infinity}'), json.loads(b'{"k": 1}'), json.loads('"\\n\\/"'), json.loads('123'), json.loads('{"a":1,"a":2}'))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d)), json.loads('[1.5]', parse_float=str), json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
class P:
    def __init__(self): self.v = 1
print(json.dumps(P(), default=lambda o: o.__dict__), json.dumps({'s': {1, 2}} , default=sorted))
for e in ["json.loads('')", "json.loads('[1,]')", "json.loads('{\"a\" 1}')", "json.loads('{a: 1}')", "json.loads('[1 2]')", "json.loads('tru')", "json.loads('\"abc')", "json.loads('1 2')",
          "json.loads('\"\\\\x\"')", "json.loads('\"\\\\u12\"')", "json.loads('\\n\\n  @')", "json.loads('{\"a\":1,}')", "json.loads(5)", "json.dumps(P())", "json.dumps({(1,): 2})", "json.dumps(float('inf'), allow_nan=False)", "json.loads('\"a\\tb\"')"]:
    try: print(repr(eval(e)))
    except Exception as x: print(type(x).__name__, x)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as x: print(x)
try: json.loads('[1, 2')
except json.JSONDecodeError as x: print(x.msg, x.pos, x.lineno, x.colno, isinstance(x, ValueError))
print(json.loads('"a\\tb"'.replace('\\t', '\t'), strict=False), json.dumps({'a': 1}, skipkeys=True), json.dumps({(1,): 1, 'b': 2}, skipkeys=True))
