import statistics as s
print(s.median([3, 1, 2]), s.median([4, 1, 3, 2]), s.median([1.5, 2.5]), s.median(["b", "a", "c"]))
print(s.median_low([1, 3, 5, 7]), s.median_high([1, 3, 5, 7]), s.median_low([2]), s.median_high(["x", "y"]))
print(s.mode([1, 1, 2, 3, 3, 3]), s.mode(["red", "blue", "blue", "red"]), s.mode([2.5]))
print(s.multimode("aabbbbccddddeeffffgg"), s.multimode([]), s.multimode([1, 2, 3]))
