print("ok")
message = 'never closed
print(message)
