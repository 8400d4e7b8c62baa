from string import capwords
print(capwords('  hello   big world '), capwords('a-b-c', '-'), capwords(''), capwords('ÉCOLE mixed CASE'), capwords('x,y', ','))
