try:
    while True:
        pass
except KeyboardInterrupt:
    print("interrupted")
i = 0
while True:
    i += 1
