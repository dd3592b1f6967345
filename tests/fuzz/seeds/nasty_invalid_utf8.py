x = "ÿşÃ"
print(x)
# í € surrogate
