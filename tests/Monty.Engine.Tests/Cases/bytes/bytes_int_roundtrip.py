# int.to_bytes / int.from_bytes round trips
for n in [0, 1, 255, 256, 65535, 2 ** 64 - 1]:
    b = n.to_bytes(8, 'big')
    print(n, b, int.from_bytes(b, 'big') == n, int.from_bytes(b[::-1], 'little') == n)
print((-2).to_bytes(1, 'little', signed=True), int.from_bytes(b'\xfe', 'little', signed=True))
