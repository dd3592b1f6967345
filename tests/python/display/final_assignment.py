# flags: --display
total = sum(range(10))
total = total * 2
