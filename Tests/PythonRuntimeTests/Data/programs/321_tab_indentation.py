if True:
	print('tab')
	if 1:
		print('tabs')
