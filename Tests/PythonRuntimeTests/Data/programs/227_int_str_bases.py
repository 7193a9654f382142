print(int('101', 2), int('z', 36), int('-0b11', 0), int('  12_3  '))
int('12', 1)
