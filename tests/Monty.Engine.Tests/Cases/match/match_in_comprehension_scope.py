def pairs(data):
    result = []
    for d in data:
        match d:
            case {"id": int(i), "tags": [*tags]}:
                result.append((i, len(tags)))
            case {"id": i}:
                result.append((i, None))
    return result
print(pairs([{"id": 1, "tags": ["a", "b"]}, {"id": "x", "tags": []}, {"id": 2, "tags": "notalist"}, {}]))
