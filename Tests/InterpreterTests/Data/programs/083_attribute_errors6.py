str.nope
