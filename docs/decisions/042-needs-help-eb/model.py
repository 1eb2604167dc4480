"""Decision 042, A: the course model's posterior alone, P(pace < c x group) >= p."""
import os, sys, collections, itertools, math
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eb import load, school_means, dump
from scipy.stats import norm

def rows_of(s, week=6):
    return [r for rows in load(dump(s), week).values() for r in rows]

def ev(rows, pred):
    res = collections.defaultdict(list)
    for r in rows: res[r['school']].append((bool(pred(r)), r['truth']))
    return school_means(res)

def pstuck(r, c):
    if r['paceRecent'] is None: return None
    return norm.cdf((c - r['paceRecent']) / max(1e-9, r['paceSd']))

if __name__ == '__main__':
    sets = sys.argv[1:]
    data = {s: rows_of(s) for s in sets}
    fmt = lambda s, x: '%s %.3f/%.3f/%.3f (%d)' % ((s,) + x)
    print('current  ', ' | '.join(fmt(s, ev(data[s], lambda r: r['flag'])) for s in sets))
    for c, p in itertools.product([0.1, 0.25, 0.5], [0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99]):
        pred = lambda r: not r['apart'] and (pstuck(r, c) or 0) >= p
        print('c %.2f p %.2f' % (c, p), ' | '.join(fmt(s, ev(data[s], pred)) for s in sets))
