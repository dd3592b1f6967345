class A: x=5
try:
    print("'%d' % 'a'", '->', repr('%d' % 'a'))
except Exception as exc:
    print("'%d' % 'a'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%x' % 1.5", '->', repr('%x' % 1.5))
except Exception as exc:
    print("'%x' % 1.5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%f' % 'a'", '->', repr('%f' % 'a'))
except Exception as exc:
    print("'%f' % 'a'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%c' % 'ab'", '->', repr('%c' % 'ab'))
except Exception as exc:
    print("'%c' % 'ab'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%c' % 1.5", '->', repr('%c' % 1.5))
except Exception as exc:
    print("'%c' % 1.5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%c' % -1", '->', repr('%c' % -1))
except Exception as exc:
    print("'%c' % -1", '->', type(exc).__name__ + ':', exc)
try:
    print("'%c' % 0x110000", '->', repr('%c' % 0x110000))
except Exception as exc:
    print("'%c' % 0x110000", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s %s' % (1,)", '->', repr('%s %s' % (1,)))
except Exception as exc:
    print("'%s %s' % (1,)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s' % (1,2)", '->', repr('%s' % (1,2)))
except Exception as exc:
    print("'%s' % (1,2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%z' % 1", '->', repr('%z' % 1))
except Exception as exc:
    print("'%z' % 1", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc%z' % 1", '->', repr('abc%z' % 1))
except Exception as exc:
    print("'abc%z' % 1", '->', type(exc).__name__ + ':', exc)
try:
    print("'%' % 1", '->', repr('%' % 1))
except Exception as exc:
    print("'%' % 1", '->', type(exc).__name__ + ':', exc)
try:
    print("'%(a' % {'a':1}", '->', repr('%(a' % {'a':1}))
except Exception as exc:
    print("'%(a' % {'a':1}", '->', type(exc).__name__ + ':', exc)
try:
    print("'%(a)s' % 1", '->', repr('%(a)s' % 1))
except Exception as exc:
    print("'%(a)s' % 1", '->', type(exc).__name__ + ':', exc)
try:
    print("'%(a)s' % {}", '->', repr('%(a)s' % {}))
except Exception as exc:
    print("'%(a)s' % {}", '->', type(exc).__name__ + ':', exc)
try:
    print("'%*d' % ('a', 1)", '->', repr('%*d' % ('a', 1)))
except Exception as exc:
    print("'%*d' % ('a', 1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%.*f' % ('a', 1.0)", '->', repr('%.*f' % ('a', 1.0)))
except Exception as exc:
    print("'%.*f' % ('a', 1.0)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%010f' % float('inf')", '->', repr('%010f' % float('inf')))
except Exception as exc:
    print("'%010f' % float('inf')", '->', type(exc).__name__ + ':', exc)
try:
    print("'%-010d' % 5", '->', repr('%-010d' % 5))
except Exception as exc:
    print("'%-010d' % 5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%+d' % 5", '->', repr('%+d' % 5))
except Exception as exc:
    print("'%+d' % 5", '->', type(exc).__name__ + ':', exc)
try:
    print("'% d' % 5", '->', repr('% d' % 5))
except Exception as exc:
    print("'% d' % 5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%#x' % 255", '->', repr('%#x' % 255))
except Exception as exc:
    print("'%#x' % 255", '->', type(exc).__name__ + ':', exc)
try:
    print("'%#o' % 8", '->', repr('%#o' % 8))
except Exception as exc:
    print("'%#o' % 8", '->', type(exc).__name__ + ':', exc)
try:
    print("'%#X' % 255", '->', repr('%#X' % 255))
except Exception as exc:
    print("'%#X' % 255", '->', type(exc).__name__ + ':', exc)
try:
    print("'%.5d' % -42", '->', repr('%.5d' % -42))
except Exception as exc:
    print("'%.5d' % -42", '->', type(exc).__name__ + ':', exc)
try:
    print("'%08.5d' % -42", '->', repr('%08.5d' % -42))
except Exception as exc:
    print("'%08.5d' % -42", '->', type(exc).__name__ + ':', exc)
try:
    print("'%#08x' % 255", '->', repr('%#08x' % 255))
except Exception as exc:
    print("'%#08x' % 255", '->', type(exc).__name__ + ':', exc)
try:
    print("'%#.5x' % 255", '->', repr('%#.5x' % 255))
except Exception as exc:
    print("'%#.5x' % 255", '->', type(exc).__name__ + ':', exc)
try:
    print("'%x' % -255", '->', repr('%x' % -255))
except Exception as exc:
    print("'%x' % -255", '->', type(exc).__name__ + ':', exc)
try:
    print("'%#x' % -255", '->', repr('%#x' % -255))
except Exception as exc:
    print("'%#x' % -255", '->', type(exc).__name__ + ':', exc)
try:
    print("'%e' % 12345.678", '->', repr('%e' % 12345.678))
except Exception as exc:
    print("'%e' % 12345.678", '->', type(exc).__name__ + ':', exc)
try:
    print("'%E' % 1e-10", '->', repr('%E' % 1e-10))
except Exception as exc:
    print("'%E' % 1e-10", '->', type(exc).__name__ + ':', exc)
try:
    print("'%g' % 1e20", '->', repr('%g' % 1e20))
except Exception as exc:
    print("'%g' % 1e20", '->', type(exc).__name__ + ':', exc)
try:
    print("'%G' % 1e-20", '->', repr('%G' % 1e-20))
except Exception as exc:
    print("'%G' % 1e-20", '->', type(exc).__name__ + ':', exc)
try:
    print("'%#g' % 1.0", '->', repr('%#g' % 1.0))
except Exception as exc:
    print("'%#g' % 1.0", '->', type(exc).__name__ + ':', exc)
try:
    print("'%.0f' % 2.5", '->', repr('%.0f' % 2.5))
except Exception as exc:
    print("'%.0f' % 2.5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%.3s' % 'abcdef'", '->', repr('%.3s' % 'abcdef'))
except Exception as exc:
    print("'%.3s' % 'abcdef'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%5s|' % 'é'", '->', repr('%5s|' % 'é'))
except Exception as exc:
    print("'%5s|' % 'é'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%-5s|' % 'é'", '->', repr('%-5s|' % 'é'))
except Exception as exc:
    print("'%-5s|' % 'é'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%r' % 'é'", '->', repr('%r' % 'é'))
except Exception as exc:
    print("'%r' % 'é'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%a' % 'é'", '->', repr('%a' % 'é'))
except Exception as exc:
    print("'%a' % 'é'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%c' % 233", '->', repr('%c' % 233))
except Exception as exc:
    print("'%c' % 233", '->', type(exc).__name__ + ':', exc)
try:
    print("'%c' % 'é'", '->', repr('%c' % 'é'))
except Exception as exc:
    print("'%c' % 'é'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%5c|' % 'x'", '->', repr('%5c|' % 'x'))
except Exception as exc:
    print("'%5c|' % 'x'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s' % [1,2]", '->', repr('%s' % [1,2]))
except Exception as exc:
    print("'%s' % [1,2]", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s' % {'a':1}", '->', repr('%s' % {'a':1}))
except Exception as exc:
    print("'%s' % {'a':1}", '->', type(exc).__name__ + ':', exc)
try:
    print("'%(a)s %(b)r' % {'a':1,'b':'x'}", '->', repr('%(a)s %(b)r' % {'a':1,'b':'x'}))
except Exception as exc:
    print("'%(a)s %(b)r' % {'a':1,'b':'x'}", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s %%' % 1", '->', repr('%s %%' % 1))
except Exception as exc:
    print("'%s %%' % 1", '->', type(exc).__name__ + ':', exc)
try:
    print("'%d' % 3.7", '->', repr('%d' % 3.7))
except Exception as exc:
    print("'%d' % 3.7", '->', type(exc).__name__ + ':', exc)
try:
    print("'%d' % True", '->', repr('%d' % True))
except Exception as exc:
    print("'%d' % True", '->', type(exc).__name__ + ':', exc)
try:
    print("'%i' % -0.5", '->', repr('%i' % -0.5))
except Exception as exc:
    print("'%i' % -0.5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%u' % 7", '->', repr('%u' % 7))
except Exception as exc:
    print("'%u' % 7", '->', type(exc).__name__ + ':', exc)
try:
    print("'%x' % True", '->', repr('%x' % True))
except Exception as exc:
    print("'%x' % True", '->', type(exc).__name__ + ':', exc)
try:
    print("'%d' % 10**30", '->', repr('%d' % 10**30))
except Exception as exc:
    print("'%d' % 10**30", '->', type(exc).__name__ + ':', exc)
try:
    print("'%x' % 10**30", '->', repr('%x' % 10**30))
except Exception as exc:
    print("'%x' % 10**30", '->', type(exc).__name__ + ':', exc)
try:
    print("'%f' % 10**30", '->', repr('%f' % 10**30))
except Exception as exc:
    print("'%f' % 10**30", '->', type(exc).__name__ + ':', exc)
try:
    print("'%f' % 3", '->', repr('%f' % 3))
except Exception as exc:
    print("'%f' % 3", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s' % ()", '->', repr('%s' % ()))
except Exception as exc:
    print("'%s' % ()", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s'% None", '->', repr('%s'% None))
except Exception as exc:
    print("'%s'% None", '->', type(exc).__name__ + ':', exc)
try:
    print("'%d' % None", '->', repr('%d' % None))
except Exception as exc:
    print("'%d' % None", '->', type(exc).__name__ + ':', exc)
try:
    print("'%f' % None", '->', repr('%f' % None))
except Exception as exc:
    print("'%f' % None", '->', type(exc).__name__ + ':', exc)
try:
    print("'%x' % None", '->', repr('%x' % None))
except Exception as exc:
    print("'%x' % None", '->', type(exc).__name__ + ':', exc)
try:
    print("'%o' % 'a'", '->', repr('%o' % 'a'))
except Exception as exc:
    print("'%o' % 'a'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%e' % 'a'", '->', repr('%e' % 'a'))
except Exception as exc:
    print("'%e' % 'a'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%*s|' % (-5, 'a')", '->', repr('%*s|' % (-5, 'a')))
except Exception as exc:
    print("'%*s|' % (-5, 'a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'%.*s' % (-1, 'abc')", '->', repr('%.*s' % (-1, 'abc')))
except Exception as exc:
    print("'%.*s' % (-1, 'abc')", '->', type(exc).__name__ + ':', exc)
try:
    print("'%*s' % (1.5, 'a')", '->', repr('%*s' % (1.5, 'a')))
except Exception as exc:
    print("'%*s' % (1.5, 'a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'%(a)*s' % {'a':1}", '->', repr('%(a)*s' % {'a':1}))
except Exception as exc:
    print("'%(a)*s' % {'a':1}", '->', type(exc).__name__ + ':', exc)
try:
    print("'%5%|' % ()", '->', repr('%5%|' % ()))
except Exception as exc:
    print("'%5%|' % ()", '->', type(exc).__name__ + ':', exc)
try:
    print("'%-5%|' % ()", '->', repr('%-5%|' % ()))
except Exception as exc:
    print("'%-5%|' % ()", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc' % ()", '->', repr('abc' % ()))
except Exception as exc:
    print("'abc' % ()", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc' % 5", '->', repr('abc' % 5))
except Exception as exc:
    print("'abc' % 5", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc' % []", '->', repr('abc' % []))
except Exception as exc:
    print("'abc' % []", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc' % {}", '->', repr('abc' % {}))
except Exception as exc:
    print("'abc' % {}", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s' % 'x'", '->', repr('%s' % 'x'))
except Exception as exc:
    print("'%s' % 'x'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%d %d' % (1,)", '->', repr('%d %d' % (1,)))
except Exception as exc:
    print("'%d %d' % (1,)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%d' % (1,2)", '->', repr('%d' % (1,2)))
except Exception as exc:
    print("'%d' % (1,2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%.2f%%' % 12.345", '->', repr('%.2f%%' % 12.345))
except Exception as exc:
    print("'%.2f%%' % 12.345", '->', type(exc).__name__ + ':', exc)
try:
    print("'%10.3e|' % -1.5", '->', repr('%10.3e|' % -1.5))
except Exception as exc:
    print("'%10.3e|' % -1.5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%-+10.2f|' % 1.5", '->', repr('%-+10.2f|' % 1.5))
except Exception as exc:
    print("'%-+10.2f|' % 1.5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%0-10d|' % 5", '->', repr('%0-10d|' % 5))
except Exception as exc:
    print("'%0-10d|' % 5", '->', type(exc).__name__ + ':', exc)
try:
    print("'% 05d' % 5", '->', repr('% 05d' % 5))
except Exception as exc:
    print("'% 05d' % 5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%+ d' % 5", '->', repr('%+ d' % 5))
except Exception as exc:
    print("'%+ d' % 5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%#5.0f' % 3", '->', repr('%#5.0f' % 3))
except Exception as exc:
    print("'%#5.0f' % 3", '->', type(exc).__name__ + ':', exc)
try:
    print("'%(x)d %(x)x' % {'x':10}", '->', repr('%(x)d %(x)x' % {'x':10}))
except Exception as exc:
    print("'%(x)d %(x)x' % {'x':10}", '->', type(exc).__name__ + ':', exc)
try:
    print("'%()s' % {'':3}", '->', repr('%()s' % {'':3}))
except Exception as exc:
    print("'%()s' % {'':3}", '->', type(exc).__name__ + ':', exc)
try:
    print("'%(a)s' % ({'a':1},)", '->', repr('%(a)s' % ({'a':1},)))
except Exception as exc:
    print("'%(a)s' % ({'a':1},)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s' % A", '->', repr('%s' % A))
except Exception as exc:
    print("'%s' % A", '->', type(exc).__name__ + ':', exc)
try:
    print("'%.1000f' % 1", '->', repr('%.1000f' % 1))
except Exception as exc:
    print("'%.1000f' % 1", '->', type(exc).__name__ + ':', exc)
try:
    print("'%ld' % 5", '->', repr('%ld' % 5))
except Exception as exc:
    print("'%ld' % 5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%hd %Ld' % (5,6)", '->', repr('%hd %Ld' % (5,6)))
except Exception as exc:
    print("'%hd %Ld' % (5,6)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%5.2s|' % 'abc'", '->', repr('%5.2s|' % 'abc'))
except Exception as exc:
    print("'%5.2s|' % 'abc'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%c' % ''", '->', repr('%c' % ''))
except Exception as exc:
    print("'%c' % ''", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s %s' % ('a', )", '->', repr('%s %s' % ('a', )))
except Exception as exc:
    print("'%s %s' % ('a', )", '->', type(exc).__name__ + ':', exc)
try:
    print("'%*d' % (5,)", '->', repr('%*d' % (5,)))
except Exception as exc:
    print("'%*d' % (5,)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%.*d' % (3,)", '->', repr('%.*d' % (3,)))
except Exception as exc:
    print("'%.*d' % (3,)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%x' % 3.0", '->', repr('%x' % 3.0))
except Exception as exc:
    print("'%x' % 3.0", '->', type(exc).__name__ + ':', exc)
try:
    print("'%X' % 255", '->', repr('%X' % 255))
except Exception as exc:
    print("'%X' % 255", '->', type(exc).__name__ + ':', exc)
try:
    print("'%e' % float('nan')", '->', repr('%e' % float('nan')))
except Exception as exc:
    print("'%e' % float('nan')", '->', type(exc).__name__ + ':', exc)
try:
    print("'%+f' % float('inf')", '->', repr('%+f' % float('inf')))
except Exception as exc:
    print("'%+f' % float('inf')", '->', type(exc).__name__ + ':', exc)
try:
    print("'%010.2f' % -1.5", '->', repr('%010.2f' % -1.5))
except Exception as exc:
    print("'%010.2f' % -1.5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%r' % 1.0", '->', repr('%r' % 1.0))
except Exception as exc:
    print("'%r' % 1.0", '->', type(exc).__name__ + ':', exc)
try:
    print("'%-5%|' % (1,)", '->', repr('%-5%|' % (1,)))
except Exception as exc:
    print("'%-5%|' % (1,)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%(a)%|' % {'a':1}", '->', repr('%(a)%|' % {'a':1}))
except Exception as exc:
    print("'%(a)%|' % {'a':1}", '->', type(exc).__name__ + ':', exc)
try:
    print("'%(a)5%|' % {'a':1}", '->', repr('%(a)5%|' % {'a':1}))
except Exception as exc:
    print("'%(a)5%|' % {'a':1}", '->', type(exc).__name__ + ':', exc)
try:
    print("'%%|' % ()", '->', repr('%%|' % ()))
except Exception as exc:
    print("'%%|' % ()", '->', type(exc).__name__ + ':', exc)
try:
    print("repr(format(float('inf'), '010f'))", '->', repr(repr(format(float('inf'), '010f'))))
except Exception as exc:
    print("repr(format(float('inf'), '010f'))", '->', type(exc).__name__ + ':', exc)
try:
    print("format(float('nan'), '+010f')", '->', repr(format(float('nan'), '+010f')))
except Exception as exc:
    print("format(float('nan'), '+010f')", '->', type(exc).__name__ + ':', exc)
try:
    print("'%+010f' % float('nan')", '->', repr('%+010f' % float('nan')))
except Exception as exc:
    print("'%+010f' % float('nan')", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s' % (1,)", '->', repr('%s' % (1,)))
except Exception as exc:
    print("'%s' % (1,)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s' % ((1,2),)", '->', repr('%s' % ((1,2),)))
except Exception as exc:
    print("'%s' % ((1,2),)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%(a)s %s' % {'a':1}", '->', repr('%(a)s %s' % {'a':1}))
except Exception as exc:
    print("'%(a)s %s' % {'a':1}", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s %(a)s' % {'a':1}", '->', repr('%s %(a)s' % {'a':1}))
except Exception as exc:
    print("'%s %(a)s' % {'a':1}", '->', type(exc).__name__ + ':', exc)
try:
    print("'%(a)s' % [1]", '->', repr('%(a)s' % [1]))
except Exception as exc:
    print("'%(a)s' % [1]", '->', type(exc).__name__ + ':', exc)
try:
    print("'%c' % 'ab'", '->', repr('%c' % 'ab'))
except Exception as exc:
    print("'%c' % 'ab'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%-*d|' % (4, 1)", '->', repr('%-*d|' % (4, 1)))
except Exception as exc:
    print("'%-*d|' % (4, 1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%(a)-5d|' % {'a':1}", '->', repr('%(a)-5d|' % {'a':1}))
except Exception as exc:
    print("'%(a)-5d|' % {'a':1}", '->', type(exc).__name__ + ':', exc)
try:
    print("'%#.3g' % 1", '->', repr('%#.3g' % 1))
except Exception as exc:
    print("'%#.3g' % 1", '->', type(exc).__name__ + ':', exc)
try:
    print("'%.3r' % 'abc'", '->', repr('%.3r' % 'abc'))
except Exception as exc:
    print("'%.3r' % 'abc'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%5a' % 'é'", '->', repr('%5a' % 'é'))
except Exception as exc:
    print("'%5a' % 'é'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s' % b'x'", '->', repr('%s' % b'x'))
except Exception as exc:
    print("'%s' % b'x'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%(a)s' % b'x'", '->', repr('%(a)s' % b'x'))
except Exception as exc:
    print("'%(a)s' % b'x'", '->', type(exc).__name__ + ':', exc)
try:
    print("'%s %s' % [1,2]", '->', repr('%s %s' % [1,2]))
except Exception as exc:
    print("'%s %s' % [1,2]", '->', type(exc).__name__ + ':', exc)
try:
    print("'%d' % 1.0e300", '->', repr('%d' % 1.0e300))
except Exception as exc:
    print("'%d' % 1.0e300", '->', type(exc).__name__ + ':', exc)
try:
    print("'%d' % float('inf')", '->', repr('%d' % float('inf')))
except Exception as exc:
    print("'%d' % float('inf')", '->', type(exc).__name__ + ':', exc)
try:
    print("'%d' % float('nan')", '->', repr('%d' % float('nan')))
except Exception as exc:
    print("'%d' % float('nan')", '->', type(exc).__name__ + ':', exc)
try:
    print("'%.3d' % 10**25", '->', repr('%.3d' % 10**25))
except Exception as exc:
    print("'%.3d' % 10**25", '->', type(exc).__name__ + ':', exc)
try:
    print("'%x' % -10**25", '->', repr('%x' % -10**25))
except Exception as exc:
    print("'%x' % -10**25", '->', type(exc).__name__ + ':', exc)
try:
    print("'%o' % -8", '->', repr('%o' % -8))
except Exception as exc:
    print("'%o' % -8", '->', type(exc).__name__ + ':', exc)
try:
    print("'%#o' % 0", '->', repr('%#o' % 0))
except Exception as exc:
    print("'%#o' % 0", '->', type(exc).__name__ + ':', exc)
try:
    print("'%#x' % 0", '->', repr('%#x' % 0))
except Exception as exc:
    print("'%#x' % 0", '->', type(exc).__name__ + ':', exc)
try:
    print("'%.0d' % 0", '->', repr('%.0d' % 0))
except Exception as exc:
    print("'%.0d' % 0", '->', type(exc).__name__ + ':', exc)
try:
    print("'% x' % 5", '->', repr('% x' % 5))
except Exception as exc:
    print("'% x' % 5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%+x' % 5", '->', repr('%+x' % 5))
except Exception as exc:
    print("'%+x' % 5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%+o' % -5", '->', repr('%+o' % -5))
except Exception as exc:
    print("'%+o' % -5", '->', type(exc).__name__ + ':', exc)
try:
    print("'%3c|' % 65", '->', repr('%3c|' % 65))
except Exception as exc:
    print("'%3c|' % 65", '->', type(exc).__name__ + ':', exc)
try:
    print("'%-3c|' % 65", '->', repr('%-3c|' % 65))
except Exception as exc:
    print("'%-3c|' % 65", '->', type(exc).__name__ + ':', exc)
try:
    print("'%.1c|' % 65", '->', repr('%.1c|' % 65))
except Exception as exc:
    print("'%.1c|' % 65", '->', type(exc).__name__ + ':', exc)
try:
    print("'%c' % True", '->', repr('%c' % True))
except Exception as exc:
    print("'%c' % True", '->', type(exc).__name__ + ':', exc)
