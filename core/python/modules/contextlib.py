# contextlib: contextmanager / asynccontextmanager, suppress, nullcontext, closing, aclosing and
# ContextDecorator / AsyncContextDecorator, with CPython 3.11's behaviour (Lib/contextlib.py):
# the same exceptions reach the generator, the same ones come out of __exit__, the same
# "generator didn't yield" / "didn't stop" messages. In the library archive
# (core/python/CMakeLists.txt); its frames are hidden from tracebacks, as the engine's other
# library modules are; ExitStack and AsyncExitStack too. Not here: redirect_stdout/stderr and
# chdir (the engine has no io.StringIO and no file system).
import sys


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A base class or mixin that enables context managers to work as decorators."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        _wrap(inner, func)
        return inner


class AsyncContextDecorator:
    """A base class or mixin that enables async context managers to work as decorators."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        _wrap(inner, func)
        return inner


def _wrap(wrapper, wrapped):
    # functools.wraps' attributes, without importing functools for every context manager.
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    wrapper.__dict__.update(getattr(wrapped, '__dict__', {}))
    wrapper.__wrapped__ = wrapped


def _exit_after_throw(exc, value, traceback, stop, converted_stop):
    # What __exit__ does when `value`, thrown into the generator at its yield, came back out as
    # `exc`. `stop` (StopIteration / StopAsyncIteration) is the generator's end: it suppressed the
    # exception, unless that is what was thrown in. `converted_stop`: a stop exception was thrown
    # in, which PEP 479 turns into a RuntimeError caused by it. False: the with statement
    # re-raises `value`. Any other exception goes on.
    if isinstance(exc, stop):
        return exc is not value
    if isinstance(exc, RuntimeError) and exc is not value:
        if converted_stop and exc.__cause__ is value:
            value.__traceback__ = traceback
            return False
        raise exc
    if exc is not value:
        raise exc
    exc.__traceback__ = traceback
    return False


class _GeneratorContextManagerBase:
    """Shared functionality for @contextmanager and @asynccontextmanager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each decorated call gets a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # Only the first use is allowed: the generator is run once.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except BaseException as exc:
            return _exit_after_throw(exc, value, traceback, StopIteration,
                                     typ is StopIteration)
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except BaseException as exc:
            return _exit_after_throw(exc, value, traceback, StopAsyncIteration,
                                     isinstance(value, (StopIteration, StopAsyncIteration)))
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once becomes a context
    manager factory."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    _wrap(helper, func)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager decorator: an async generator function that yields once becomes an
    async context manager factory."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    _wrap(helper, func)
    return helper


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager for safely finalizing an asynchronously cleaned-up resource such as
    an async generator, calling its ``aclose()`` method."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class _BaseExitStack:
    # The callbacks to run on exit, last pushed first: (is_sync, function of the exception's
    # type, value and traceback returning whether it is suppressed).

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature."""
        return self._push_exit(exit, '__exit__', True)

    def _push_exit(self, exit, method_name, is_sync):
        # A context manager's exit method (bound to it), or the callable itself.
        try:
            exit_method = getattr(type(exit), method_name)
        except AttributeError:
            self._exit_callbacks.append((is_sync, exit))
        else:
            self._push_exit_method(exit, exit_method, is_sync)
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._push_exit_method(cm, exit, True)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments."""
        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, exit_wrapper))
        return callback

    def _push_exit_method(self, cm, exit_method, is_sync):
        def exit_wrapper(exc_type, exc, tb):
            return exit_method(cm, exc_type, exc, tb)
        exit_wrapper.__self__ = cm
        self._exit_callbacks.append((is_sync, exit_wrapper))

    def _unwind_error(self, exc_details, frame_exc):
        # An exception raised by a callback: its context chain is made to end at the exception
        # being handled before it (exc_details), not at the frame's own.
        new_details = sys.exc_info()
        new_exc = new_details[1]
        old_exc = exc_details[1]
        while True:
            context = new_exc.__context__
            if context is None or context is old_exc:
                return new_details
            if context is frame_exc:
                break
            new_exc = context
        new_exc.__context__ = old_exc
        return new_details

    @staticmethod
    def _reraise(exc_details):
        context = exc_details[1].__context__
        try:
            raise exc_details[1]
        except BaseException:
            exc_details[1].__context__ = context
            raise


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                if callback(*exc_details):
                    suppressed = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except:
                exc_details = self._unwind_error(exc_details, frame_exc)
                pending_raise = True
        if pending_raise:
            self._reraise(exc_details)
        return received_exc and suppressed

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit callbacks."""

    async def enter_async_context(self, cm):
        """Enters the supplied async context manager."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        result = await enter(cm)
        self._push_exit_method(cm, exit, False)
        return result

    def push_async_exit(self, exit):
        """Registers a coroutine function with the standard __aexit__ method signature."""
        return self._push_exit(exit, '__aexit__', False)

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary coroutine function and arguments."""
        async def exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, exit_wrapper))
        return callback

    async def aclose(self):
        """Immediately unwind the context stack."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                if is_sync:
                    result = callback(*exc_details)
                else:
                    result = await callback(*exc_details)
                if result:
                    suppressed = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except:
                exc_details = self._unwind_error(exc_details, frame_exc)
                pending_raise = True
        if pending_raise:
            self._reraise(exc_details)
        return received_exc and suppressed
