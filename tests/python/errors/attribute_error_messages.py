import math

class Point:
    def __init__(self):
        self.x = 1

for expr in ["(5).append(1)", "'abc'.push('d')", "Point().y", "Point.z", "math.tau2", "None.real"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(e)

[1, 2].lenght
