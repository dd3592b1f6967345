# A missing colon: the SyntaxError that points at it.
async def echo(delai, quoi)
    print(quoi)
