# flags: --display
def nothing():
    print("called")

nothing()
