# compare: whole stderr
# A SyntaxError in a line with wide characters: carets count characters.
prices = {"café": 2.5, "thé": 1.5}
total = prices["café"] + prices["thé"] +
