# Uncaught exception raised from another; last line is the outer exception
def load():
    try:
        return {}['config']
    except KeyError as e:
        raise RuntimeError('config missing') from e
print('loading')
load()
