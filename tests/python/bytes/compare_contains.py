# comparison and membership
print(b"abc" < b"abd", b"abc" == b"abc", b"a" != b"b", b"" < b"\x00")
print(b"bc" in b"abc", 98 in b"abc", 120 in b"abc")
print(b"abc" == "abc")
