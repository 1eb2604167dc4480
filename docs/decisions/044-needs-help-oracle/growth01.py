"""Decision 044 (a): the course model's expected growth on 0..1 over the look-back (tests/sim/dump-course-growth.mjs),
as a signal and as a listing path beside the rule. An experiment, not landed: `git apply course-growth.patch` (course-model.ts
growthAt, tests/sim/dump-course-growth.ts), `node tests/sim/dump-course-growth.mjs SET /tmp/nh3/cg-SET.jsonl` for SET
default, alt, stress, then `python3 growth01.py default alt stress`."""
import sys, json, math, collections, statistics as st
import numpy as np
from scipy.stats import norm
from common import load, means, ORACLE, WEEK

def cg(s):
    out = {}
    with open(f'{ORACLE}/cg-{s}.jsonl') as f:
        for line in f:
            o = json.loads(line)
            if o['week'] == WEEK: out[(o['school'], o['pupil'])] = o
    return out

def interp(grid, ys, r):
    return float(np.interp(r, grid, ys))

def inverse(grid, ys, y):
    """recent pace at which the growth reaches y (ys increasing; clamped to the grid's ends)."""
    ys = np.maximum.accumulate(np.array(ys))
    if y <= ys[0]: return grid[0]
    if y >= ys[-1]: return grid[-1]
    return float(np.interp(y, ys, grid))

def auc(scores, truth):
    pos = [s for s, t in zip(scores, truth) if t]; neg = [s for s, t in zip(scores, truth) if not t]
    if not pos or not neg: return None
    allv = sorted([(s, 1) for s in pos] + [(s, 0) for s in neg])
    # rank-sum with ties
    ranks = {}; i = 0
    while i < len(allv):
        j = i
        while j < len(allv) and allv[j][0] == allv[i][0]: j += 1
        for k in range(i, j): ranks.setdefault(allv[k][0], (i + j + 1) / 2)
        i = j
    rs = sum(ranks[s] for s in pos)
    return (rs - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))

def signals(rows, extra):
    """per pupil of one group: dict of signals (None where no model)."""
    gs = []
    for r in rows:
        o = extra[(r['_school'], r['pupil'])]
        gs.append(None if o['growth'] is None else interp(o['grid'], o['growth'], o['recent']))
    known = [g for g in gs if g is not None]
    med = st.median(known) if known else None
    out = []
    for r, g in zip(rows, gs):
        o = extra[(r['_school'], r['pupil'])]
        if g is None or med is None or med <= 0: out.append(None); continue
        d = {'g': g, 'rel': g / med}
        for c in (0.1, 0.2, 0.25, 0.33, 0.5):
            rstar = inverse(o['grid'], o['growth'], c * med)
            d[f'p{c}'] = float(norm.cdf((rstar - o['recent']) / max(1e-9, o['recentSd'])))
        out.append(d)
    return out

def groups(s):
    data = load(s); extra = cg(s)
    for school, rows in data.items():
        for r in rows: r['_school'] = school
        by = collections.defaultdict(list)
        for r in rows: by[r['group']].append(r)
        for g, rs in sorted(by.items()):
            yield school, rs, signals(rs, extra)

if __name__ == '__main__':
    sets = sys.argv[1:]
    print('AUC against the truly stuck (pupils with a model):')
    for s in sets:
        sc = collections.defaultdict(list); truth = []
        for school, rs, sg in groups(s):
            for r, d in zip(rs, sg):
                if d is None or r['slower'] is None: continue
                truth.append(r['truth'])
                sc['course model P(slower) (logit pace)'].append(r['slower'])
                sc['0..1 growth, minus share of median'].append(-d['rel'])
                for c in (0.1, 0.25, 0.5): sc[f'P(0..1 growth < {c} x median)'].append(d[f'p{c}'])
                sc['oracle'].append(r['oracle'])
        print(s, {k: round(auc(v, truth), 3) for k, v in sc.items()})
    print()
    variants = {}
    for c in (0.1, 0.2, 0.25, 0.33, 0.5):
        for p in (0.5, 0.7, 0.8, 0.9, 0.95, 0.98):
            variants[f'P(g01 < {c} med) >= {p}'] = (lambda c, p: lambda r, d: d is not None and d[f'p{c}'] >= p)(c, p)
    agg = collections.defaultdict(lambda: collections.defaultdict(lambda: collections.defaultdict(list)))
    for s in sets:
        for school, rs, sg in groups(s):
            for r, d in zip(rs, sg):
                agg['rule'][s][school].append((r['flag'], r['truth']))
                for name, f in variants.items():
                    l = f(r, d) and not r['apart']
                    agg[name + ' alone'][s][school].append((l, r['truth']))
                    agg[name + ' or rule'][s][school].append((l or r['flag'], r['truth']))
    print('| variant | ' + ' | '.join(sets) + ' |')
    for name, per in agg.items():
        print(f'| {name} | ' + ' | '.join('%.3f / %.3f / %.3f (%d)' % means(per[s]) for s in sets) + ' |')
