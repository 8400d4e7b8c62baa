# Too few arguments for % format string is an uncaught TypeError
print('%s-%s' % ('a', 'b'))
print('%s-%s-%s' % ('a', 'b'))
