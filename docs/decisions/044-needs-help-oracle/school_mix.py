"""Decision 044 (c): decision 042's mixture (E) on the course model's pace with the stuck share, the growing pupils'
mean and spread learnt over all of a school's groups at once (each pupil's pace is relative to their own group's
course), rather than from one group of 25; alone, as a second way onto the list, and as a veto on the rule's list."""
import sys, os, collections, itertools
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '042-needs-help-eb'))
import numpy as np
from mix import em
from common import load, means

def posts(rows, tau0, a, b, per_group):
    out = {}
    by = collections.defaultdict(list)
    for r in rows:
        if r['paceRecent'] is not None: by[r['group'] if per_group else 0].append(r)
    for g, rs in by.items():
        if len(rs) < 8: continue
        w, pi, mu, tau2 = em(np.array([r['paceRecent'] for r in rs]), np.array([r['paceSd'] ** 2 for r in rs]), tau0, a, b)
        for r, x in zip(rs, w): out[r['pupil']] = float(x)
    return out

sets = sys.argv[1:]
data = {s: load(s) for s in sets}
rows_out = []
for tau0, (a, b), per_group in itertools.product((0.1, 0.2, 0.3), ((1, 1), (2, 18)), (False, True)):
    P = {s: {school: posts(rows, tau0, a, b, per_group) for school, rows in data[s].items()} for s in sets}
    for p in (0.5, 0.8, 0.9, 0.95):
        for mode in ('alone', 'or rule', 'rule and'):
            res = []
            for s in sets:
                per = collections.defaultdict(list)
                for school, rows in data[s].items():
                    for r in rows:
                        m = P[s][school].get(r['pupil'], 0.0) >= p and not r['apart']
                        l = m if mode == 'alone' else (m or r['flag']) if mode == 'or rule' else (m and r['flag'])
                        per[school].append((l, r['truth']))
                res.append('%.3f / %.3f / %.3f (%d)' % means(per))
            print(f"| tau0 {tau0} Beta{(a, b)} {'per group' if per_group else 'per school'} P(stuck) >= {p}, {mode} | " + ' | '.join(res) + ' |', flush=True)
