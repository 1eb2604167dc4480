"""Decision 042's table: each variant per pupil on the dumps, alone and on top of (or) the current rule."""
import os, sys, collections, math, itertools
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eb import load, pupil_obs, slopes, eb, school_means, dump
from growth import growth, eb as eb2
from mix import em
import numpy as np
from scipy.stats import norm

def pstuck(post, mu, c):
    return norm.cdf((c * mu - post[0]) / math.sqrt(post[1]))

def variants(rows):
    """name -> per pupil listed (bool), before the 'apart' exclusion"""
    n = len(rows); out = {}
    # A: course model's posterior alone (its EB pace, course-model.ts)
    for c, p in [(0.25, 0.9), (0.5, 0.7), (0.5, 0.9)]:
        out[f'A course model alone: P(pace < {c} x group) >= {p}'] = [r['paceRecent'] is not None and norm.cdf((c - r['paceRecent']) / max(1e-9, r['paceSd'])) >= p for r in rows]
    # B: EB growth from cell differences (same goal, within look-back vs the 3 weeks before), normal prior
    for scale, c, p in [('raw', 0.5, 0.5), ('rank', 0.5, 0.5), ('rank', 0.25, 0.7)]:
        e = eb2(growth(rows, scale, 'g'))
        out[f'B growth from same-goal differences ({scale}), normal EB: P(g < {c} mu) >= {p}'] = [bool(e and e[2][i] and e[0] > 0 and pstuck(e[2][i], e[0], c) >= p) for i in range(n)]
    # C: EB slope in the look-back (per source x goal intercepts)
    for scale, c, p in [('rank', 0.5, 0.5), ('raw', 0.25, 0.5)]:
        f, _ = slopes(pupil_obs(rows, scale, 21), 'sg'); e = eb(f, 'mean')
        out[f'C look-back slope ({scale}, source x goal cells), normal EB: P(b < {c} mu) >= {p}'] = [bool(e and e[2][i] and e[0] > 0 and pstuck(e[2][i], e[0], c) >= p) for i in range(n)]
    # D: EB slope of the standing over 6 weeks, one intercept per pupil
    for scale, c, p in [('rank', 0.5, 0.5), ('rank', 0.5, 0.95), ('raw', 0.5, 0.5)]:
        f, _ = slopes(pupil_obs(rows, scale, 42), 'p'); e = eb(f, 'mean')
        out[f'D 6-week slope ({scale}, one intercept), normal EB: P(b < {c} mu) >= {p}'] = [bool(e and e[2][i] and e[0] > 0 and pstuck(e[2][i], e[0], c) >= p) for i in range(n)]
    # E: two-component mixture (stuck ~ N(0, 0.15^2) vs growing N(mu, tau^2), share by EM, Beta(2,18)) on the course model's pace
    idx = [i for i, r in enumerate(rows) if r['paceRecent'] is not None]
    w = em(np.array([rows[i]['paceRecent'] for i in idx]), np.array([rows[i]['paceSd'] ** 2 for i in idx]), 0.15, 2, 18)[0] if len(idx) >= 8 else []
    mp = [0.0] * n
    for k, i in enumerate(idx): mp[i] = w[k]
    for p in [0.5, 0.8]:
        out[f'E mixture EB on the course pace: P(stuck) >= {p}'] = [mp[i] >= p for i in range(n)]
    return out

WEEK = int(os.environ.get('WEEK', '6'))
sets = sys.argv[1:]
agg = collections.defaultdict(lambda: collections.defaultdict(lambda: collections.defaultdict(list)))
for s in sets:
    for (school, g), rows in load(dump(s), WEEK).items():
        v = variants(rows)
        for i, r in enumerate(rows):
            agg['current rule (main)'][s][school].append((r['flag'], r['truth']))
            for name, listed in v.items():
                l = listed[i] and not r['apart']
                agg[name + ', alone'][s][school].append((l, r['truth']))
                agg[name + ', or the rule'][s][school].append((l or r['flag'], r['truth']))
print('| variant | ' + ' | '.join(f'{s} {WEEK}' for s in sets) + ' |')
print('|---|' + '---|' * len(sets))
for name, per in agg.items():
    print(f'| {name} | ' + ' | '.join('%.2f / %.2f / %.2f (%d)' % school_means(per[s]) for s in sets) + ' |', flush=True)
