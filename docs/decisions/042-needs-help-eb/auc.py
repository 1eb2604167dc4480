"""Decision 042: AUC against the truly stuck of each growth measure and of the rule's own signals (coverage beside it)."""
import os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eb import *
from scipy.stats import mannwhitneyu
import numpy as np

def auc(scores, truth):
    pos = [s for s, t in zip(scores, truth) if t and s is not None]; neg = [s for s, t in zip(scores, truth) if not t and s is not None]
    if not pos or not neg: return float('nan')
    u = mannwhitneyu(pos, neg).statistic
    return u / len(pos) / len(neg)

def diffs(rows, scale, near, far):
    """per pupil: weighted mean over (s,g) cells of (mean y in last `near` days - mean y in (near, far] days), var"""
    z = rank_scores(rows) if scale == 'rank' else None
    out = []
    # noise per source: pooled within-cell-part variance
    per = []
    ss = collections.defaultdict(float); df = collections.defaultdict(float)
    for i, r in enumerate(rows):
        cells = collections.defaultdict(lambda: ([], []))
        for k, (s, g, d, v, t) in enumerate(r['obs']):
            y = z[i][k] if scale == 'rank' else v
            if d <= near: cells[(s, g)][0].append(y)
            elif d <= far: cells[(s, g)][1].append(y)
        per.append(cells)
        for (s, g), (a, b) in cells.items():
            for part in (a, b):
                if len(part) > 1:
                    m = sum(part) / len(part); ss[s] += sum((x - m) ** 2 for x in part); df[s] += len(part) - 1
    noise = {s: max(1e-3, ss[s] / df[s]) for s in ss if df[s] > 0}
    for cells in per:
        W = S = 0.0
        for (s, g), (a, b) in cells.items():
            if not a or not b: continue
            n2 = noise.get(s, 1.0)
            var = n2 / len(a) + n2 / len(b)
            W += 1 / var; S += (sum(a) / len(a) - sum(b) / len(b)) / var
        out.append((S / W, 1 / W) if W > 0 else None)
    return out

if __name__ == '__main__':
    for s in sys.argv[1:]:
        groups = load(dump(s))
        truth = []; sc = collections.defaultdict(list)
        for key, rows in groups.items():
            truth += [r['truth'] for r in rows]
            sc['slower'] += [r['slower'] for r in rows]
            sc['behind'] += [r['behind'] for r in rows]
            sc['fall'] += [r['fall'] for r in rows]
            for scale in ['rank', 'raw']:
                for near, far in [(21, 42), (21, 1000), (10.5, 21), (14, 42)]:
                    d = diffs(rows, scale, near, far)
                    sc[f'diff-{scale}-{near}-{far}'] += [-x[0] if x else None for x in d]
                    sc[f'diffz-{scale}-{near}-{far}'] += [-x[0] / math.sqrt(x[1]) if x else None for x in d]
                obs = pupil_obs(rows, scale, 21)
                f, _ = slopes(obs, 'sg')
                sc[f'slope-{scale}'] += [-x[0] if x else None for x in f]
        print(s, 'n', len(truth), 'stuck', sum(truth))
        for k, v in sc.items(): print('  %-26s AUC %.3f  coverage %.2f' % (k, auc(v, truth), sum(x is not None for x in v) / len(v)))
