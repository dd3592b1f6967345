# compare: whole stderr
# IndentationError shows one caret where SyntaxError would show a range; tabs stay in the line.
def greet(name):
	if name:
		print(name)
	  print("done")
