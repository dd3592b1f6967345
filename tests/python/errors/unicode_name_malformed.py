x = 1
s = "é\N"
print(s)
