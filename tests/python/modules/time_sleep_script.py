import time

start = time.time()
print("start", start)
for i in range(3):
    time.sleep(0.5)
    print(f"{time.time() - start:.1f}")
time.sleep(60)
print(time.strftime("%H:%M:%S"), time.monotonic())
