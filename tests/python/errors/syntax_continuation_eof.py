# compare: whole stderr
# A backslash continuation at the end of the file.
total = 1 + \
