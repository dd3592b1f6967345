with ():
    print("inside")
