import re

print(re.findall(r'(?i)hello', 'Hello HELLO hello'), re.findall(r'HeLLo', 'hello', re.I))
print(re.findall(r'(?i:a)b', 'ab Ab aB AB'), re.findall(r'[a-c]+', 'xABCbx', re.I))
print(re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\w+', 'héllo wörld'))
print(re.findall(r'\d', '1٣2'), re.findall(r'\d', '1٣2', re.ASCII))
print(re.findall(r'^a.', 'ab\nac\na\n', re.M | re.S))
print(re.match(r'(?s).+', 'a\nb'), re.match(r'(?m)^b', 'a\nb'), re.search(r'(?m)^b', 'a\nb'))
print(re.search('$', 'ab\n').span(), re.search(r'\Z', 'ab\n').span(), re.findall('$', 'a\nb\n', re.M))
print(re.compile(r'''
    (\d+)   # number
    \s* ,   # comma
''', re.VERBOSE).findall('1 ,2,  3'))
print(re.search(r'foo(?=bar)', 'foobaz foobar').span(), re.search(r'foo(?!bar)', 'foobar foobaz').span())
print(re.findall(r'(?<=\$)\d+', 'cost $30 or 40 $5'), re.findall(r'(?<!\$)\b\d+', 'cost $30 or 40'))
print(re.findall(r'(?<=ab|cd)x', 'abx cdx efx'))
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'b'))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"word"'), re.match(r'a*+a', 'aaa'), re.match(r'a*+b', 'aab'))
print(re.match(r'(?>a|ab)c', 'abc'), re.match(r'(?:a|ab)c', 'abc'), re.match(r'(?>x+)y', 'xxy'))
print(re.match(r'a(?#comment)b', 'ab'), re.match(r'a{2}', 'aaa'), re.match(r'a{,2}', 'aaa'))
print(re.match(r'\w+?', 'abc'), re.match(r'\w??', 'abc'), re.match(r'\w{2,}?', 'abc'))
print(re.search(r'(?=(\w+))\w', 'hey there').groups(), re.findall(r'(?=(\w\w))', 'abcd'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.findall(r'\bé\w*', 'été éte ete', re.I), re.findall('É', 'éÉ', re.I))
print(re.search(r'\s+', 'a \t\n b').span(), re.findall(r'\S+', ' a  bc '), re.findall(r'\W', 'a-b c'))
print(re.match(r'[\w.-]+@[\w-]+\.\w+', 'john.doe-x@mail-srv.com'))
print(re.findall(r'[]a]', ']a['), re.findall(r'[a-]', 'a-b'), re.findall(r'[\]\\]', r'a]\b'))
print(re.search('.*x', 'a' * 5000 + 'x').end(), re.search('(?:a|b)*c', 'ab' * 2000 + 'c').span())
print(re.fullmatch(r'(\w+\s?)*', 'word ' * 500) is not None)
