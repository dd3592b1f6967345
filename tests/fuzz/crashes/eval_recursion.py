# Overflowed the native stack: source that evaluates itself nested a parse, a compile and a
# loop per level with no bound (now RecursionError, as a Python call from native code).
line = "eval(line)"
eval(line)
