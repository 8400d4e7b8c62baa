# int methods: bit_length, to_bytes, from_bytes, conjugate
print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((-1).to_bytes(2, 'big', signed=True), (255).to_bytes(1, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'', 'big'))
print((5).conjugate(), (-3).conjugate())
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
