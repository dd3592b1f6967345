# A body that is not indented.
def echo(quoi):
print(quoi)
