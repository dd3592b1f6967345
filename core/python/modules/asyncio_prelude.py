# The pure-Python half of Attendable's `asyncio` module.
#
# The engine runs this file as the body of the `asyncio` module once the native half has put its
# names in the module namespace: Future, Task, sleep, run, create_task, get_running_loop,
# get_event_loop, _get_running_loop, _new_loop_face, _start_thread, _shutdown_loop,
# current_task, all_tasks, iscoroutine, iscoroutinefunction, isfuture, CancelledError,
# InvalidStateError, QueueEmpty, QueueFull.
#
# What is defined here: the combinators (gather, wait, wait_for, as_completed, shield,
# ensure_future), timeouts (timeout, timeout_at, Timeout), TaskGroup, Runner, the
# synchronisation primitives (Lock, Event, Condition, Semaphore, BoundedSemaphore) and the
# queues (Queue, LifoQueue, PriorityQueue).
#
# Everything follows CPython 3.11's observable behaviour step for step: the same futures are
# created, the same done-callbacks are added and removed in the same order, the same
# call_soon/call_later/call_at calls are made, so that programs that print interleavings give the
# same output. Only public methods of the native Future/Task/loop objects are used.

# deque from collections' native half: an asyncio program reads no library file (functools, for
# wait_for's done-callbacks, is imported where it is used).
import _collections


# asyncio.TimeoutError is the builtin since 3.11.
TimeoutError = TimeoutError

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


# --------------------------------------------------------------------------------------------
# Small private helpers
# --------------------------------------------------------------------------------------------

def _release_waiter(waiter, *args):
    # Done-callback and timer callback: wake whoever awaits `waiter`, once.
    if not waiter.done():
        waiter.set_result(None)


def _cancelled_error_of(fut):
    # The CancelledError a cancelled future raises when asked for its outcome (CPython's
    # fut._make_cancelled_error(): the saved error of a task, or a fresh one with the message).
    try:
        fut.exception()
    except CancelledError as exc:
        return exc
    return CancelledError()


# The attribute where the native Future may expose CPython's `_cancel_message` (optional; read
# with getattr, so that a native half without it still works).
_CANCEL_MESSAGE_ATTR = '_cancel_message'
_NO_ATTR = object()


def _cancel_message_of(fut):
    # CPython's `fut._cancel_message` for a cancelled future: the message given to cancel() for
    # a plain future, None for a task that ended with a CancelledError raised by its coroutine
    # (which is how tasks nearly always end cancelled), the message again for a task that
    # cancelled itself and then returned.
    msg = getattr(fut, _CANCEL_MESSAGE_ATTR, _NO_ATTR)
    if msg is not _NO_ATTR:
        return msg
    # Without the attribute: read through the public API. Asking a task would consume the
    # CancelledError it saved (a later `await task` would raise a fresh one), so a task is
    # taken to have ended by its coroutine's CancelledError.
    if isinstance(fut, Task):
        return None
    exc = _cancelled_error_of(fut)
    if exc.args:
        return exc.args[0]
    return None


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


def _is_awaitable(obj):
    if iscoroutine(obj):
        return True
    return getattr(type(obj), '__await__', None) is not None


async def _wrap_awaitable(awaitable):
    # ensure_future() of an object with __await__ that is neither a future nor a coroutine.
    return await awaitable


def _ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not iscoroutine(coro_or_future):
        if _is_awaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or an awaitable in a future.

    If the argument is a Future, it is returned directly.
    """
    return _ensure_future(coro_or_future, loop=loop)


# --------------------------------------------------------------------------------------------
# new_event_loop
# --------------------------------------------------------------------------------------------

class _LoopFuture(Future):
    # A future made by a loop of new_event_loop(): it belongs to that loop.
    def __init__(self, loop):
        super().__init__()
        self._owner = loop

    def get_loop(self):
        return self._owner


_LoopFuture.__name__ = _LoopFuture.__qualname__ = 'Future'


class _UnrunLoop:
    """What new_event_loop() returns. The engine runs one event loop per program (the one
    asyncio.run and the host drive), so another loop makes futures, which belong to it, and is
    closed, but cannot run."""

    def __init__(self):
        self._closed = False

    def create_future(self):
        return _LoopFuture(self)

    def is_running(self):
        return False

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def run_until_complete(self, future):
        raise RuntimeError('only one event loop runs in this engine: use asyncio.run()')

    run_forever = run_until_complete

    def __repr__(self):
        return f'<_UnixSelectorEventLoop running=False closed={self._closed} debug=False>'


async def _aclose(agen):
    # What a task runs for agen.aclose(), whose awaitable is no coroutine here.
    await agen.aclose()


def _asyncgen_finalizer_hook(agen):
    # BaseEventLoop's: an async generator of the loop dropped unfinished is closed by a task.
    loop = get_running_loop()
    loop.call_soon(loop.create_task, _aclose(agen))


async def _shutdown_asyncgens(closing_agens):
    # BaseEventLoop.shutdown_asyncgens, which asyncio.run awaits after cancelling the tasks.
    results = await gather(*[_aclose(ag) for ag in closing_agens], return_exceptions=True)
    loop = get_running_loop()
    for result, agen in zip(results, closing_agens):
        if isinstance(result, Exception):
            loop.call_exception_handler({
                'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen,
            })


class Runner:
    # asyncio.Runner (3.11): runs coroutines on one loop until closed; close() is asyncio.run's
    # epilogue (the tasks left cancelled, the async generators closed).
    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._loop = None
        self._loop_factory = loop_factory

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            _shutdown_loop()
        finally:
            self._loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
        else:
            self._loop = self._loop_factory()
        self._state = 'initialized'


def new_event_loop():
    loop = _new_loop_face()
    return _UnrunLoop() if loop is None else loop


def set_event_loop(loop):
    # There is one loop: get_event_loop() gives the face new_event_loop() made last.
    pass


def _run_in_executor(loop, executor, func, *args):
    # A green thread (_start_thread): a time.sleep in func suspends only it, as a thread's would.
    # The caller gets a future of its own: cancelling it leaves the thread running, as in CPython.
    future = loop.create_future()

    async def thread():
        try:
            result = func(*args)
        except BaseException as exc:
            if not future.cancelled():
                future.set_exception(exc)
        else:
            if not future.cancelled():
                future.set_result(result)

    _start_thread(thread())
    return future


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))


# --------------------------------------------------------------------------------------------
# wait, wait_for, as_completed
# --------------------------------------------------------------------------------------------

async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures or Tasks given by fs to complete.

    Returns two sets of Future: (done, pending).
    """
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')

    fs = set(fs)

    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")

    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def _on_completion(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or
                return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and
                 not f.cancelled() and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    # Cancel `fut` and wait until it is done, through a separate waiter so that this
    # coroutine stays cancellable itself.
    import functools
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Wait for the single Future or coroutine to complete, with timeout.

    When a timeout occurs, it cancels the task and raises TimeoutError.
    """
    loop = get_running_loop()

    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    import functools
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)

    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            # The inner task must not outlive wait_for().
            await _cancel_and_wait(fut, loop=loop)
            raise

        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        # The inner task may have turned the cancellation into another outcome.
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


def as_completed(fs, *, timeout=None):
    """Return an iterator whose values are coroutines, each giving the outcome of the next
    future of fs to complete.
    """
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    done = Queue()

    loop = get_event_loop()
    # CPython makes the tasks in the address order of set(fs); here in argument order.
    todo = {ensure_future(f, loop=loop) for f in dict.fromkeys(fs)}
    timer = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # one dummy per unfinished future
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # the timeout came first
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# --------------------------------------------------------------------------------------------
# gather, shield
# --------------------------------------------------------------------------------------------

class _GatheringFuture(Future):
    """The future gather() returns: cancelling it cancels the children, and, like a task, it
    is not marked cancelled at once."""

    __module__ = 'asyncio.tasks'

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Return a future aggregating results from the given coroutines/futures."""
    # The module's gather() is native (asyncio_module.cpp, asyncio_gather): it does these steps
    # for coroutines and the engine's own futures, and calls this function for anything else.
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # mark the exception retrieved
            return

        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(_cancelled_error_of(fut))
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return

        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    msg = _cancel_message_of(child)
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)

            if outer._cancel_requested:
                # A cancelled gather() ends cancelled whatever return_exceptions says. (CPython
                # takes the error from the last child, whether or not it was cancelled: one that
                # caught its cancellation still has the message it was cancelled with.)
                last = children[-1]
                if last.cancelled():
                    outer.set_exception(_cancelled_error_of(last))
                else:
                    msg = _cancel_message_of(last)
                    outer.set_exception(CancelledError() if msg is None else CancelledError(msg))
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            # What _ensure_future() does for a future of this loop, without a call per child.
            if loop is not None and isinstance(arg, Future) and arg.get_loop() is loop:
                fut = arg
            else:
                fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                try:
                    fut._log_destroy_pending = False
                except AttributeError:
                    pass
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Wait for a future, shielding it from cancellation."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # mark the outcome retrieved
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# --------------------------------------------------------------------------------------------
# Timeouts
# --------------------------------------------------------------------------------------------

_T_CREATED = 'created'
_T_ENTERED = 'active'
_T_EXPIRING = 'expiring'
_T_EXPIRED = 'expired'
_T_EXITED = 'finished'


class Timeout:
    """Asynchronous context manager that cancels the current task when its deadline passes
    and then raises TimeoutError."""

    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = _T_CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != _T_ENTERED:
            if self._state == _T_CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state == _T_EXPIRING or self._state == _T_EXPIRED

    def __repr__(self):
        info = ''
        if self._state == _T_ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info = f" when={when}"
        return f"<Timeout [{self._state}]{info}>"

    async def __aenter__(self):
        if self._state != _T_CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _T_ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state == _T_ENTERED or self._state == _T_EXPIRING
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == _T_EXPIRING:
            self._state = _T_EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == _T_ENTERED:
            self._state = _T_EXITED
        return None

    def _on_timeout(self):
        assert self._state == _T_ENTERED
        self._task.cancel()
        self._state = _T_EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """Timeout async context manager: cancel the block after `delay` seconds (None: never)."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Timeout async context manager: cancel the block at loop time `when` (None: never)."""
    return Timeout(when)


# --------------------------------------------------------------------------------------------
# TaskGroup
# --------------------------------------------------------------------------------------------

class TaskGroup:
    """Asynchronous context manager that waits for the tasks it created, and cancels the
    others when one fails."""

    __module__ = 'asyncio.taskgroups'

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        # A set in CPython, which cancels in address order; creation order here (a dict used as an
        # ordered set): sets of tasks iterate by their address hashes, which differ from CPython's.
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ''
        if self._tasks:
            info += f' tasks={len(self._tasks)}'
        if self._errors:
            info += f' errors={len(self._errors)}'
        if self._aborting:
            info += ' cancelling'
        elif self._entered:
            info += ' entered'
        return f'<TaskGroup{info}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True

        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                # The parent was cancelled by us only: do not propagate that.
                propagate_cancellation_error = None

        if et is not None:
            if not self._aborting:
                self._abort()

        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None

        if self._base_error is not None:
            raise self._base_error

        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error

        if et is not None and et is not CancelledError:
            self._errors.append(exc)

        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        _set_task_name(task, name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)

        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)

        if task.cancelled():
            return

        exc = task.exception()
        if exc is None:
            return

        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        if self._parent_task.done():
            # Not a child of a running group any more: report it to the loop.
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return

        if not self._aborting and not self._parent_cancel_requested:
            # First error: cancel the siblings and wake the parent out of its await.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# --------------------------------------------------------------------------------------------
# Synchronisation primitives
# --------------------------------------------------------------------------------------------

class _LoopBoundMixin:
    # Binds the object to the first event loop that uses it.

    __module__ = 'asyncio.mixins'

    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin:
    __module__ = 'asyncio.locks'

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """Primitive lock: acquired by one task at a time, waiters woken in FIFO order."""

    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked:
            free = True
            if self._waiters is not None:
                for w in self._waiters:
                    if not w.cancelled():
                        free = False
                        break
            if free:
                self._locked = True
                return True

        if self._waiters is None:
            self._waiters = _collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)

        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            # Hand the lock on if it was given to us while we were being cancelled.
            if not self._locked:
                self._wake_up_first()
            raise

        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """A flag tasks can wait for; set() wakes every waiter."""

    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = _collections.deque()
        self._value = False

    def __repr__(self):
        res = super().__repr__()
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """Condition variable over a Lock (a new one by default)."""

    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _collections.deque()

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')

        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # Take the lock back whatever happens, even through cancellations.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        count = 0
        for fut in self._waiters:
            if count >= n:
                break
            if not fut.done():
                count += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """Counter of free slots; acquire() waits while it is zero (FIFO)."""

    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        if self._value == 0:
            return True
        if self._waiters:
            for w in self._waiters:
                if not w.cancelled():
                    return True
        return False

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True

        if self._waiters is None:
            self._waiters = _collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)

        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                # We were woken (and counted) just before being cancelled: give it back.
                self._value += 1
                self._wake_up_next()
            raise

        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""

    __module__ = 'asyncio.exceptions'


_B_FILLING = 'filling'
_B_DRAINING = 'draining'
_B_RESETTING = 'resetting'
_B_BROKEN = 'broken'


class Barrier(_LoopBoundMixin):
    """Lets `parties` tasks wait until all of them have reached wait()."""

    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _B_FILLING
        self._count = 0

    def __repr__(self):
        res = super().__repr__()
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{res[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # Wait while the barrier drains or resets.
        await self._cond.wait_for(
            lambda: self._state != _B_DRAINING and self._state != _B_RESETTING)
        if self._state == _B_BROKEN:
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = _B_DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != _B_FILLING)
        if self._state == _B_BROKEN or self._state == _B_RESETTING:
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state == _B_RESETTING or self._state == _B_DRAINING:
                self._state = _B_FILLING
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != _B_RESETTING:
                    self._state = _B_RESETTING
            else:
                self._state = _B_FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = _B_BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _B_FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _B_BROKEN


# --------------------------------------------------------------------------------------------
# Queues
# --------------------------------------------------------------------------------------------

# The binary heap of PriorityQueue, with the algorithm (and comparison order) of CPython's C
# heapq, so that equal items come out in the same order and a failing comparison leaves the
# list in the same state.

def _heap_sift_down(heap, startpos, pos):
    size = len(heap)
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        less = heap[pos] < heap[parentpos]
        if size != len(heap):
            raise RuntimeError('list changed size during iteration')
        if not less:
            break
        heap[pos], heap[parentpos] = heap[parentpos], heap[pos]
        pos = parentpos


def _heap_sift_up(heap, pos):
    endpos = len(heap)
    startpos = pos
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos:
            less = heap[childpos] < heap[childpos + 1]
            if not less:
                childpos += 1
            if endpos != len(heap):
                raise RuntimeError('list changed size during iteration')
        heap[pos], heap[childpos] = heap[childpos], heap[pos]
        pos = childpos
    _heap_sift_down(heap, startpos, pos)


def _heap_push(heap, item):
    heap.append(item)
    _heap_sift_down(heap, 0, len(heap) - 1)


def _heap_pop(heap):
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    first = heap[0]
    heap[0] = last
    _heap_sift_up(heap, 0)
    return first


class _QueueAlias:
    # What `Queue[int]` gives (CPython: types.GenericAlias).

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        parts = []
        for a in self.__args__:
            if isinstance(a, type):
                if a.__module__ == 'builtins':
                    parts.append(a.__qualname__)
                else:
                    parts.append(f'{a.__module__}.{a.__qualname__}')
            elif a is Ellipsis:
                parts.append('...')
            else:
                parts.append(repr(a))
        o = self.__origin__
        return f"{o.__module__}.{o.__qualname__}[{', '.join(parts)}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _QueueAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)


class Queue(_LoopBoundMixin):
    """A FIFO queue; maxsize <= 0 means unbounded."""

    __module__ = 'asyncio.queues'

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _collections.deque()
        self._putters = _collections.deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # The storage; LifoQueue and PriorityQueue override these three.

    def _init(self, maxsize):
        self._queue = _collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    @classmethod
    def __class_getitem__(cls, item):
        return _QueueAlias(cls, item)

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()  # in case it is not done yet
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass  # already taken off by _wakeup_next
                if not self.full() and not putter.cancelled():
                    # We were woken but will not put: wake the next putter instead.
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()  # in case it is not done yet
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass  # already taken off by _wakeup_next
                if not self.empty() and not getter.cancelled():
                    # We were woken but will not get: wake the next getter instead.
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()



class PriorityQueue(Queue):
    """A queue that hands out its smallest item first (a binary heap, as heapq)."""

    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heap_push(self._queue, item)

    def _get(self):
        return _heap_pop(self._queue)


class LifoQueue(Queue):
    """A queue that hands out its most recent item first."""

    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
