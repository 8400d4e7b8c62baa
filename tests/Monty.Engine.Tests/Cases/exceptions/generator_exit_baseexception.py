# except Exception does not catch BaseException subclasses like GeneratorExit
try:
    try:
        raise GeneratorExit('bye')
    except Exception:
        print('not here')
except BaseException as e:
    print('BaseException handler', type(e).__name__, e)
try:
    raise SystemExit(3)
except SystemExit as e:
    print('SystemExit code', e.code)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__, repr(e))
