# Local assigned only inside a loop that never runs (uncaught UnboundLocalError)
def last_item(items):
    for item in items:
        pass
    return item
print(last_item([1, 2, 3]))
print(last_item([]))
