print("bom")
x = 1print(x)
