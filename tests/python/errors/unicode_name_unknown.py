print("before")
print("ok: \N{BULLET}")
print("bad: \N{NO SUCH CHARACTER NAME}")
