try:
    try:
        raise KeyError
    except ValueError:
        pass
except:
    pass
