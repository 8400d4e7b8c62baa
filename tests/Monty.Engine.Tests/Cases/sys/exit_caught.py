import sys
for args in [(), (0,), (3,), ('message',)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)
