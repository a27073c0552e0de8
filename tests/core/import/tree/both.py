print("both as module")
