# upper, lower, and character class tests
print("Hello World".upper(), "Hello World".lower())
print("abc".isalpha(), "ab1".isalpha(), "123".isdigit(), "12a".isdigit(), "   ".isspace(), "".isspace())
print("ABC".isupper(), "AbC".isupper(), "abc".islower(), "aB".islower())
