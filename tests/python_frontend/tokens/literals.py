x = 0 + 10 + 1_000 + 0x1F + 0o17 + 0b1010 + 0XAB
y = 3.14 + 1. + .5 + 1e10 + 1.5E-3 + 2j + 1_0.0_1e+1_0
s = 'a' + "b" + r'\d' + b'x' + rb"\x" + f'{x!r:>{y}}' + Rb'z' + F"q" + u'u'
t = '''tri
ple''' + """dq
"""
w = 'esc \' quote' "and \" too" 'back\\'
e = x if y else -x ** 2 // 3 % 4 @ 5
