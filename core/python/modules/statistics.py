# statistics: averages and measures of spread with CPython 3.11's results and messages. Sums
# are exact (each value as an integer ratio, summed over a common denominator) and converted
# once, so mean([0.1] * 3) and the standard deviations are correctly rounded, as CPython's.
# Written here; not here yet: NormalDist, median_grouped, correlation, covariance,
# linear_regression.
import math
from collections import Counter

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_high', 'median_low', 'mode', 'multimode', 'pstdev', 'pvariance',
           'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    # (numerator, denominator) of x, or (x, None) for an infinity or a NaN.
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return x, None
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" %
                        type(x).__name__) from None


def _coerce(t, s):
    # The type of a result mixing values of types t and s.
    if t is s or s is int or s is bool:
        return t
    if t is int or t is bool:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    raise TypeError("don't know how to coerce %s and %s" % (t.__name__, s.__name__))


class _Ratio:
    # An exact rational number, reduced; just what these functions need of a Fraction.
    __slots__ = ('numerator', 'denominator')

    def __init__(self, numerator, denominator=1):
        if denominator < 0:
            numerator, denominator = -numerator, -denominator
        divisor = math.gcd(numerator, denominator)
        self.numerator = numerator // divisor
        self.denominator = denominator // divisor

    def plus(self, numerator, denominator):
        return _Ratio(self.numerator * denominator + numerator * self.denominator,
                      self.denominator * denominator)

    def divided(self, n):
        return _Ratio(self.numerator, self.denominator * n)


def _sums(data, squares=False):
    # The type of the result, the exact sum (a _Ratio, or the infinity or NaN met), the exact
    # sum of squares when asked, and the count.
    count = 0
    result_type = int
    seen = set()
    by_denominator = {}
    squares_by_denominator = {}
    special = None
    for x in data:
        kind = type(x)
        if kind not in seen:
            seen.add(kind)
            result_type = _coerce(result_type, kind)
        numerator, denominator = _exact_ratio(x)
        count += 1
        if denominator is None:
            special = numerator if special is None else special + numerator
            continue
        by_denominator[denominator] = by_denominator.get(denominator, 0) + numerator
        if squares:
            squares_by_denominator[denominator] = (squares_by_denominator.get(denominator, 0) +
                                                   numerator * numerator)
    if special is not None:
        return result_type, special, special, count
    total = _Ratio(0)
    for denominator, numerator in by_denominator.items():
        total = total.plus(numerator, denominator)
    total_squares = _Ratio(0)
    for denominator, numerator in squares_by_denominator.items():
        total_squares = total_squares.plus(numerator, denominator * denominator)
    return result_type, total, total_squares, count


def _convert(value, result_type):
    # An exact _Ratio as the result type: int when whole and the data were integers.
    if not isinstance(value, _Ratio):
        return value
    if issubclass(result_type, int):
        if value.denominator != 1:
            return value.numerator / value.denominator
        return result_type(value.numerator)
    return result_type(value.numerator / value.denominator)


def _sum_of_squared_deviations(data, center=None):
    if center is not None:
        # Around a given mean: each (x - c)² in the data's arithmetic, summed exactly.
        result_type, total, _, count = _sums((x - center) * (x - center) for x in data)
        return result_type, total, count
    result_type, total, total_squares, count = _sums(data, True)
    if not isinstance(total, _Ratio):
        return result_type, total, count
    if not count:
        return result_type, _Ratio(0), count
    # count * Σx² − (Σx)², over count.
    deviations = _Ratio(count * total_squares.numerator * total.denominator ** 2 -
                        total.numerator ** 2 * total_squares.denominator,
                        total_squares.denominator * total.denominator ** 2 * count)
    return result_type, deviations, count


def _sqrt_of_ratio(numerator, denominator):
    # The square root of numerator/denominator, correctly rounded to a float: an integer square
    # root with enough extra bits, its last bit made sticky (round to odd) so that the one
    # rounding to a float is exact.
    extra = (numerator.bit_length() - denominator.bit_length() - 109) // 2
    if extra >= 0:
        n, d = numerator, denominator << 2 * extra
    else:
        n, d = numerator << -2 * extra, denominator
    root = math.isqrt(n // d)
    root |= root * root * d != n
    if extra >= 0:
        return float(root << extra)
    return root / (1 << -extra)


def mean(data):
    """Return the sample arithmetic mean of data."""
    result_type, total, _, count = _sums(data)
    if count < 1:
        raise StatisticsError('mean requires at least one data point')
    if isinstance(total, _Ratio):
        return _convert(total.divided(count), result_type)
    return total / count


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    if weights is None:
        values = list(data)
        if not values:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(values) / len(values)
    values = list(data)
    weights = list(weights)
    if len(weights) != len(values):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(map(lambda x, w: x * w, values, weights)) / total


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing '
                              'positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data."""
    data = list(data)
    message = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (int, float)):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(message)
        return x
    if weights is None:
        weights = [1] * n
        weight_total = _Ratio(n)
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _sums(_non_negative(weights, message))[1]
    # Each w / x in the data's own arithmetic, then summed exactly, as CPython does.
    try:
        result_type, total, _, _ = _sums(w / x if w else 0
                                         for w, x in zip(weights, _non_negative(data, message)))
    except ZeroDivisionError:
        return 0
    if not isinstance(total, _Ratio):
        return weight_total / total if isinstance(weight_total, _Ratio) else weight_total / total
    if total.numerator <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_Ratio(weight_total.numerator * total.denominator,
                           weight_total.denominator * total.numerator), result_type)


def _non_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def mode(data):
    """Return the most common data point from discrete or nominal data."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """Return a list of the most frequently occurring values."""
    counts = Counter(iter(data))
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, count in counts.items() if count == most]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = size - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = size + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), size - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


def _spread(data, name, minimum, population, center):
    result_type, deviations, count = _sum_of_squared_deviations(data, center)
    if count < minimum:
        raise StatisticsError('%s requires at least %s data point%s' %
                              (name, 'one' if minimum == 1 else 'two',
                               '' if minimum == 1 else 's'))
    if not isinstance(deviations, _Ratio):
        return result_type, deviations, None
    return result_type, None, deviations.divided(count if population else count - 1)


def variance(data, xbar=None):
    """Return the sample variance of data."""
    result_type, special, value = _spread(data, 'variance', 2, False, xbar)
    return special if value is None else _convert(value, result_type)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    result_type, special, value = _spread(data, 'pvariance', 1, True, mu)
    return special if value is None else _convert(value, result_type)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    result_type, special, value = _spread(data, 'stdev', 2, False, xbar)
    if value is None:
        # CPython 3.11 takes the numerator of the float an infinity or a NaN leaves.
        raise AttributeError("'float' object has no attribute 'numerator'")
    return _sqrt_of_ratio(value.numerator, value.denominator)


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    result_type, special, value = _spread(data, 'pstdev', 1, True, mu)
    if value is None:
        # CPython 3.11 takes the numerator of the float an infinity or a NaN leaves.
        raise AttributeError("'float' object has no attribute 'numerator'")
    return _sqrt_of_ratio(value.numerator, value.denominator)
