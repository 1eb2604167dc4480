"""Decision 042, B: growth from same-goal differences (look-back against the 3 weeks before), normal empirical-Bayes prior, P(g < c x mu)."""
import os, sys, collections, math
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eb import load, rank_scores, school_means, dump
from auc import auc
import numpy as np
from scipy.stats import norm

def growth(rows, scale, cellkind, t0=21, far=42, rate=True):
    z = rank_scores(rows) if scale == 'rank' else None
    per = []; ss = collections.defaultdict(float); df = collections.defaultdict(float)
    for i, r in enumerate(rows):
        cells = collections.defaultdict(lambda: ([], []))
        for k, (s, g, d, v, t) in enumerate(r['obs']):
            if d > far: continue
            y = z[i][k] if scale == 'rank' else v
            key = (g, s) if cellkind == 'gs' else g
            cells[key][0 if d <= t0 else 1].append((s, -d / 7, y))
        per.append(cells)
        for part in [p for c in cells.values() for p in c]:
            bys = collections.defaultdict(list)
            for s, t, y in part: bys[s].append(y)
            for s, ys in bys.items():
                if len(ys) > 1:
                    m = sum(ys) / len(ys); ss[s] += sum((x - m) ** 2 for x in ys); df[s] += len(ys) - 1
    noise = {s: max(1e-3, ss[s] / df[s]) for s in ss if df[s] > 0}
    out = []
    for cells in per:
        W = S = 0.0
        for key, (a, b) in cells.items():
            if not a or not b: continue
            wa = [1 / noise.get(s, 1) for s, _, _ in a]; wb = [1 / noise.get(s, 1) for s, _, _ in b]
            ma = sum(w * y for w, (_, _, y) in zip(wa, a)) / sum(wa); mb = sum(w * y for w, (_, _, y) in zip(wb, b)) / sum(wb)
            ta = sum(w * t for w, (_, t, _) in zip(wa, a)) / sum(wa); tb = sum(w * t for w, (_, t, _) in zip(wb, b)) / sum(wb)
            gap = max(0.5, ta - tb) if rate else 1
            var = (1 / sum(wa) + 1 / sum(wb)) / gap ** 2
            W += 1 / var; S += (ma - mb) / gap / var
        out.append((S / W, 1 / W) if W > 0 else None)
    return out

def eb(est, robust=False):
    idx = [i for i, e in enumerate(est) if e]
    if len(idx) < 4: return None
    b = np.array([est[i][0] for i in idx]); v = np.array([est[i][1] for i in idx])
    if robust:
        mu = float(np.median(b)); tau2 = max(1e-6, (1.4826 * np.median(np.abs(b - mu))) ** 2 - float(np.median(v)))
    else:
        w = 1 / v; mu = float((w * b).sum() / w.sum()); tau2 = max(1e-6, float(np.mean((b - mu) ** 2) - np.mean(v)))
    post = [None] * len(est)
    for i in idx:
        bi, vi = est[i]; post[i] = ((tau2 * bi + vi * mu) / (tau2 + vi), tau2 * vi / (tau2 + vi))
    return mu, tau2, post

if __name__ == '__main__':
    for s in sys.argv[1:]:
        groups = load(dump(s))
        for scale in ['rank', 'raw']:
            for cellkind in ['g', 'gs']:
                for robust in [False, True]:
                    truth = []; scores = []; cov = 0; pr = collections.defaultdict(lambda: collections.defaultdict(list))
                    for (school, gi), rows in groups.items():
                        est = growth(rows, scale, cellkind)
                        e = eb(est, robust)
                        for i, r in enumerate(rows):
                            truth.append(r['truth'])
                            p = e[2][i] if e else None
                            scores.append(-est[i][0] / math.sqrt(est[i][1]) if est[i] else None)
                            cov += est[i] is not None
                            for c in [0.0, 0.25, 0.5]:
                                for ps in [0.5, 0.7, 0.9]:
                                    listed = bool(p) and not r['apart'] and e[0] > 0 and norm.cdf((c * e[0] - p[0]) / math.sqrt(p[1])) >= ps
                                    pr[(c, ps)][school].append((listed, r['truth']))
                    print(s, scale, cellkind, 'robust' if robust else 'mean', 'AUC %.3f coverage %.2f' % (auc(scores, truth), cov / len(truth)))
                    for k, v in pr.items(): print('    c %.2f p %.2f  %.3f/%.3f/%.3f (%d)' % (k + school_means(v)))
