# The match statement's syntax errors, as CPython 3.11 reports them: type, message and line.
# Each snippet is compiled on its own, since a SyntaxError stops a whole program: as the body of
# a function that exec defines and never calls (the engine has no compile(), and its
# SyntaxError has no offset attribute yet), so every line is one further down.
SNIPPETS = [
    # irrefutable patterns before the last case
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case (_):\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case a | 1:\n        pass\n",
    "match x:\n    case _ | x:\n        pass\n",
    "match x:\n    case (a as b) | c:\n        pass\n",
    # names
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a as a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case P(a, b=a):\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case 1 | a:\n        pass\n",
    "match x:\n    case [a] | (b):\n        pass\n",
    "match x:\n    case [a, b] | [b, c]:\n        pass\n",
    "match x:\n    case [a, b] | [a]:\n        pass\n",
    # sequences, mappings, classes
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case (a, *b, c, *d):\n        pass\n",
    "class C:\n    match x:\n        case [*_, *_]:\n            pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case {1: _, 1.0: _}:\n        pass\n",
    "match x:\n    case {True: _, 1: _}:\n        pass\n",
    "match x:\n    case {'a' 'b': _, 'ab': _}:\n        pass\n",
    "match x:\n    case {-0: _, 0: _}:\n        pass\n",
    "match x:\n    case P(a=1, a=2):\n        pass\n",
    "match x:\n    case P(a=1, 2):\n        pass\n",
    "match x:\n    case P(a=1, 2, 3, b=4):\n        pass\n",
    # targets and literals
    "match x:\n    case 1 as _:\n        pass\n",
    "match x:\n    case 1 as 2:\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case 1j + 1:\n        pass\n",
    "match x:\n    case f'a':\n        pass\n",
    "match x:\n    case {f'{x}': 1}:\n        pass\n",
    # the statement's shape
    "match x\n    case 1:\n        pass\n",
    "match x, y\n",
    "match x:\ncase 1:\n    pass\n",
    "match x:\n    case 1\n        pass\n",
    "match x:\n    case 1:\n    pass\n",
    "match x:\n    pass\n",
]



def compile_only(source):
    body = "".join("    " + line + "\n" for line in source.splitlines())
    exec("def snippet():\n" + body, {})


for source in SNIPPETS:
    try:
        compile_only(source)
        print("compiled:", repr(source))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e}")

# Not statements: `match` and `case` as names, in forms that look like the start of one.
for source in ["match(x)\n", "match [1]\n", "match = 1\n", "match.x = 1\n", "match -x\n",
               "case(1)\n", "match * x\n", "print(match, case)\n", "match, case = 1, 2\n"]:
    try:
        compile_only(source)
        print("compiled:", repr(source))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e} in {source!r}")
