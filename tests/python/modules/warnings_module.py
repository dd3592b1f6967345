# compare: whole stderr
# warnings.warn with CPython's default filters (DeprecationWarning shown only from __main__), the
# 'default' action's once-per-line, stacklevel, the filters and actions, catch_warnings(record=True),
# a replaced showwarning, formatwarning and the __warningregistry__ a warning leaves.
import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

def careful(x):
    if x < 0:
        warnings.warn(f"negative value {x}")
    return abs(x)

print(careful(-3))
for i in range(3):
    careful(-1)
print(old_api())
warnings.warn("a plain warning")
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("bytes!", BytesWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    careful(-5)
    careful(-5)
    warnings.warn("pending", PendingDeprecationWarning)
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(caught[0].lineno, caught[0].filename.endswith("w1.py"))
with warnings.catch_warnings():  # the filters below are undone at its end
    warnings.simplefilter("error", UserWarning)
    try:
        careful(-7)
    except UserWarning as e:
        print("raised:", e)
    warnings.resetwarnings()
    warnings.filterwarnings("ignore", message="negative")
    careful(-8)
    print("ignored")
    warnings.filterwarnings("once", category=FutureWarning)
    for i in range(3):
        warnings.warn("future", FutureWarning)
try:
    warnings.warn("x", 5)
except TypeError as e:
    print(e)
def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message, lineno)
original = warnings.showwarning
warnings.showwarning = show
warnings.warn("to custom", SyntaxWarning)
warnings.showwarning = original
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  code()  "), end="")
print(sorted(k for k in globals() if k.startswith("__warning")))
