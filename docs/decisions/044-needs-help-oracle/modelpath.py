"""Decision 044: a second way onto the list from the course model and the credible standing alone, past the rule's
older 0..1 conditions: the model at least q sure the pupil kept less than half the group's pace, credibly behind or
fell (credible-standing.ts, recomputed), enough results (0.3 x the group's median) and results before the look-back."""
import sys, collections, statistics as st
from common import load, means
from sittings import credible

def enough(rs, share=0.3):
    med = st.median([r['within'] for r in rs])
    return [r['within'] >= share * med and r['within'] > 0 for r in rs]

sets = sys.argv[1:]
data = {s: load(s) for s in sets}
cred = {}
for s in sets:
    for school, rows in data[s].items():
        by = collections.defaultdict(list)
        for r in rows: by[r['group']].append(r)
        for g, rs in by.items():
            for by_ in (1.5, 2.0, 2.5, 3.0):
                for r, c in zip(rs, credible(rs, False, by_)): cred[(s, school, r['pupil'], by_)] = c
            for r, e in zip(rs, enough(rs)): r['_enough'] = e
print('| path | ' + ' | '.join(sets) + ' |')
for q in (0.8, 0.9, 0.95, 0.98, 0.99):
    for by_ in (1.5, 2.0, 2.5, 3.0):
        res = []
        for s in sets:
            per = collections.defaultdict(list)
            for school, rows in data[s].items():
                for r in rows:
                    p = (r['slower'] is not None and r['slower'] >= q and cred[(s, school, r['pupil'], by_)] and r['_enough']
                         and r['beforeCount'] > 0 and not r['apart'])
                    per[school].append((p or r['flag'], r['truth']))
            res.append('%.3f / %.3f / %.3f (%d)' % means(per))
        print(f'| model >= {q} & credible >= {by_}, or the rule | ' + ' | '.join(res) + ' |', flush=True)
