from string import Template
t = Template('$who likes ${what} $ and $1 ${bad')
print(t.safe_substitute(who='x'), t.safe_substitute(), t.safe_substitute({'what': 'w'}))
