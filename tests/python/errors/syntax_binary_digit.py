# compare: whole stderr
# A digit outside the base is named, the caret under it.
mask = 0b1102
