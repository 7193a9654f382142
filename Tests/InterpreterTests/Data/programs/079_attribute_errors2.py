None.x
