import copy
shared = [1]
d = {'x': shared, 'y': shared, 'z': [shared]}
e = copy.deepcopy(d)
print(e, e['x'] is e['y'], e['z'][0] is e['x'], e['x'] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, len(cc))
dd = {}
dd['self'] = dd
ee = copy.deepcopy(dd)
print(ee['self'] is ee, ee is not dd)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
