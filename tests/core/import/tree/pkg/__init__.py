print("pkg init", __name__)
value = 1
