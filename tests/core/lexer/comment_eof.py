x = 1
# no newline at the end