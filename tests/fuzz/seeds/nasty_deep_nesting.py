x = ((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))
y = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
z = {1: {2: {3: {4: {5: {6: {7: {8: {9: {10: {}}}}}}}}}}}
w = -(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(1))))))))))))))))))))
s = f"{f'{f"{1}"}'}"
t = not not not not not not not not not not not not not not not not True
u = lambda: lambda: lambda: lambda: lambda: lambda: lambda: 1
print(x, y, z, w, s, t, u()()()()()()())
def f():
    def g():
        def h():
            def i():
                def j():
                    return [k for k in [m for m in [n for n in range(3)]]]
                return j()
            return i()
        return h()
    return g()
print(f())
if 1:
    if 2:
        if 3:
            if 4:
                if 5:
                    if 6:
                        if 7:
                            if 8:
                                print("deep")
a = 1 + 2 * 3 ** 4 ** 5 % 7 // 2 - ~1 << 3 >> 1 & 255 | 3 ^ 5
print(a)
