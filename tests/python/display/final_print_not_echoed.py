# flags: --display
print("print returns None, so nothing else is shown")
