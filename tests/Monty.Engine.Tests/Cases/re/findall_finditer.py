import re
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'), re.findall(r'(\d)(x)?', '1x2'))
print(re.findall(r'\d*', 'a12b'), re.findall('', 'abc'), re.findall('|a', 'a'), re.findall(r'\b\w', 'hi there you'))
print([m.span() for m in re.finditer(r'\w+', 'one two  three')], [m.group() for m in re.finditer('a*', 'baac')])
print(re.findall(r'[A-Z][a-z]+', 'Hello World From Python'), re.findall(r'(?i)hello', 'Hello HELLO hello'))
print(re.compile(r'\d').findall('a1b2c3', 2, 5))
it = re.finditer(r'\d', 'a1b2')
print(next(it).group(), next(it).group(), next(it, 'done'))
text = 'The year 1999 and 2024, not 12345.'
print(re.findall(r'\b\d{4}\b', text), len(re.findall('.', text)), re.findall(r'[^\w\s]', text))
