# compare: whole stderr
# A tab and eight spaces reach the same column but are not the same indentation.
if True:
	x = 1
        y = 2
