# The structseq classes (sys.version_info, sys.float_info, time.struct_time) cannot be subclassed.
import sys, time
for t in (type(sys.version_info), type(sys.float_info), time.struct_time):
    try:
        class S(t): pass
        print('ok', t)
    except TypeError as e:
        print(e)
