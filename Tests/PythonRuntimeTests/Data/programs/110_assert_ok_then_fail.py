assert 1 + 1 == 2
assert 2 > 3, "two is not greater than three"
