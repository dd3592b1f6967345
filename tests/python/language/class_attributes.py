class Config:
    debug = False
    tags = []

a = Config()
b = Config()
a.debug = True
a.tags.append("shared")
print(a.debug, b.debug, Config.debug)
print(b.tags, "debug" in vars(a), "debug" in vars(b))
Config.debug = "changed"
print(a.debug, b.debug)
del a.debug
print(a.debug)
print(getattr(b, "missing", "default"), hasattr(b, "tags"))
setattr(b, "level", 3)
print(b.level, sorted(vars(b)))
