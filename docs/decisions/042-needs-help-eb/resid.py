"""F: standing against same-time peers (each result against the group's other pupils' results on the same source and
goal within +-7 days), one sitting (pupil, source, day) counted once; growth relative to the group = fall of that standing
from the 3 weeks before the look-back to the look-back."""
import os, sys, collections, math, bisect
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eb import load, school_means, dump
from auc import auc
import numpy as np
from scipy.stats import norm

def peer_residuals(rows, scale, half=7.0, far=42.0):
    streams = collections.defaultdict(list)
    for i, r in enumerate(rows):
        for s, g, d, v, t in r['obs']:
            if d <= far + half: streams[(s, g)].append((d, i, v))
    res = [collections.defaultdict(list) for _ in rows]  # (source, day) -> residuals
    for (s, g), st in streams.items():
        st.sort()
        days = [x[0] for x in st]
        for d, i, v in st:
            if d > far: continue
            lo = bisect.bisect_left(days, d - half); hi = bisect.bisect_right(days, d + half)
            peers = [x[2] for x in st[lo:hi] if x[1] != i]
            if len(peers) < 4: continue
            if scale == 'rank':
                below = sum(p < v for p in peers) + 0.5 * sum(p == v for p in peers) + 0.5
                e = norm.ppf(below / (len(peers) + 1))
            else:
                e = v - float(np.median(peers))
            res[i][(s, math.floor(d), d <= 21)].append(e)
    return res

def falls(rows, scale):
    res = peer_residuals(rows, scale)
    # one value per sitting; noise per source from the scatter of sittings around each pupil's own mean per part
    sit = []
    for r in res:
        parts = {True: collections.defaultdict(list), False: collections.defaultdict(list)}
        for (s, day, within), es in r.items(): parts[within][s].append(sum(es) / len(es))
        sit.append(parts)
    ss = collections.defaultdict(float); df = collections.defaultdict(float)
    for parts in sit:
        for p in parts.values():
            for s, xs in p.items():
                if len(xs) > 1: m = sum(xs) / len(xs); ss[s] += sum((x - m) ** 2 for x in xs); df[s] += len(xs) - 1
    noise = {s: max(1e-4, ss[s] / df[s]) for s in ss if df[s] > 0}
    out = []
    for parts in sit:
        means = {}
        for within, p in parts.items():
            W = S = 0.0
            for s, xs in p.items():
                w = len(xs) / noise.get(s, 1.0); W += w; S += w * sum(xs) / len(xs)
            means[within] = (S / W, 1 / W) if W > 0 else None
        b, w = means[False], means[True]
        out.append(((b[0] - w[0]), b[1] + w[1], w) if b and w else (None, None, w))
    return out

def eb_normal(vals):
    idx = [i for i, x in enumerate(vals) if x is not None]
    if len(idx) < 4: return None
    b = np.array([vals[i][0] for i in idx]); v = np.array([vals[i][1] for i in idx])
    mu = float(np.median(b)); tau2 = max(1e-6, (1.4826 * float(np.median(np.abs(b - mu)))) ** 2 - float(np.median(v)))
    return mu, tau2

if __name__ == '__main__':
    for s in sys.argv[1:]:
        groups = load(dump(s))
        for scale in ['rank', 'raw']:
            truth, zf, zw, zc = [], [], [], []
            res = collections.defaultdict(lambda: collections.defaultdict(list))
            for (school, g), rows in groups.items():
                f = falls(rows, scale)
                e = eb_normal([(x[0], x[1]) if x[0] is not None else None for x in f])
                ew = eb_normal([(-x[2][0], x[2][1]) if x[2] else None for x in f])
                for i, r in enumerate(rows):
                    truth.append(r['truth'])
                    zf.append(f[i][0] / math.sqrt(f[i][1]) if f[i][0] is not None else None)
                    zw.append(-f[i][2][0] / math.sqrt(f[i][2][1]) if f[i][2] else None)
                    # posterior P(true fall > k tau above the median fall) and P(true behind > k tau), combined by "or"
                    for k, p in [(1, 0.5), (1, 0.8), (1.5, 0.8), (2, 0.8), (2, 0.9)]:
                        listed = False
                        if e and f[i][0] is not None:
                            mu, tau2 = e; bi, vi = f[i][0], f[i][1]
                            m = (tau2 * bi + vi * mu) / (tau2 + vi); pv = tau2 * vi / (tau2 + vi)
                            listed = 1 - norm.cdf((mu + k * math.sqrt(tau2) - m) / math.sqrt(pv)) >= p
                        res[('fall', k, p)][school].append((listed and not r['apart'], r['truth']))
                        res[('fall or rule', k, p)][school].append(((listed and not r['apart']) or r['flag'], r['truth']))
            print(s, scale, 'AUC fall z %.3f (cov %.2f), behind z %.3f' % (auc(zf, truth), sum(x is not None for x in zf) / len(zf), auc(zw, truth)))
            for k, v in res.items(): print('   ', k, '%.3f/%.3f/%.3f (%d)' % school_means(v))
