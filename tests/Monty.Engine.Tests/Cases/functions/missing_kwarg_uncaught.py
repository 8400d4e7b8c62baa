# Missing keyword-only argument (uncaught TypeError)
def connect(host, *, port):
    return f'{host}:{port}'
print(connect('h', port=1))
print(connect('h'))
