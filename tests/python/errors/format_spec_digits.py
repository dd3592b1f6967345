z=1+2j
for spec in ("^99999999999999999999g", ".99999999999999999999f", "10.3f"):
    try:
        print(format(z, spec))
    except ValueError as e:
        print(e)
