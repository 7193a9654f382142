s = 'hello'
t = "world"
print(s + ' ' + t, s * 2, len(s), s[0], s[-1], s[1:3], s[::-1], s[::2])
print('it\'s', "say \"hi\"", 'tab\there', 'new\nline', r'raw\n', '\x41\u00e9')
