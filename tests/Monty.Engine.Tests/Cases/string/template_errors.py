from string import Template
for f in [lambda: Template('$x').substitute(), lambda: Template('a $1').substitute(), lambda: Template('x\n $!').substitute(),
          lambda: Template('${a').substitute(a=1), lambda: Template('$').substitute(), lambda: Template('$a').substitute({}, {})]:
    try:
        print(f())
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
