class V: pass
max(V(), V())
