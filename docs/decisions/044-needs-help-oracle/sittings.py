"""Decision 044 (b): credible-standing.ts (decision 036) recomputed from the dump's results, and the same with the
results of one sitting (pupil, source, school day) counted as one: the sitting's mean score, the noise from the scatter
of sittings, the weight by the number of sittings. The rule with it = the rule without its credible condition (dump
variant noCredible) and this condition. `python3 sittings.py alt stress default` (default needs var-default)."""
import sys, json, collections, statistics as st, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '042-needs-help-eb'))
from eb import rank_scores
from common import load_variants, load, means, WEEK

LB = 21.0  # days: the look-back (3 weeks)

def credible(rows, by_sitting, by=1.5):
    z = rank_scores(rows)
    # per source: per pupil list of (within?, score) units
    units = collections.defaultdict(lambda: [collections.defaultdict(list) for _ in rows])
    for i, r in enumerate(rows):
        for k, (s, g, d, v, t) in enumerate(r['obs']):
            if d > 2 * LB + 1e9: continue
            within = d <= LB
            key = (within, int(d), g) if by_sitting == 'day-goal' else (within, int(d)) if by_sitting else (within, k)
            units[s][i][key].append(z[i][k])
    res = {}
    for part in ('w', 'b'):
        sums = [[0.0, 0.0] for _ in rows]
        for s, per in units.items():
            vals = []
            for i, u in enumerate(per):
                xs = [sum(v) / len(v) for key, v in u.items() if key[0] == (part == 'w')]
                vals.append(xs)
            sq = 0.0; fr = 0
            for xs in vals:
                if not xs: continue
                m = sum(xs) / len(xs); sq += sum((x - m) ** 2 for x in xs); fr += len(xs) - 1
            noise = max(1e-3, sq / fr if fr > 0 else 1.0)
            for i, xs in enumerate(vals):
                if not xs: continue
                m = sum(xs) / len(xs); w = len(xs) / noise
                sums[i][0] += w; sums[i][1] += w * m
        res[part] = [None if w == 0 else (s / w, 1 / w) for w, s in sums]
    def from_median(items):
        known = sorted(x[0] for x in items if x is not None)
        if len(known) < 4: return [None] * len(items)
        c = st.median(known)
        return [None if x is None else (x[0] - c) / x[1] ** 0.5 for x in items]
    behind = from_median([None if w is None else (-w[0], w[1]) for w in res['w']])
    fall = from_median([None if w is None or b is None else (b[0] - w[0], w[1] + b[1]) for w, b in zip(res['w'], res['b'])])
    return [(b is not None and b >= by) or (f is not None and f >= by) for b, f in zip(behind, fall)]

if __name__ == "__main__":
  for s in sys.argv[1:]:
        data = load(s)
        var = load_variants(s)
        agg = collections.defaultdict(lambda: collections.defaultdict(list)); mism = 0
        for school, rows in data.items():
            by = collections.defaultdict(list)
            for r in rows: by[r['group']].append(r)
            for g, rs in by.items():
                c_items = credible(rs, False); c_sit = credible(rs, True); c_sg = credible(rs, 'day-goal')
                c_sit2 = credible(rs, True, 2.0); c_items2 = credible(rs, False, 2.0)
                for r, a, b, c, d, e in zip(rs, c_items, c_sit, c_sg, c_sit2, c_items2):
                    nc = var[(school, r['pupil'])]['variants']['noCredible']
                    if (nc and a) != r['flag']: mism += 1
                    agg['rule'][school].append((r['flag'], r['truth']))
                    agg['rule without credible, items recomputed (check)'][school].append((nc and a, r['truth']))
                    agg['credible by sittings (pupil, source, day)'][school].append((nc and b, r['truth']))
                    agg['credible by sittings (pupil, source, day, goal)'][school].append((nc and c, r['truth']))
                    agg['credible by sittings, 2 SE'][school].append((nc and d, r['truth']))
                    agg['credible by items, 2 SE'][school].append((nc and e, r['truth']))
        print(f'== {s} (recomputed credible vs the rule: {mism} pupils differ)')
        for name, per in agg.items(): print(f'| {name} | %.3f / %.3f / %.3f (%d) |' % means(per))
