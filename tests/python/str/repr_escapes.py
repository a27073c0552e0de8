# repr escapes quotes, control characters and backslashes
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("tab\there"), repr("nl\n"), repr("\\"))
print(repr("\x00\x1f\x7f"), repr("é€"), repr(""))
