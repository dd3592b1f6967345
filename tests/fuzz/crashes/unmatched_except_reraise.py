try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
