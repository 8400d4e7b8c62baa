# Dict aggregation of records: a list of dicts grouped by key, counted and summed.

REGIONS = ["north", "south", "east", "west", "central"]
PRODUCTS = ["apple", "banana", "cherry", "date", "elder", "fig", "grape"]


def make_records(n):
    records = []
    x = 7
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        records.append({
            "id": i,
            "region": REGIONS[x % 5],
            "product": PRODUCTS[(x // 5) % 7],
            "qty": 1 + (x // 35) % 20,
            "price": 0.5 + ((x // 700) % 100) / 10,
        })
    return records


def aggregate(records):
    by_region = {}
    counts = {}
    totals = {}
    for r in records:
        key = (r["region"], r["product"])
        counts[key] = counts.get(key, 0) + 1
        totals[key] = totals.get(key, 0.0) + r["qty"] * r["price"]
        region = by_region.setdefault(r["region"], {"orders": 0, "qty": 0, "products": set()})
        region["orders"] += 1
        region["qty"] += r["qty"]
        region["products"].add(r["product"])
    return by_region, counts, totals


def top_products(totals, k):
    per_product = {}
    for (region, product), amount in totals.items():
        per_product[product] = per_product.get(product, 0.0) + amount
    ranked = sorted(per_product.items(), key=lambda kv: kv[1], reverse=True)
    return [name for name, _ in ranked[:k]]


records = make_records(50000)
by_region, counts, totals = aggregate(records)
summary = {name: (info["orders"], info["qty"], len(info["products"])) for name, info in sorted(by_region.items())}
busiest = max(counts, key=lambda k: counts[k])
grand = round(sum(totals.values()), 2)
print("dicts", summary, busiest, counts[busiest], top_products(totals, 3), grand)
