'abc'.nope()
