class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port: {text!r}") from e

try:
    parse("http")
except ConfigError as e:
    print("caught:", e)
    print("cause:", repr(e.__cause__))
    print("suppress context:", e.__suppress_context__)

parse("eighty")
