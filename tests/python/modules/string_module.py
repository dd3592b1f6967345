# string: the constants and capwords().
import string
from string import ascii_lowercase, capwords
for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'printable', 'punctuation', 'whitespace']:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(capwords('  hello   wide\tworld  '), capwords('a-b-c', '-'), capwords('ça va, élève'), capwords(''))
print(''.join(c for c in 'Hello, World! 42' if c in string.ascii_letters + string.digits))
import random
random.seed(3)
print(''.join(random.choice(ascii_lowercase) for _ in range(12)))
