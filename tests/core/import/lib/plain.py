print("shadowed lib plain")
