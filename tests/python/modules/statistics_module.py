# statistics: exact sums, correctly rounded deviations, quantiles and CPython 3.11's errors.
import statistics as S, random
random.seed(5)
datasets = [[1, 2, 3, 4], [1, 2, 3], [0.1] * 3, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [2, 4, 4, 4, 5, 5, 7, 9],
            [random.random() for _ in range(50)], [random.randint(-100, 100) for _ in range(37)],
            [(random.random() - 0.5) * 1e10 for _ in range(20)], [1e300, 1e300, -1e300], [3], [True, False, True],
            [1, 2.5, 3], [0.1, 0.2, 0.3, 0.4], [1e-300, 2e-300], [float('inf'), 1.0]]
for d in datasets:
    for f in (S.mean, S.fmean, S.median, S.median_low, S.median_high, S.mode, S.multimode, S.variance, S.pvariance, S.stdev, S.pstdev, S.geometric_mean, S.harmonic_mean):
        try: r = f(d)
        except Exception as e: r = f'{type(e).__name__}: {e}'
        print(f.__name__, repr(r))
    for n in (2, 4, 10):
        for m in ('exclusive', 'inclusive'):
            try: print('q', n, m, S.quantiles(d, n=n, method=m))
            except Exception as e: print('q', type(e).__name__, e)
    try: print('xbar', S.variance(d, S.mean(d)), S.pstdev(d, 1))
    except Exception as e: print('xbar', type(e).__name__, e)
for bad in ([], ['a', 'b'], [1, -1]):
    for f in (S.mean, S.median, S.mode, S.stdev, S.pvariance, S.harmonic_mean, S.geometric_mean, S.fmean):
        try: print(f.__name__, f(bad))
        except Exception as e: print(f.__name__, type(e).__name__, e)
print(S.harmonic_mean([40, 60], weights=[5, 30]), S.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), S.quantiles([1, 2], n=0) if False else '')
print(issubclass(S.StatisticsError, ValueError), S.mode('aabbbc'), S.multimode('aabbcc'), S.median([1, 3, 2, 4]))

random.seed(11)
out = []
for trial in range(60):
    n = random.randint(2, 12)
    kind = trial % 4
    if kind == 0: d = [random.random() * 10 ** random.randint(-5, 5) for _ in range(n)]
    elif kind == 1: d = [random.randint(-10**6, 10**6) for _ in range(n)]
    elif kind == 2: d = [random.choice([0.1, 0.2, 0.3, 1/3, 2.5]) for _ in range(n)]
    else: d = [random.randint(0, 5) + random.random() for _ in range(n)]
    out.append((S.mean(d), S.stdev(d), S.pstdev(d), S.variance(d), S.pvariance(d), S.median(d), S.harmonic_mean([abs(x) + 1 for x in d]), S.quantiles(d, n=5)))
for o in out: print(repr(o))
