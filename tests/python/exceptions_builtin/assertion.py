# assert raises AssertionError with an optional message
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
assert True, "not raised"
print("ok")
