# A tiny agent-style script: data shaping, f-strings and an exception handled in Python.
orders = [
    {"id": 1, "customer": "ann", "total": 30.5},
    {"id": 2, "customer": "bob", "total": 12.0},
    {"id": 3, "customer": "ann", "total": 7.25},
]
by_customer = {}
for order in orders:
    by_customer[order["customer"]] = by_customer.get(order["customer"], 0) + order["total"]
for name, total in sorted(by_customer.items(), key=lambda kv: -kv[1]):
    print(f"{name:>5}: {total:8.2f}")
try:
    orders[10]
except IndexError as e:
    print("handled:", e)
