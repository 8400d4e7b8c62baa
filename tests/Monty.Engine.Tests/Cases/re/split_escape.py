import re
print(re.split(r'\s*,\s*', 'a , b,c ,d'), re.split(r'(,)', 'a,b,c'), re.split(r'(-)|(\+)', 'a-b+c'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'\W+', 'Words, words, words.', 1), re.split('x', 'axbxc', maxsplit=5))
print(re.split(r'\b', 'a b'), re.split('', 'abc'), re.split('x*', 'axbc'), re.split(r'\d', ''), re.split('z', 'abc'))
print(re.compile(';').split('a;b;;c'), re.split('(?m)^', 'l1\nl2\nl3'))
print(re.escape('a.b*c? d-e_f#&~\t'), re.escape('1+1=2'), re.escape('path/to/file.txt'), re.escape('über'))
print(re.match(re.escape('a.b'), 'a.b'), re.match(re.escape('a.b'), 'axb'))
