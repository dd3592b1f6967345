// The engine's loader: instantiates attendable_engine.wasm and gives it the JavaScript it imports.
// The build (wasm/CMakeLists.txt) minifies it into build/wasm/wasm/attendable_engine.mjs.
//
//   const Module = await createAttendableModule({ wasmModule, loadFile });
//   const session = new Module.Session({virtualTime, display, onStdout(bytes), onStderr(bytes)});
//
// wasmModule: the compiled engine (a WebAssembly.Module; engine.mjs compiles it once and makes
// instances from it). loadFile(name): the bytes of a file next to the engine (FILE_NAMES and
// DEFERRED_FILE), asked for synchronously the first time a program needs them (engine.mjs).
// Module.HEAP8 is the heap (its length is the heap's size). Output callbacks receive Uint8Array
// views of the wasm heap, valid only during the call.
//
// Emscripten links the engine; the loader it writes beside it (attendable_engine.js) is unused:
// its runtime made it 7.5 KB gzipped, this is about 4. The imports are those
// `WebAssembly.Module.imports()` lists: bindings.cpp's two (wasm/imports.js declares them to
// emcc), and those of Emscripten 3.1.6's libc that are JavaScript, written here as its
// src/library.js has them (same results, same quirks): the clocks, the broken-down time
// functions and strftime, heap growth, abort, and write(2), whose output is dropped.
//
// No `?.` or `??` here: the minifier (Emscripten 3.1.6's) cannot print them.

// The heap cap: MAXIMUM_MEMORY in wasm/CMakeLists.txt (configure_file puts it here). Beyond it
// an allocation fails, and engine.mjs reports MemoryError.
const MAXIMUM_MEMORY = @ATTENDABLE_WASM_MAXIMUM_MEMORY@;

const STATES = ['running', 'sleeping', 'waiting-input', 'finished', 'out-of-memory'];
// The files bindings.cpp's HostFile names, by index: the `\N{...}` name table, the library
// archive, the asyncio prelude's frozen code.
const FILE_NAMES = ['attendable_unicode_names.bin', 'attendable_library.bin', 'attendable_asyncio.bin'];
// The engine's deferred part (wasm/CMakeLists.txt): the functions that the playground's own
// programs never call. The engine imports a placeholder for each, named by its index in the
// function table; the first call of one instantiates this file over the engine's exports, which
// puts the real functions in the table, and then calls the real one.
const DEFERRED_FILE = 'attendable_engine.deferred.wasm';
// Compiled once per file's bytes (engine.mjs reads each file once), instantiated per instance.
const deferredModules = new WeakMap();
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const MONTH_DAYS_REGULAR = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_DAYS_LEAP = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAY_MS = 1000 * 60 * 60 * 24;
// Zone abbreviations (time.tzname) by the long name of Date.prototype.toString(), where that
// name has one abbreviation, the one Intl gives.
const CHEAP_ZONE_NAMES = new Map([['Coordinated Universal Time', 'UTC'], ['Greenwich Mean Time', 'GMT']]);

export default async function createAttendableModule({ wasmModule, loadFile }) {
  const Module = {};
  let exports, memory, HEAPU8, HEAP32, HEAPU32;
  const views = () => {
    Module.HEAP8 = new Int8Array(memory.buffer);
    HEAPU8 = new Uint8Array(memory.buffer);
    HEAP32 = new Int32Array(memory.buffer);
    HEAPU32 = new Uint32Array(memory.buffer);
  };
  const string = (pointer) => new TextDecoder().decode(HEAPU8.subarray(pointer, HEAPU8.indexOf(0, pointer)));

  // Calls f(pointer, length) with `text` as UTF-8 in a malloc'd buffer; 'out-of-memory' when the
  // heap cap leaves no room for it. `text` may also be bytes (a Uint8Array, a file as read): they
  // go as they are, so that the engine rejects a source that is not UTF-8 as CPython does.
  const withString = (text, f) => {
    const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
    const pointer = exports.malloc(bytes.length + 1);
    if (!pointer) return STATES[4];
    HEAPU8.set(bytes, pointer);
    try {
      return f(pointer, bytes.length);
    } finally {
      exports.free(pointer);
    }
  };

  // A NUL-terminated copy of an ASCII string (a time zone name) that the engine keeps.
  const newString = (text) => {
    const pointer = exports.malloc(text.length + 1);
    if (pointer) {
      HEAPU8.set(new TextEncoder().encode(text), pointer);
      HEAPU8[pointer + text.length] = 0;
    }
    return pointer;
  };

  // struct tm, as int32s: sec, min, hour, mday, mon, year, wday, yday, isdst, gmtoff, zone.
  const setTm = (tm, fields) => fields.forEach((value, i) => { if (value !== undefined) HEAP32[(tm >> 2) + i] = value; });
  const yearDay = (date, start) => ((date.getTime() - start) / DAY_MS) | 0;
  let deferredPart = null;
  const loadDeferredPart = () => {
    let bytes = null;
    try {
      bytes = loadFile(DEFERRED_FILE);
      let compiled = deferredModules.get(bytes);
      if (!compiled) deferredModules.set(bytes, (compiled = new WebAssembly.Module(bytes)));
      return new WebAssembly.Instance(compiled, { primary: exports });
    } catch (error) {
      // Out of native stack: a trap as it is (engine.mjs reports RecursionError).
      if (error instanceof RangeError) throw error;
      // Missing, not a module, or another build's (a LinkError): a trap for engine.mjs, which
      // reports it and replaces this instance.
      throw new WebAssembly.RuntimeError(`cannot load ${DEFERRED_FILE}, the rest of the engine (${bytes ? error.message : 'not found'})`);
    }
  };
  const placeholder = new Proxy({}, {
    get: (target, index) => (...args) => {
      if (!deferredPart) deferredPart = loadDeferredPart();
      return exports.__indirect_function_table.get(index)(...args);
    },
  });
  const sessions = {};
  let nextSession = 1;
  let clockStart;
  let tzsetCalled = false;

  const env = {
    attendable_write(id, stream, data, size) {
      sessions[id].out[stream](HEAPU8.subarray(data, data + size));
    },
    // loadFile(name)'s bytes copied into a malloc'd buffer the engine keeps; the size goes to
    // *sizePointer. 0 when there are none (`\N{...}` is then an unknown name, an import of a
    // library module an ImportError).
    attendable_load_file(file, sizePointer) {
      let bytes = null;
      try {
        bytes = loadFile(FILE_NAMES[file]);
      } catch {
        // As if the file were missing.
      }
      if (!bytes || !bytes.length) return 0;
      const pointer = exports.malloc(bytes.length);
      HEAPU32[sizePointer >> 2] = bytes.length;
      if (pointer) HEAPU8.set(bytes, pointer);
      return pointer;
    },
    abort() {
      throw new WebAssembly.RuntimeError('Aborted()');
    },
    emscripten_get_now: () => performance.now(),
    clock_gettime(clock, timespec) {
      let now;
      if (clock === 0) now = Date.now();                            // CLOCK_REALTIME
      else if (clock === 1 || clock === 4) now = performance.now();  // CLOCK_MONOTONIC(_RAW)
      else {
        HEAP32[exports.__errno_location() >> 2] = 28;               // EINVAL
        return -1;
      }
      HEAP32[timespec >> 2] = (now / 1000) | 0;
      HEAP32[(timespec >> 2) + 1] = ((now % 1000) * 1000 * 1000) | 0;
      return 0;
    },
    // CLOCKS_PER_SEC is 10^6; the clock starts at the first call on this instance.
    clock() {
      if (clockStart === undefined) clockStart = Date.now();
      return ((Date.now() - clockStart) * 1000) | 0;
    },
    time(pointer) {
      const now = (Date.now() / 1000) | 0;
      if (pointer) HEAP32[pointer >> 2] = now;
      return now;
    },
    _gmtime_js(time, tm) {
      const date = new Date(HEAP32[time >> 2] * 1000);
      setTm(tm, [date.getUTCSeconds(), date.getUTCMinutes(), date.getUTCHours(), date.getUTCDate(),
        date.getUTCMonth(), date.getUTCFullYear() - 1900, date.getUTCDay(),
        yearDay(date, Date.UTC(date.getUTCFullYear(), 0, 1, 0, 0, 0, 0))]);
    },
    _localtime_js(time, tm) {
      const date = new Date(HEAP32[time >> 2] * 1000);
      const start = new Date(date.getFullYear(), 0, 1);
      // Daylight saving time is in December in the south, and some places have none.
      const summerOffset = new Date(date.getFullYear(), 6, 1).getTimezoneOffset();
      const winterOffset = start.getTimezoneOffset();
      setTm(tm, [date.getSeconds(), date.getMinutes(), date.getHours(), date.getDate(),
        date.getMonth(), date.getFullYear() - 1900, date.getDay(), yearDay(date, start.getTime()),
        (summerOffset != winterOffset && date.getTimezoneOffset() == Math.min(winterOffset, summerOffset)) | 0,
        -(date.getTimezoneOffset() * 60)]);
    },
    _mktime_js(tm) {
      const field = (i) => HEAP32[(tm >> 2) + i];
      const date = new Date(field(5) + 1900, field(4), field(3), field(2), field(1), field(0), 0);
      // The hour repeated when the clocks go back: tm_isdst says which; Date() guesses, so it is
      // corrected when it guessed wrong, and tm_isdst set to the guess when it was -1.
      const dst = field(8);
      const guessedOffset = date.getTimezoneOffset();
      const start = new Date(date.getFullYear(), 0, 1);
      const summerOffset = new Date(date.getFullYear(), 6, 1).getTimezoneOffset();
      const winterOffset = start.getTimezoneOffset();
      const dstOffset = Math.min(winterOffset, summerOffset);
      let isdst;
      if (dst < 0) {
        isdst = Number(summerOffset != winterOffset && dstOffset == guessedOffset);
      } else if ((dst > 0) != (dstOffset == guessedOffset)) {
        const trueOffset = dst > 0 ? dstOffset : Math.max(winterOffset, summerOffset);
        date.setTime(date.getTime() + (trueOffset - guessedOffset) * 60000);
      }
      setTm(tm, [date.getSeconds(), date.getMinutes(), date.getHours(), date.getDate(),
        date.getMonth(), undefined, date.getDay(), yearDay(date, start.getTime()), isdst]);
      return (date.getTime() / 1000) | 0;
    },
    // timezone (seconds west of UTC, standard time), daylight, tzname, from this year's January
    // and July; once per instance.
    _tzset_js(timezone, daylight, tzname) {
      if (tzsetCalled) return;
      tzsetCalled = true;
      const year = new Date().getFullYear();
      const winter = new Date(year, 0, 1);
      const summer = new Date(year, 6, 1);
      const winterOffset = winter.getTimezoneOffset();
      const summerOffset = summer.getTimezoneOffset();
      HEAP32[timezone >> 2] = Math.max(winterOffset, summerOffset) * 60;
      HEAP32[daylight >> 2] = Number(winterOffset != summerOffset);
      // The zone's abbreviation, as tzdata (CPython's) has it where CLDR knows one: UTC, CET,
      // EST, BST (en-US names the American zones, en-GB the European ones), else the offset
      // ("GMT+9"). Date's own names are long ("Central European Standard Time").
      const zone = (date) => {
        // Date's own long name comes without Intl, whose first use takes 17 ms in a fresh node
        // process: enough for the zones of servers and CI, where Intl gives the same.
        const long = /\(([^)]+)\)$/.exec(date.toString());
        if (long && CHEAP_ZONE_NAMES.has(long[1])) return newString(CHEAP_ZONE_NAMES.get(long[1]));
        let name = 'GMT';
        for (const locale of ['en-US', 'en-GB']) {
          const parts = new Intl.DateTimeFormat(locale, { timeZoneName: 'short' }).formatToParts(date);
          const part = parts.find((p) => p.type === 'timeZoneName');
          if (part) name = part.value;
          if (!/^GMT[+-]/.test(name)) break;
        }
        return newString(name);
      };
      const winterName = zone(winter);
      const summerName = zone(summer);
      const northern = summerOffset < winterOffset;
      HEAP32[tzname >> 2] = northern ? winterName : summerName;
      HEAP32[(tzname >> 2) + 1] = northern ? summerName : winterName;
    },
    strftime(s, maxsize, format, tm) {
      const field = (i) => HEAP32[(tm >> 2) + i];
      const text = strftime(string(format), {
        tm_sec: field(0), tm_min: field(1), tm_hour: field(2), tm_mday: field(3), tm_mon: field(4),
        tm_year: field(5), tm_wday: field(6), tm_yday: field(7), tm_gmtoff: field(9),
        tm_zone: field(10) ? string(field(10)) : '',
      });
      const bytes = new TextEncoder().encode(text);
      if (bytes.length + 1 > maxsize) return 0;
      HEAPU8.set(bytes, s);
      HEAPU8[s + bytes.length] = 0;
      return bytes.length;
    },
    emscripten_memcpy_big(dest, src, size) {
      HEAPU8.copyWithin(dest, src, src + size);
    },
    // Grows the heap by 20% more than asked (96 MB more at most), as Emscripten does; asks for
    // less when that fails. 0 when the heap cannot reach `size` (malloc then returns null).
    emscripten_resize_heap(size) {
      const oldSize = HEAPU8.length;
      size >>>= 0;
      if (size > MAXIMUM_MEMORY) return 0;
      for (let cutDown = 1; cutDown <= 4; cutDown *= 2) {
        let newSize = Math.max(size, Math.min(oldSize * (1 + 0.2 / cutDown), size + 100663296));
        newSize = Math.min(MAXIMUM_MEMORY, Math.ceil(newSize / 65536) * 65536);
        try {
          memory.grow((newSize - memory.buffer.byteLength + 65535) >>> 16);
          views();
          return 1;
        } catch {
          // Try a smaller step.
        }
      }
      return 0;
    },
  };
  // write(2): only the C++ runtime's default exception handler writes to stderr, and the Python
  // layer replaces it; the output is dropped.
  const fd_write = (fd, iov, count, written) => {
    let total = 0;
    for (let i = 0; i < count; i++) total += HEAP32[(iov >> 2) + 2 * i + 1];
    HEAP32[written >> 2] = total;
    return 0;
  };

  const instance = await WebAssembly.instantiate(wasmModule, { env, wasi_snapshot_preview1: { fd_write }, placeholder });
  exports = instance.exports;
  // The wasm's own exports, for the build's profile of the engine (wasm/split/profile.mjs).
  Module.exports = exports;
  memory = exports.memory;
  views();
  exports.__wasm_call_ctors();

  const {
    attendable_session_new: sessionNew, attendable_session_delete: sessionDelete,
    attendable_session_start: sessionStart, attendable_session_run: sessionRun,
    attendable_session_wait_seconds: sessionWaitSeconds, attendable_session_input_prompt: sessionInputPrompt,
    attendable_session_provide_input: sessionProvideInput, attendable_session_exit_status: sessionExitStatus,
    attendable_session_interrupt: sessionInterrupt, attendable_session_flush: sessionFlush,
  } = exports;

  // The API of bindings.cpp's Session, over its C functions; the states are Program::State's.
  Module.Session = class {
    constructor(options) {
      this.id = nextSession++;
      this.out = [options.onStdout, options.onStderr];
      sessions[this.id] = this;
      this.ptr = sessionNew(this.id, options.virtualTime ? 1 : 0, options.display ? 1 : 0);
    }
    start(filename, code) {
      const ptr = this.ptr;
      return withString(filename, (name, nameLength) =>
        withString(code, (text, textLength) => STATES[sessionStart(ptr, name, nameLength, text, textLength)]));
    }
    run(sliceSeconds) {
      return STATES[sessionRun(this.ptr, sliceSeconds)];
    }
    waitSeconds() {
      return sessionWaitSeconds(this.ptr);
    }
    inputPrompt() {
      return string(sessionInputPrompt(this.ptr));
    }
    // line: a string, or null/undefined for end of input.
    provideInput(line) {
      if (line === null || line === undefined) sessionProvideInput(this.ptr, 0, 0);
      else withString(String(line), (text, length) => sessionProvideInput(this.ptr, text, length));
    }
    exitStatus() {
      return sessionExitStatus(this.ptr);
    }
    interrupt() {
      sessionInterrupt(this.ptr);
    }
    flush() {
      sessionFlush(this.ptr);
    }
    delete() {
      const ptr = this.ptr;
      this.ptr = 0;
      try {
        if (ptr) sessionDelete(ptr);
      } finally {
        delete sessions[this.id];
      }
    }
  };
  return Module;
}

// strftime as Emscripten 3.1.6 has it (the C locale): composite conversions are first expanded in
// this order, then each conversion is replaced everywhere at once, in the order below.
const COMPOSITES = [
  ['%c', '%a %b %d %H:%M:%S %Y'], ['%D', '%m/%d/%y'], ['%F', '%Y-%m-%d'], ['%h', '%b'],
  ['%r', '%I:%M:%S %p'], ['%R', '%H:%M'], ['%T', '%H:%M:%S'], ['%x', '%m/%d/%y'], ['%X', '%H:%M:%S'],
  ['%Ec', '%c'], ['%EC', '%C'], ['%Ex', '%m/%d/%y'], ['%EX', '%H:%M:%S'], ['%Ey', '%y'], ['%EY', '%Y'],
  ['%Od', '%d'], ['%Oe', '%e'], ['%OH', '%H'], ['%OI', '%I'], ['%Om', '%m'], ['%OM', '%M'], ['%OS', '%S'],
  ['%Ou', '%u'], ['%OU', '%U'], ['%OV', '%V'], ['%Ow', '%w'], ['%OW', '%W'], ['%Oy', '%y'],
];

const isLeapYear = (year) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const monthDays = (year) => (isLeapYear(year) ? MONTH_DAYS_LEAP : MONTH_DAYS_REGULAR);
// The days of months 0..index.
const arraySum = (array, index) => {
  let sum = 0;
  for (let i = 0; i <= index; sum += array[i++]);
  return sum;
};

const addDays = (date, days) => {
  const newDate = new Date(date.getTime());
  while (days > 0) {
    const currentMonth = newDate.getMonth();
    const daysInCurrentMonth = monthDays(newDate.getFullYear())[currentMonth];
    if (days > daysInCurrentMonth - newDate.getDate()) {
      // On into the next month.
      days -= daysInCurrentMonth - newDate.getDate() + 1;
      newDate.setDate(1);
      if (currentMonth < 11) {
        newDate.setMonth(currentMonth + 1);
      } else {
        newDate.setMonth(0);
        newDate.setFullYear(newDate.getFullYear() + 1);
      }
    } else {
      newDate.setDate(newDate.getDate() + days);
      return newDate;
    }
  }
  return newDate;
};

const leadingSomething = (value, digits, character) => {
  let str = typeof value == 'number' ? value.toString() : value || '';
  while (str.length < digits) str = character + str;
  return str;
};
const leadingNulls = (value, digits) => leadingSomething(value, digits, '0');
const sign = (value) => (value < 0 ? -1 : value > 0 ? 1 : 0);
const compareByDay = (date1, date2) =>
  sign(date1.getFullYear() - date2.getFullYear()) || sign(date1.getMonth() - date2.getMonth()) ||
  sign(date1.getDate() - date2.getDate());

// The Monday that starts ISO week 1 of the year of `janFourth` (a January 4th).
const firstWeekStartDate = (janFourth) => {
  const year = janFourth.getFullYear();
  return [new Date(year - 1, 11, 29), janFourth, new Date(year, 0, 3), new Date(year, 0, 2),
    new Date(year, 0, 1), new Date(year - 1, 11, 31), new Date(year - 1, 11, 30)][janFourth.getDay()];
};

// ISO 8601's week-based year (%G).
const weekBasedYear = (date) => {
  const thisDate = addDays(new Date(date.tm_year + 1900, 0, 1), date.tm_yday);
  const year = thisDate.getFullYear();
  if (compareByDay(firstWeekStartDate(new Date(year, 0, 4)), thisDate) > 0) return year - 1;
  return compareByDay(firstWeekStartDate(new Date(year + 1, 0, 4)), thisDate) <= 0 ? year + 1 : year;
};

// The week number when weeks start on `weekday` (0 Sunday: %U; 1 Monday: %W). %W's January 1st
// is in year tm_year, not tm_year + 1900, as in Emscripten.
const weekNumber = (date, weekday) => {
  const janFirst = new Date(date.tm_year + (weekday ? 0 : 1900), 0, 1);
  const day = janFirst.getDay();
  const first = day === weekday ? janFirst : addDays(janFirst, weekday ? (day === 0 ? 1 : 7 - day + 1) : 7 - day);
  const endDate = new Date(date.tm_year + 1900, date.tm_mon, date.tm_mday);
  if (compareByDay(first, endDate) < 0) {
    const februaryFirstUntilEndMonth = arraySum(monthDays(endDate.getFullYear()), endDate.getMonth() - 1) - 31;
    const days = 31 - first.getDate() + februaryFirstUntilEndMonth + endDate.getDate();
    return leadingNulls(Math.ceil(days / 7), 2);
  }
  return compareByDay(first, janFirst) === 0 ? '01' : '00';
};

const CONVERSIONS = {
  '%a': (date) => WEEKDAYS[date.tm_wday].substring(0, 3),
  '%A': (date) => WEEKDAYS[date.tm_wday],
  '%b': (date) => MONTHS[date.tm_mon].substring(0, 3),
  '%B': (date) => MONTHS[date.tm_mon],
  '%C': (date) => leadingNulls(((date.tm_year + 1900) / 100) | 0, 2),
  '%d': (date) => leadingNulls(date.tm_mday, 2),
  '%e': (date) => leadingSomething(date.tm_mday, 2, ' '),
  '%g': (date) => weekBasedYear(date).toString().substring(2),
  '%G': weekBasedYear,
  '%H': (date) => leadingNulls(date.tm_hour, 2),
  '%I': (date) => leadingNulls(date.tm_hour == 0 ? 12 : date.tm_hour > 12 ? date.tm_hour - 12 : date.tm_hour, 2),
  '%j': (date) => leadingNulls(date.tm_mday + arraySum(monthDays(date.tm_year + 1900), date.tm_mon - 1), 3),
  '%m': (date) => leadingNulls(date.tm_mon + 1, 2),
  '%M': (date) => leadingNulls(date.tm_min, 2),
  '%n': () => '\n',
  '%p': (date) => (date.tm_hour >= 0 && date.tm_hour < 12 ? 'AM' : 'PM'),
  '%S': (date) => leadingNulls(date.tm_sec, 2),
  '%t': () => '\t',
  '%u': (date) => date.tm_wday || 7,
  '%U': (date) => weekNumber(date, 0),
  // ISO 8601 week number.
  '%V': (date) => {
    const firstWeekStartThisYear = firstWeekStartDate(new Date(date.tm_year + 1900, 0, 4));
    const firstWeekStartNextYear = firstWeekStartDate(new Date(date.tm_year + 1901, 0, 4));
    const endDate = addDays(new Date(date.tm_year + 1900, 0, 1), date.tm_yday);
    if (compareByDay(endDate, firstWeekStartThisYear) < 0) return '53';
    if (compareByDay(firstWeekStartNextYear, endDate) <= 0) return '01';
    const daysDifference = firstWeekStartThisYear.getFullYear() < date.tm_year + 1900
      ? date.tm_yday + 32 - firstWeekStartThisYear.getDate()
      : date.tm_yday + 1 - firstWeekStartThisYear.getDate();
    return leadingNulls(Math.ceil(daysDifference / 7), 2);
  },
  '%w': (date) => date.tm_wday,
  '%W': (date) => weekNumber(date, 1),
  '%y': (date) => (date.tm_year + 1900).toString().substring(2),
  '%Y': (date) => date.tm_year + 1900,
  '%z': (date) => {
    let off = date.tm_gmtoff;
    const ahead = off >= 0;
    off = Math.abs(off) / 60;
    off = (off / 60) * 100 + (off % 60);
    return (ahead ? '+' : '-') + String('0000' + off).slice(-4);
  },
  '%Z': (date) => date.tm_zone,
  '%%': () => '%',
};

function strftime(pattern, date) {
  for (const [rule, expansion] of COMPOSITES) pattern = pattern.replace(new RegExp(rule, 'g'), expansion);
  pattern = pattern.replace(/%%/g, '\0\0');
  for (const rule in CONVERSIONS) {
    if (pattern.includes(rule)) pattern = pattern.replace(new RegExp(rule, 'g'), CONVERSIONS[rule](date));
  }
  return pattern.replace(/\0\0/g, '%');
}
