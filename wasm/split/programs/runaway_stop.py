# Stopped while it runs: the KeyboardInterrupt of the Stop button.
n = 0
while True:
    n += 1
