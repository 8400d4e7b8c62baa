class V: pass
sorted([V(), V()])
