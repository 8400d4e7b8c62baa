# ord() of a two-code-point string (uncaught TypeError)
print(ord('😀'))
print(ord('e\u0301'))
