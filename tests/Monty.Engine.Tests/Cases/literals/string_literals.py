# String literal forms: quotes, escapes, raw, implicit concatenation
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('tab\there', 'nl\\n-literal', 'bell-free')
print('a' 'b' "c")
print(r'raw\nstring', R'\d+\s*')
print('\x41\x42', '\101\102', '\u00e9', '\N{BULLET}')
print(len('\n'), len(r'\n'), len('\\'))
s = """line1
line2"""
print(s)
print(repr(s))
print('\0' == chr(0), repr('\0'))
