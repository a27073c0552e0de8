print('single', "double", '''triple
quoted''')
print("tab\there", "nl\\n", r"raw\n", "\x41\u00e9", "\101")
print("con" "cat" 'enation')
print(len("\u2022"), b"bytes\x00")
print("it's", 'say "hi"')
