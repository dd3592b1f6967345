# compare: whole stderr
# *args after **kwargs: the star is marked.
print(**{"sep": "-"}, *["a", "b"])
