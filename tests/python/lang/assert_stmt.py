assert True
assert 1 == 1, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print("caught", e.args)
try:
    assert [], "empty " + "list"
except AssertionError as e:
    print("caught", e.args)
