# compare: whole stderr
# Carets under wide characters (CJK, emoji) take two columns each, as CPython 3.11 draws them.
import traceback

scores = {"名前": 1, "🚀": 2}
try:
    print(scores["名前"] + scores["年齢"])
except KeyError:
    traceback.print_exc()
try:
    label = "結果: " + scores["🚀"]
except TypeError:
    traceback.print_exc()


def launch(x):
    return "🚀🚀" * x + 1


print("café", launch(2))
