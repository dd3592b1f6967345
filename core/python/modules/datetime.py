# datetime: date, time, datetime, timedelta, tzinfo and timezone with CPython 3.11's results,
# reprs and messages (its C module's: the classes are named "datetime.date" in messages and
# their frames are hidden). Dates are proleptic Gregorian, ordinal 1 being 0001-01-01.
import time as _time
import math as _math

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
                'Nov', 'Dec')
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MAX_ORDINAL = 3652059  # 9999-12-31
_US_PER_DAY = 86400000000


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _ymd_to_ordinal(year, month, day):
    y = year - 1
    return (y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] +
            (month > 2 and _is_leap(year)) + day)


def _ordinal_to_ymd(ordinal):
    # Whole 400-, 100-, 4- and 1-year cycles from 0001-01-01; the last day of a 4-year or
    # 400-year cycle is December 31st of its leap year.
    n = ordinal - 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = _is_leap(year)
    month = 12
    while _DAYS_BEFORE_MONTH[month] + (month > 2 and leap) > n:
        month -= 1
    return year, month, n - _DAYS_BEFORE_MONTH[month] - (month > 2 and leap) + 1


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    return monday + 7 if weekday > 3 else monday


def _tp_name(obj):
    cls = type(obj)
    return 'datetime.' + cls.__name__ if cls in _C_TYPES else cls.__name__


def _index(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = (_index(hour), _index(minute), _index(second),
                                         _index(microsecond))
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type %r' %
                        type(tz).__name__)


def _check_str(value, function, position=1):
    if not isinstance(value, str):
        raise TypeError('%s() argument %d must be str, not %s' %
                        (function, position, type(value).__name__))


def _checked_offset(name, offset):
    # What tzinfo.utcoffset() or dst() returned: None or a timedelta within a day.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %r' %
                        (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                         'and timedelta(hours=24), not %r.' % offset)
    return offset


def _tz_offset(tz, method, dt):
    # tz.utcoffset(dt) or tz.dst(dt), checked; None for a naive value.
    if tz is None:
        return None
    return _checked_offset(method, getattr(tz, method)(dt))


def _format_offset(offset, separator=':'):
    if offset is None:
        return ''
    sign = '+'
    if offset.days < 0:
        sign = '-'
        offset = -offset
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = '%s%02d%s%02d' % (sign, hours, separator, minutes)
    if seconds or offset.microseconds:
        text += '%s%02d' % (separator, seconds)
        if offset.microseconds:
            text += '.%06d' % offset.microseconds
    return text


def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    elif timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hour, minute, second, microsecond // 1000)
    if timespec == 'hours':
        return '%02d' % hour
    if timespec == 'minutes':
        return '%02d:%02d' % (hour, minute)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hour, minute, second, microsecond)
    raise ValueError('Unknown timespec value')


def _strftime(value, format, timetuple):
    # time.strftime, with the directives only datetime knows: %f, %z and %Z.
    _check_str(format, 'strftime')
    out = []
    i = 0
    n = len(format)
    while i < n:
        ch = format[i]
        i += 1
        if ch != '%' or i == n:
            out.append(ch)
            continue
        ch = format[i]
        i += 1
        if ch == 'f':
            out.append('%06d' % getattr(value, 'microsecond', 0))
        elif ch == 'z':
            out.append(_format_offset(value.utcoffset(), '') if hasattr(value, 'utcoffset')
                       else '')
        elif ch == 'Z':
            name = value.tzname() if hasattr(value, 'tzname') else None
            out.append('' if name is None else name.replace('%', '%%'))
        else:
            out.append('%' + ch)
    return _time.strftime(''.join(out), timetuple)


def _divide_and_round(a, b):
    # a / b rounded to the nearest integer, halves to even.
    q, r = divmod(a, b)
    r *= 2
    if (r > b if b > 0 else r < b) or (r == b and q % 2 == 1):
        q += 1
    return q


def _c_round(x):
    # C's round(): halves away from zero.
    whole = _math.trunc(x)
    if abs(x - whole) >= 0.5:
        whole += 1 if x > 0 else -1
    return whole


def _field(slot, owner, member=False):
    # A read-only attribute with the C type's message on assignment ("readonly attribute" for
    # a member, as timedelta's).
    def refuse(self, value):
        raise AttributeError('readonly attribute' if member else
                             "attribute '%s' of '%s' objects is not writable" % (slot[1:], owner))
    return property(lambda self: getattr(self, slot), refuse)


class _Ordered:
    # The six comparisons, through the class's _compare(other, op).
    __slots__ = ()

    def __eq__(self, other):
        return self._compare(other, _eq)

    def __ne__(self, other):
        return self._compare(other, _ne)

    def __lt__(self, other):
        return self._compare(other, _lt)

    def __le__(self, other):
        return self._compare(other, _le)

    def __gt__(self, other):
        return self._compare(other, _gt)

    def __ge__(self, other):
        return self._compare(other, _ge)


class timedelta(_Ordered):
    __c_type__ = True
    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # Every component in microseconds, as an exact integer sum; the fractional
        # microseconds of float components add up apart and are rounded once, halves to even.
        total = 0
        leftover = 0.0
        for name, value, factor in (('microseconds', microseconds, 1),
                                    ('milliseconds', milliseconds, 1000),
                                    ('seconds', seconds, 1000000),
                                    ('minutes', minutes, 60000000),
                                    ('hours', hours, 3600000000),
                                    ('days', days, _US_PER_DAY),
                                    ('weeks', weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                fraction, whole = _math.modf(value)
                total += int(whole) * factor
                if fraction:
                    fraction, whole = _math.modf(float(factor) * fraction)
                    total += int(whole)
                    leftover += fraction
            else:
                raise TypeError('unsupported type for timedelta %s component: %s' %
                                (name, type(value).__name__))
        if leftover:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return _from_microseconds(total, cls)

    days = _field('_days', 'datetime.timedelta', True)
    seconds = _field('_seconds', 'datetime.timedelta', True)
    microseconds = _field('_microseconds', 'datetime.timedelta', True)

    def total_seconds(self):
        return self._total() / 10**6

    def _total(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __repr__(self):
        fields = []
        if self._days:
            fields.append('days=%d' % self._days)
        if self._seconds:
            fields.append('seconds=%d' % self._seconds)
        if self._microseconds:
            fields.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_tp_name(self), ', '.join(fields) or '0')

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self._days:
            text = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + text
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _from_microseconds(self._total() + other._total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _from_microseconds(self._total() - other._total())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _from_microseconds(other._total() - self._total())
        return NotImplemented

    def __neg__(self):
        return _from_microseconds(-self._total())

    def __pos__(self):
        return _from_microseconds(self._total())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _from_microseconds(self._total() * other)
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _from_microseconds(
                _divide_and_round(self._total() * numerator, denominator))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total() / _nonzero(other._total())
        if isinstance(other, int):
            return _from_microseconds(_divide_and_round(self._total(), _nonzero(other)))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _from_microseconds(
                _divide_and_round(denominator * self._total(), _nonzero(numerator)))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total() // _nonzero(other._total())
        if isinstance(other, int):
            return _from_microseconds(self._total() // _nonzero(other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _from_microseconds(self._total() % _nonzero(other._total(), 'modulo'))
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total(), _nonzero(other._total()))
            return q, _from_microseconds(r)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return op(self._total(), other._total())
        return NotImplemented

    def __hash__(self):
        return hash(self._total())

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


def _eq(a, b):
    return a == b


def _ne(a, b):
    return a != b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _nonzero(divisor, operation='division or modulo'):
    if not divisor:
        raise ZeroDivisionError('integer %s by zero' % operation)
    return divisor


def _from_microseconds(total, cls=timedelta):
    seconds, microseconds = divmod(total, 1000000)
    days, seconds = divmod(seconds, 86400)
    if not -999999999 <= days <= 999999999:
        raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
    self = object.__new__(cls)
    _set(self, '_days', days)
    _set(self, '_seconds', seconds)
    _set(self, '_microseconds', microseconds)
    return self


_set = object.__setattr__

timedelta.min = _from_microseconds(-999999999 * _US_PER_DAY)
timedelta.max = _from_microseconds(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _from_microseconds(1)


class IsoCalendarDate(tuple):
    __c_type__ = True

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % ((_tp_name(self),) + tuple(self))

    def __reduce__(self):
        return tuple, (tuple(self),)


class date(_Ordered):
    __c_type__ = True
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month, day):
        year, month, day = _check_date(year, month, day)
        return _new_date(cls, year, month, day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _local_fields(t, 'fromtimestamp')[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError('year %d is out of range' % _ordinal_to_ymd(n)[0])
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        _check_str(date_string, 'fromisoformat')
        if len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % date_string)
        fields = _parse_iso_date(date_string)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    year = _field('_year', 'datetime.date')
    month = _field('_month', 'datetime.date')
    day = _field('_day', 'datetime.date')

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tp_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[self.weekday()],
                                            _MONTH_NAMES[self._month], self._day, self._year)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def __format__(self, format):
        _check_str(format, 'format', 2)
        return self.strftime(format) if format else str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self._day_of_year(), -1))

    def _day_of_year(self):
        return (_DAYS_BEFORE_MONTH[self._month] + (self._month > 2 and _is_leap(self._year)) +
                self._day)

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        ordinal = self.toordinal()
        monday = _iso_week1_monday(year)
        if ordinal < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif year < MAXYEAR and ordinal >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(ordinal - monday, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _fields(self):
        return self._year, self._month, self._day

    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return op(self._fields(), other._fields())
        return NotImplemented

    def __hash__(self):
        return hash(self._fields())

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 0 < ordinal <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            return type(self)(*_ordinal_to_ymd(ordinal))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), self._fields()


def _new_date(cls, year, month, day):
    self = object.__new__(cls)
    _set(self, '_year', year)
    _set(self, '_month', month)
    _set(self, '_day', day)
    return self


def _from_iso_calendar(year, week, day):
    year, week, day = _index(year), _index(week), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        # Week 53 exists in years starting on a Thursday, and in leap years on a Wednesday.
        first_weekday = _ymd_to_ordinal(year, 1, 1) % 7
        if not (week == 53 and (first_weekday == 4 or (first_weekday == 3 and
                                                         _is_leap(year)))):
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
    return _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not all('0' <= c <= '9' for c in part):
        return None
    return int(part)


def _parse_iso_date(text):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]: the fields of date(), or None.
    year = _digits(text, 0, 4)
    if year is None:
        return None
    extended = len(text) > 4 and text[4] == '-'
    position = 5 if extended else 4
    if text[position:position + 1] == 'W':
        week = _digits(text, position + 1, 2)
        position += 3
        day = 1
        if position < len(text):
            if extended:
                if text[position] != '-':
                    return None
                position += 1
            day = _digits(text, position, 1)
            position += 1
        if week is None or day is None or position != len(text):
            return None
        return _from_iso_calendar(year, week, day)
    month = _digits(text, position, 2)
    position += 2
    if extended:
        if text[position:position + 1] != '-':
            return None
        position += 1
    day = _digits(text, position, 2)
    if month is None or day is None or position + 2 != len(text):
        return None
    return year, month, day


def _parse_iso_time(text):
    # HH[:MM[:SS[.fff[fff]]]] or their basic forms, then Z or ±HH[:MM[:SS[.ffffff]]]: the
    # fields of time() and the tzinfo, or None.
    zone = None
    for index, ch in enumerate(text):
        if ch in '+-Z':
            zone = text[index:]
            text = text[:index]
            break
    fields = _parse_hms(text, True)
    if fields is None:
        return None
    tz = None
    if zone is not None:
        if zone == 'Z':
            tz = timezone.utc
        else:
            offset = _parse_hms(zone[1:], False)
            if offset is None or len(zone) < 3:
                return None
            hours, minutes, seconds, microseconds = offset
            delta = timedelta(hours=hours, minutes=minutes, seconds=seconds,
                              microseconds=microseconds)
            if zone[0] == '-':
                delta = -delta
            tz = timezone.utc if not delta else timezone(delta)
    return fields + (tz,)


def _parse_hms(text, fraction_anywhere):
    values = [0, 0, 0, 0]
    position = 0
    extended = len(text) > 2 and text[2] == ':'
    for index in range(3):
        value = _digits(text, position, 2)
        if value is None:
            return None
        values[index] = value
        position += 2
        if position == len(text):
            return tuple(values)
        if index < 2:
            if extended:
                if text[position] != ':':
                    break
                position += 1
            elif text[position] in '.,':
                break
    if text[position] not in '.,' or position + 1 == len(text):
        return None
    digits = text[position + 1:]
    length = 0
    while length < len(digits) and '0' <= digits[length] <= '9':
        length += 1
    if length != len(digits) or (not fraction_anywhere and length not in (3, 6)):
        return None
    values[3] = int((digits[:6] + '00000')[:6])
    return tuple(values)


def _local_fields(t, function, tz=None):
    # The broken-down time of timestamp t: year..second, microsecond; local, or UTC for a tz.
    if not isinstance(t, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__
                        if not hasattr(type(t), '__float__') else
                        'an integer is required (got type %s)' % type(t).__name__)
    if isinstance(t, float) and (t != t or abs(t) == float('inf')):
        raise ValueError('Invalid value %s' % ('NaN' if t != t else t))
    fraction, whole = _math.modf(t)
    microsecond = round(fraction * 1e6)
    whole = int(whole)
    if microsecond >= 1000000:
        whole += 1
        microsecond -= 1000000
    elif microsecond < 0:
        whole -= 1
        microsecond += 1000000
    if abs(whole) > 253402300800 + 86400:
        raise OverflowError('timestamp out of range for platform time_t')
    fields = (_time.localtime if tz is None else _time.gmtime)(whole)
    if not MINYEAR <= fields.tm_year <= MAXYEAR:
        raise ValueError('year %d is out of range' % fields.tm_year)
    return (fields.tm_year, fields.tm_mon, fields.tm_mday, fields.tm_hour, fields.tm_min,
            min(fields.tm_sec, 59), microsecond)


class tzinfo:
    __c_type__ = True
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        offset = _checked_offset('utcoffset', self.utcoffset(dt))
        dst = _checked_offset('dst', self.dst(dt))
        if offset is None or dst is None:
            raise ValueError('fromutc: non-None utcoffset() and dst() results required')
        dt += offset - dst
        dst = _checked_offset('dst', dt.dst())
        if dst is None:
            raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        return type(self), ()


class time(_Ordered):
    __c_type__ = True
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond,
                                                        fold)
        _check_tzinfo(tzinfo)
        return _new_time(cls, hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def fromisoformat(cls, time_string):
        _check_str(time_string, 'fromisoformat')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        fields = _parse_iso_time(text) if text else None
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % time_string)
        return cls(*fields)

    hour = _field('_hour', 'datetime.time')
    minute = _field('_minute', 'datetime.time')
    second = _field('_second', 'datetime.time')
    microsecond = _field('_microsecond', 'datetime.time')
    tzinfo = _field('_tzinfo', 'datetime.time')
    fold = _field('_fold', 'datetime.time')

    def __repr__(self):
        if self._microsecond:
            text = '%d, %d, %d, %d' % (self._hour, self._minute, self._second,
                                       self._microsecond)
        elif self._second:
            text = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            text = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_tp_name(self), text)

    def isoformat(self, timespec='auto'):
        return (_format_time(self._hour, self._minute, self._second, self._microsecond,
                             timespec) + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        return _strftime(self, format, (1900, 1, 1, self._hour, self._minute, self._second, 0,
                                        1, -1))

    def __format__(self, format):
        _check_str(format, 'format', 2)
        return self.strftime(format) if format else str(self)

    def utcoffset(self):
        return _tz_offset(self._tzinfo, 'utcoffset', None)

    def dst(self):
        return _tz_offset(self._tzinfo, 'dst', None)

    def tzname(self):
        return _tzname(self._tzinfo, None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self, other, op):
        # The values to compare, or None for naive against aware.
        mine = (self._hour, self._minute, self._second, self._microsecond)
        theirs = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo:
            return mine, theirs
        offset, other_offset = self.utcoffset(), other.utcoffset()
        if offset == other_offset:
            return mine, theirs
        if offset is None or other_offset is None:
            if op is _eq or op is _ne:
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        return (self._minutes(offset),) + mine[2:], (other._minutes(other_offset),) + theirs[2:]

    def _minutes(self, offset):
        return self._hour * 60 + self._minute - offset // timedelta(minutes=1)

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        keys = self._key(other, op)
        if keys is None:
            return op is _ne
        return op(*keys)

    def __hash__(self):
        offset = self.utcoffset()
        if not offset:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        return hash((self._minutes(offset), self._second, self._microsecond))

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond,
                            self._tzinfo)


def _new_time(cls, hour, minute, second, microsecond, tz, fold):
    return _set_time_fields(object.__new__(cls), hour, minute, second, microsecond, tz, fold)


def _set_time_fields(self, hour, minute, second, microsecond, tz, fold):
    # The fields time and datetime share.
    _set(self, '_hour', hour)
    _set(self, '_minute', minute)
    _set(self, '_second', second)
    _set(self, '_microsecond', microsecond)
    _set(self, '_tzinfo', tz)
    _set(self, '_fold', fold)
    return self


def _tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError('tzinfo.tzname() must return None or a string, not %r' %
                        type(name).__name__)
    return name


class datetime(date):
    __c_type__ = True
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond,
                                                        fold)
        _check_tzinfo(tzinfo)
        return _set_time_fields(_new_date(cls, year, month, day), hour, minute, second,
                                microsecond, tzinfo, fold)

    hour = _field('_hour', 'datetime.datetime')
    minute = _field('_minute', 'datetime.datetime')
    second = _field('_second', 'datetime.datetime')
    microsecond = _field('_microsecond', 'datetime.datetime')
    tzinfo = _field('_tzinfo', 'datetime.datetime')
    fold = _field('_fold', 'datetime.datetime')

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        fields = _local_fields(t, 'fromtimestamp', tz)
        result = cls(*fields)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls(*_local_fields(t, 'utcfromtimestamp', timezone.utc))

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' %
                            type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' %
                            type(time).__name__)
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, time.tzinfo if tzinfo is True else tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        _check_str(date_string, 'fromisoformat')
        fields = None
        # The date is 7, 8 or 10 characters; any one character separates it from the time.
        for length in (10, 8, 7):
            date_fields = _parse_iso_date(date_string[:length])
            if date_fields is None:
                continue
            if len(date_string) == length:
                fields = date_fields + (0, 0, 0, 0, None)
            elif len(date_string) > length + 1:
                time_fields = _parse_iso_time(date_string[length + 1:])
                if time_fields is not None:
                    fields = date_fields + time_fields
            break
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        _check_str(date_string, 'strptime')
        _check_str(format, 'strptime', 2)
        return cls(*_strptime(date_string, format))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def __repr__(self):
        text = '%d, %d, %d, %d, %d' % (self._year, self._month, self._day, self._hour,
                                       self._minute)
        if self._microsecond:
            text += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            text += ', %d' % self._second
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_tp_name(self), text)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s' %
                            type(sep).__name__)
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) +
                _format_time(self._hour, self._minute, self._second, self._microsecond,
                             timespec) + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), self._day_of_year(), isdst))

    def utctimetuple(self):
        offset = self.utcoffset()
        value = self - offset if offset else self
        return _time.struct_time((value._year, value._month, value._day, value._hour,
                                  value._minute, value._second, value.weekday(),
                                  value._day_of_year(), 0))

    def timestamp(self):
        if self._tzinfo is None:
            seconds = _time.mktime((self._year, self._month, self._day, self._hour,
                                    self._minute, self._second, -1, -1, -1))
            return seconds + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utcoffset(self):
        return _tz_offset(self._tzinfo, 'utcoffset', self)

    def dst(self):
        return _tz_offset(self._tzinfo, 'dst', self)

    def tzname(self):
        return _tzname(self._tzinfo, self)

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        offset = self.utcoffset()
        if offset is None:
            offset = _local_timezone(self.timestamp()).utcoffset(None)
        if tz is None:
            tz = _local_timezone((self - offset - _EPOCH.replace(tzinfo=None)).total_seconds())
        if tz is self._tzinfo:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _microseconds(self):
        # Microseconds since 0001-01-01, local to the value (its offset not applied).
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 +
                 self._second) * 1000000 + self._microsecond)

    def _utc_microseconds(self, other, op):
        # The values to compare or subtract, or None for naive against aware.
        if self._tzinfo is other._tzinfo:
            return self._microseconds(), other._microseconds()
        offset, other_offset = self.utcoffset(), other.utcoffset()
        if (offset is None) != (other_offset is None):
            if op is _eq or op is _ne:
                return None
            raise TypeError("can't %s offset-naive and offset-aware datetimes" %
                            ('subtract' if op is None else 'compare'))
        mine = self._microseconds()
        theirs = other._microseconds()
        if offset is not None:
            mine -= offset._total()
            theirs -= other_offset._total()
        return mine, theirs

    def _compare(self, other, op):
        if isinstance(other, datetime):
            values = self._utc_microseconds(other, op)
            if values is None:
                return op is _ne
            return op(*values)
        if isinstance(other, date):
            if op is _eq or op is _ne:
                return op is _ne
            raise TypeError("can't compare %s to %s" % (_tp_name(self), _tp_name(other)))
        return NotImplemented

    def __hash__(self):
        offset = self.utcoffset()
        return hash(self._microseconds() - (offset._total() if offset else 0))

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._microseconds() + other._total()
        days, rest = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        seconds, microsecond = divmod(rest, 1000000)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return type(self)(*_ordinal_to_ymd(days), hour, minute, second, microsecond,
                          self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            mine, theirs = self._utc_microseconds(other, None)
            return _from_microseconds(mine - theirs)
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour, self._minute,
                            self._second, self._microsecond, self._tzinfo)



# ---- strptime: the C locale's names and the patterns of CPython's _strptime, matched with
# backtracking in the same order of preference as its regular expression.

_DIGITS = '0123456789'
_NONZERO = '123456789'
_FULL_DAY_NAMES = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_FULL_MONTH_NAMES = ('', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
                     'august', 'september', 'october', 'november', 'december')


def _shapes(*alternatives):
    # Each alternative is a fixed-length sequence of allowed characters.
    def candidates(text, position):
        for shape in alternatives:
            end = position + len(shape)
            if end <= len(text) and all(text[position + k] in allowed
                                        for k, allowed in enumerate(shape)):
                yield end
    return candidates


def _names(names):
    ordered = sorted((name for name in names if name), key=len, reverse=True)

    def candidates(text, position):
        for name in ordered:
            if text[position:position + len(name)].lower() == name:
                yield position + len(name)
    return candidates


def _zone_candidates(text, position):
    # [+-]HH:?MM(:?SS(.ffffff)?)? greedily, or Z.
    if text[position:position + 1] == 'Z':
        yield position + 1
    if (text[position:position + 1] not in ('+', '-') or
            _digits(text, position + 1, 2) is None):
        return
    for colon in (1, 0):
        start = position + 3
        if colon and text[start:start + 1] != ':':
            continue
        minutes = start + colon
        if not (text[minutes:minutes + 1] in '012345' and text[minutes:minutes + 1] and
                _digits(text, minutes + 1, 1) is not None):
            continue
        base = minutes + 2
        for second_colon in (1, 0):
            if second_colon and text[base:base + 1] != ':':
                continue
            seconds = base + second_colon
            if not (text[seconds:seconds + 1] and text[seconds] in '012345' and
                    _digits(text, seconds + 1, 1) is not None):
                continue
            end = seconds + 2
            if text[end:end + 1] == '.':
                for count in range(6, 0, -1):
                    if _digits(text, end + 1, count) is not None:
                        yield end + 1 + count
            yield end
        yield base


_TWO_DIGIT = (_DIGITS, _DIGITS)
_DIRECTIVES = {
    'a': _names(name.lower() for name in _DAY_NAMES),
    'A': _names(_FULL_DAY_NAMES),
    'b': _names(name.lower() for name in _MONTH_NAMES[1:]),
    'B': _names(_FULL_MONTH_NAMES[1:]),
    'd': _shapes(('3', '01'), ('12', _DIGITS), ('0', _NONZERO), (_NONZERO,), (' ', _NONZERO)),
    'f': _shapes(*((_DIGITS,) * count for count in range(6, 0, -1))),
    'G': _shapes((_DIGITS,) * 4),
    'H': _shapes(('2', '0123'), ('01', _DIGITS), (_DIGITS,)),
    'I': _shapes(('1', '012'), ('0', _NONZERO), (_NONZERO,)),
    'j': _shapes(('3', '6', '0123456'), ('3', '012345', _DIGITS), ('12', _DIGITS, _DIGITS),
                 ('0', _NONZERO, _DIGITS), ('0', '0', _NONZERO), (_NONZERO, _DIGITS),
                 ('0', _NONZERO), (_NONZERO,)),
    'm': _shapes(('1', '012'), ('0', _NONZERO), (_NONZERO,)),
    'M': _shapes(('012345', _DIGITS), (_DIGITS,)),
    'p': _names(('am', 'pm')),
    'S': _shapes(('6', '01'), ('012345', _DIGITS), (_DIGITS,)),
    'U': _shapes(('5', '0123'), ('01234', _DIGITS), (_DIGITS,)),
    'u': _shapes(('1234567',)),
    'V': _shapes(('5', '0123'), ('0', _NONZERO), ('1234', _DIGITS), (_DIGITS,)),
    'w': _shapes(('0123456',)),
    'y': _shapes(_TWO_DIGIT),
    'Y': _shapes((_DIGITS,) * 4),
    'z': _zone_candidates,
}
_DIRECTIVES['W'] = _DIRECTIVES['U']
_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _zone_names():
    names = {'utc', 'gmt'}
    names.update(name.lower() for name in _time.tzname)
    return _names(names)


def _strptime_tokens(format, tokens):
    i = 0
    while i < len(format):
        ch = format[i]
        if ch == '%':
            if i + 1 == len(format):
                raise IndexError
            key = format[i + 1]
            i += 2
            if key in _EXPANSIONS:
                _strptime_tokens(_EXPANSIONS[key], tokens)
            elif key == '%':
                tokens.append(('%', None))
            elif key == 'Z':
                tokens.append((key, _zone_names()))
            elif key in _DIRECTIVES:
                tokens.append((key, _DIRECTIVES[key]))
            else:
                raise KeyError('%' if key == '\\' else key)
        elif ch.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            tokens.append((' ', None))
        else:
            tokens.append((ch, None))
            i += 1
    return tokens


def _match_tokens(tokens, index, text, position, found):
    # The end of the first match in the regular expression's order of preference, or None.
    if index == len(tokens):
        return position
    key, candidates = tokens[index]
    if candidates is None:
        if key == ' ':
            end = position
            while end < len(text) and text[end].isspace():
                end += 1
            for stop in range(end, position, -1):
                result = _match_tokens(tokens, index + 1, text, stop, found)
                if result is not None:
                    return result
            return None
        if position < len(text) and text[position].lower() == key.lower():
            return _match_tokens(tokens, index + 1, text, position + 1, found)
        return None
    for end in candidates(text, position):
        found[key] = text[position:end]
        result = _match_tokens(tokens, index + 1, text, end, found)
        if result is not None:
            return result
    found.pop(key, None)
    return None


def _julian_from_week(year, week, weekday, starts_monday):
    first_weekday = date(year, 1, 1).weekday()
    if not starts_monday:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    return 1 + (7 - first_weekday) % 7 + 7 * (week - 1) + weekday


def _strptime(text, format):
    # The arguments of datetime() for text read with format.
    try:
        tokens = _strptime_tokens(format, [])
    except KeyError as error:
        raise ValueError("'%s' is a bad directive in format '%s'" % (error.args[0], format)) \
            from None
    except IndexError:
        raise ValueError("stray %% in format '%s'" % format) from None
    found = {}
    end = _match_tokens(tokens, 0, text, 0, found)
    if end is None:
        raise ValueError('time data %r does not match format %r' % (text, format))
    if end != len(text):
        raise ValueError('unconverted data remains: %s' % text[end:])
    year = iso_year = iso_week = week = julian = weekday = None
    month = day = 1
    hour = minute = second = fraction = 0
    week_starts_monday = False
    offset = None
    for key, value in found.items():
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _FULL_MONTH_NAMES.index(value.lower())
        elif key == 'b':
            month = [name.lower() for name in _MONTH_NAMES[1:]].index(value.lower()) + 1
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            meridian = found.get('p', '').lower()
            if meridian in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int((value + '00000')[:6])
        elif key == 'A':
            weekday = _FULL_DAY_NAMES.index(value.lower())
        elif key == 'a':
            weekday = [name.lower() for name in _DAY_NAMES].index(value.lower())
        elif key == 'w':
            weekday = (int(value) - 1) % 7
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week = int(value)
            week_starts_monday = key == 'W'
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            offset = _strptime_offset(value)
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    # February 29th without a year is read in a leap year, then given 1900's (so refused).
    leap_day = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_day else 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, week_starts_monday)
        elif iso_year is not None:
            year, month, day = _from_iso_calendar(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        year, month, day = _ordinal_to_ymd(julian - 1 + _ymd_to_ordinal(year, 1, 1))
    if leap_day:
        year = 1900
    fields = (year, month, day, hour, minute, second, fraction)
    if offset is None:
        return fields
    name = found.get('Z')
    return fields + (timezone(offset, name) if name else timezone(offset),)


def _strptime_offset(text):
    if text == 'Z':
        return timedelta(0)
    zone = text
    if zone[3] == ':':
        zone = zone[:3] + zone[4:]
    if len(zone) > 5:
        if zone[5] != ':':
            raise ValueError('Inconsistent use of : in %s' % text)
        zone = zone[:5] + zone[6:]
    seconds = int(zone[1:3]) * 3600 + int(zone[3:5]) * 60 + int(zone[5:7] or 0)
    microseconds = int((zone[8:] + '000000')[:6]) if len(zone) > 8 else 0
    if zone[0] == '-':
        seconds, microseconds = -seconds, -microseconds
    return timedelta(seconds=seconds, microseconds=microseconds)


_date_class = date
_time_class = time


class timezone(tzinfo):
    __c_type__ = True
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' %
                            type(offset).__name__)
        if name is not None:
            _check_str(name, 'timezone', 2)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.' % offset)
        self = object.__new__(cls)
        _set(self, '_offset', offset)
        _set(self, '_name', name)
        return self

    def utcoffset(self, dt):
        self._check_argument(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        self._check_argument(dt, 'dst')
        return None

    def tzname(self, dt):
        self._check_argument(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def _check_argument(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s' %
                            (method, type(dt).__name__))

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None, not %s' %
                            type(dt).__name__)
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_tp_name(self), self._offset)
        return '%s(%r, %r)' % (_tp_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__()


def _local_timezone(timestamp):
    fields = _time.localtime(int(_math.floor(timestamp)))
    return timezone(timedelta(seconds=fields.tm_gmtoff), fields.tm_zone)


timezone.utc = UTC = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_C_TYPES = (timedelta, date, time, datetime, tzinfo, timezone, IsoCalendarDate)
