text = """line one
line two
  indented"""
print(text)
print(len(text.splitlines()), text.count('line'))
