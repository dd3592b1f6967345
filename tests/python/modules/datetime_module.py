# datetime: arithmetic, formatting, parsing and time zones, as CPython 3.11's C module.
import datetime as D
from datetime import date, time, datetime, timedelta, timezone, tzinfo

from datetime import date, time, datetime, timedelta, timezone
print(timedelta(1), timedelta(-1, 5), timedelta(hours=1.5), timedelta(microseconds=-1), repr(timedelta(0)), repr(timedelta(days=-1, seconds=3)))
print(timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6), timedelta(minutes=1.1), timedelta(weeks=1/3))
print(timedelta(1) / 3, timedelta(1) / 3.3, timedelta(1) * 2.5, timedelta(1) // 7, timedelta(1) % timedelta(hours=5), divmod(timedelta(1), timedelta(hours=7)))
print(timedelta(1) / timedelta(hours=2), timedelta(1).total_seconds(), abs(-timedelta(1)), timedelta.max, timedelta.min, repr(timedelta.resolution))
d = date(2024, 2, 29)
print(d, repr(d), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime(), d + timedelta(400), d - date(2000, 1, 1))
print(d.strftime('%A %d %B %Y %j %U %W %a %b %y %m'), format(d, '%Y/%m'), f'{d}', f'{d:%d.%m.%Y}')
print(date.fromordinal(1), date.fromordinal(730120), date.fromisoformat('2021-03-04'), date.fromisoformat('20210304'), date.fromisoformat('2021-W01-1'), date.fromisocalendar(2020, 53, 7))
print(date.min, date.max, d.replace(year=2023, day=28), d.timetuple())
t = time(12, 30, 5, 123)
print(t, repr(t), repr(time()), t.isoformat('milliseconds'), t.isoformat('minutes'), t.strftime('%H h %M %f %p'), time.fromisoformat('12:30:05.123456'))
dt = datetime(2024, 3, 15, 14, 45, 30, 250000)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.date(), dt.time(), dt.ctime(), dt + timedelta(days=20, hours=12), dt - datetime(2024, 1, 1))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %I%p %c | %x | %X'), dt.weekday(), dt.timetuple())
utc = timezone.utc
a = datetime(2024, 3, 15, 12, tzinfo=utc)
b = datetime(2024, 3, 15, 14, tzinfo=timezone(timedelta(hours=2), 'CEST'))
print(a == b, a < b, a - b, repr(a), b, b.tzname(), b.utcoffset(), str(timezone(timedelta(hours=-5, minutes=-30))), repr(timezone(timedelta(hours=3))), b.astimezone(utc), a.timestamp())
print(datetime.fromtimestamp(0, utc), datetime.utcfromtimestamp(86400.5), datetime.fromtimestamp(1e9), datetime.combine(d, t))
print(datetime.fromisoformat('2020-05-17T10:20:30+02:00'), datetime.fromisoformat('2011-11-04 00:05:23.283+00:00'), datetime.fromisoformat('20111104T000523Z'), datetime.fromisoformat('2011-11-04'))
for text, fmt in [('2023-07-04 09:05:03', '%Y-%m-%d %H:%M:%S'), ('4 Jul 2023', '%d %b %Y'), ('Tuesday, July 4, 23', '%A, %B %d, %y'), ('7/4/23 1:05 PM', '%m/%d/%y %I:%M %p'), ('2023-185', '%Y-%j'), ('2023 26 2', '%Y %W %w'), ('2023-W27-2', '%G-W%V-%u'), ('12:00:00.5 +0530', '%H:%M:%S.%f %z'), ('20230704', '%Y%m%d'), ('111', '%m%d'), ('  2023', ' %Y')]:
    print(repr(datetime.strptime(text, fmt)))
print(sorted([date(2020, 1, 2), date(2019, 5, 5), date(2020, 1, 1)]), {date(2020, 1, 1): 1}[date(2020, 1, 1)], date(2020,1,1) == datetime(2020,1,1), bool(timedelta(0)))
print(datetime(2024, 3, 10, 12).astimezone(timezone(timedelta(hours=-8))), datetime.max, datetime.min)

class Paris(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=1)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "CET"
    def __repr__(self): return "Paris()"
p = datetime(2024, 1, 5, 10, tzinfo=Paris())
print(p, repr(p), p.tzname(), p.astimezone(timezone.utc), p.strftime('%H:%M %Z %z'), p.utctimetuple())
class MyDate(date):
    def hello(self): return 'hi ' + str(self)
m = MyDate(2020, 5, 6)
print(repr(m), m.hello(), type(m + timedelta(1)).__name__, repr(MyDate.today() > date(2000,1,1)))
m.extra = 5
print(m.extra)
try:
    m.year = 5
except AttributeError as e: print(e)
import asyncio
async def main():
    start = datetime(2024, 1, 1, 9)
    for i in range(3):
        await asyncio.sleep(1)
        print(start + timedelta(seconds=i))
asyncio.run(main())
print(sorted({timedelta(hours=h) for h in (3, 1, 2, 1)}))
print(max(date(2020, 1, 1), date(2021, 1, 1)), min([datetime(2020,1,1,5), datetime(2020,1,1,3)]))
x = datetime(2020, 13, 1)
