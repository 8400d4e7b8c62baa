# Unicode escape sequences in literals
print('\u00e9', '\U0001F600', '\N{GREEK SMALL LETTER ALPHA}', '\x41')
print('\u00e9' == 'é', len('\U0001F600'), ord('\N{EURO SIGN}'))
print(repr('\u200b'), repr('\u00a0'), repr('\U0001F600'), repr('\x9f'))
print(ascii('é😀'), ascii('plain'))
