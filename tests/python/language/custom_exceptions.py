class AppError(Exception):
    """Base of the application's errors."""

class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what

class Forbidden(AppError):
    pass

def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return f"404 {e} ({e.what})"
    except AppError as e:
        return f"app error {type(e).__name__}: {e}"
    except Exception as e:
        return f"other {e!r}"

print(handle(NotFound("page")))
print(handle(Forbidden("admins only")))
print(handle(ValueError("x", 2)))
print(issubclass(NotFound, AppError), NotFound.__mro__[2].__name__)
print(str(AppError()), repr(AppError()), AppError("a", 1).args)
print([c.__name__ for c in KeyError.__mro__])
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyboardInterrupt, Exception))
