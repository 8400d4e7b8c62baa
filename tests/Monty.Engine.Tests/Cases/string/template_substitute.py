from string import Template
t = Template('$who likes ${what} $$ and $who_else')
print(t.substitute(who='tim', what='kung pao', who_else='ann'), t.substitute({'who': 'a', 'what': 'b', 'who_else': 'c'}))
print(t.substitute({'who': 'a', 'what': 'b', 'who_else': 'c'}, who='kw wins'), t.template)
print(Template('$n items cost $$${price}').substitute(n=3, price=4.5), Template('').substitute(), Template('$x$y').substitute(x=1, y=[2]))
