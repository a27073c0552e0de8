# the is* predicates on empty, ASCII letters, digits, spaces and mixtures
samples = ["", "abc", "ABC", "Abc", "abc1", "123", " ", " \t\n", "a b", "Hello World", "hello World",
           "HELLO WORLD", "123abc", "_", "A1", "1A"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower(), s.isalnum())
