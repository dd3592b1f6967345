for source in ["[1, 2][2 ** 100]", "'ab'.ljust(2 ** 100)", "range(5).index(7)", "1" * 5000]:
    try:
        eval(source)
    except (IndexError, OverflowError, ValueError, SyntaxError) as e:
        print(type(e).__name__ + ":", str(e)[:90])

class Huge:
    def __len__(self):
        return 2 ** 100

len(Huge())
