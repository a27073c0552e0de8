@x
