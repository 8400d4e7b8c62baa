# hex, oct, bin of ints and bools, with errors
print(hex(0), hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 64), bin(True), oct(False))
print(int(hex(-255), 16), int(bin(-5), 2), int(oct(64), 8))
for bad in [lambda: bin(1.0), lambda: oct('7'), lambda: hex(None)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
