s = 'héllo wörld 한국어'
print(len(s), s[1], s[-3:], s.upper())
print(repr('é'), repr('tab\t'), repr("it's"), repr('both \' and "'), ord('한'), chr(97), chr(44032))
