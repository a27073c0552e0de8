x = 1
y = b"bytes" "str"
