try:
    name = input("name? ")
except EOFError as e:
    print("EOF", e)
import asyncio
async def main():
    return input("again? ")
asyncio.run(main())
