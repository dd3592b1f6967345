"""The oracle for the lexer tests: CPython's tokenize, printed one token a line.

Usage: python3 dump_tokens.py FILE.py   (prints TYPE 'text' start_line,start_col-end_line,end_col)
Comments and non-logical newlines (NL) are dropped: our lexer skips them, as the parser would.
Columns are CPython's: 0-based, in characters.
"""
import sys
import tokenize

with open(sys.argv[1], 'rb') as source:
    for token in tokenize.tokenize(source.readline):
        kind = tokenize.tok_name[token.exact_type if token.type == tokenize.OP else token.type]
        if kind in ('ENCODING', 'COMMENT', 'NL'):
            continue
        (sl, sc), (el, ec) = token.start, token.end
        print(f"{kind} {token.string!r} {sl},{sc}-{el},{ec}")
