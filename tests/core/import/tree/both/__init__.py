print("both as package")
