# compare: whole stderr
# An open parenthesis on the last line, without a final newline.
total = sum((1, 2, 3)