# compare: whole stderr
# Numbers the tokenizer refuses: the caret is where CPython's tokenizer stopped.
print("never runs")
size = 1_000_
