// The whole C++ runtime: asyncio's semantics for C++20 coroutines.
#pragma once

#include "aio/coro.hpp"
#include "aio/error.hpp"
#include "aio/future.hpp"
#include "aio/gather.hpp"
#include "aio/locks.hpp"
#include "aio/loop.hpp"
#include "aio/queue.hpp"
#include "aio/run.hpp"
#include "aio/shield.hpp"
#include "aio/sleep.hpp"
#include "aio/task.hpp"
#include "aio/task_group.hpp"
#include "aio/timeout.hpp"
#include "aio/wait.hpp"
