raise RuntimeError('something broke')
