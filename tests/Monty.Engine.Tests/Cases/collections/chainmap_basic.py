from collections import ChainMap
defaults = {"color": "red", "user": "guest"}
args = {"user": "admin"}
cm = ChainMap(args, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm)
print(cm)
cm["color"] = "blue"
print(args, defaults)
child = cm.new_child({"x": 1})
print(child["x"], child["user"], child.parents == cm)
print(dict(cm) == {"user": "admin", "color": "blue"}, cm.get("nope", 0))
try:
    del cm["user2"]
except KeyError as e:
    print("KeyError", e)
