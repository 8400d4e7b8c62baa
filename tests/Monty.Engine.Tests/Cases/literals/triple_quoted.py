# Triple-quoted strings keep newlines and embedded quotes
a = '''one
two "quoted" and 'single'
three'''
print(a)
print(a.count('\n'))
b = """\
no leading newline"""
print(b)
c = """ends with newline
"""
print(repr(c))
print(len("""x"""))
