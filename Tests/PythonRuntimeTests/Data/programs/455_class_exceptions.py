class AppError(Exception):
    pass

class NotFound(AppError):
    pass

try:
    raise NotFound("missing thing", 42)
except AppError as error:
    print(type(error).__name__, error, error.args)
    print(isinstance(error, NotFound), isinstance(error, Exception), isinstance(error, KeyError))

try:
    raise NotFound
except NotFound as error:
    print("bare:", repr(str(error)))

print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, NotFound))

def risky(n):
    if n > 2:
        raise AppError(f"n too large: {n}")
    return n

for n in range(5):
    try:
        risky(n)
    except AppError as error:
        print("failed:", error)
        break

try:
    try:
        raise NotFound("inner")
    except KeyError:
        print("wrong handler")
except Exception as error:
    print("outer caught", repr(error))
raise NotFound("unhandled")
