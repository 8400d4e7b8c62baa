class AppError(Exception): pass
class DbError(AppError): pass
class NetError(AppError): pass
for exc in (DbError("db"), NetError("net"), ValueError("v")):
    try:
        raise exc
    except DbError as e:
        print("db handler", e)
    except AppError as e:
        print("app handler", e)
    except Exception as e:
        print("generic", type(e).__name__)
print([k.__name__ for k in DbError.__mro__])
