"""Decision 042: shared parts (dumps, ranks, slopes, a normal empirical-Bayes prior, P/R/F1 per school)."""
import json, os, sys, math, collections
import numpy as np
from scipy.stats import norm

DUMPS = os.environ.get('NH2_DUMPS', '/tmp')

def dump(s):
    """the dump of set s (default, alt, stress): node tests/sim/dump-needs-help.mjs s $NH2_DUMPS/nh2-s.jsonl"""
    return os.path.join(DUMPS, f'nh2-{s}.jsonl')

def load(path, week=6):
    groups = collections.defaultdict(list)
    for line in open(path):
        r = json.loads(line)
        if r['week'] != week: continue
        groups[(r['school'], r['group'])].append(r)
    return groups

def rank_scores(rows):
    """per (source, goal) stream: mid-rank normal score of each result, as standing.ts"""
    streams = collections.defaultdict(list)
    for i, r in enumerate(rows):
        for k, (s, g, d, v, t) in enumerate(r['obs']):
            streams[(s, g)].append((v, i, k))
    z = [dict() for _ in rows]
    for key, st in streams.items():
        st.sort()
        n = len(st); a = 0
        while a < n:
            b = a
            while b + 1 < n and st[b + 1][0] == st[a][0]: b += 1
            sc = norm.ppf((a + b + 1) / 2 / n)
            for q in range(a, b + 1):
                _, i, k = st[q]; z[i][k] = sc
            a = b + 1
    return z

def pupil_obs(rows, scale, window_days):
    """per pupil: list of (source, goal, t_weeks, y) within the window, y a rank score or the raw value"""
    z = rank_scores(rows) if scale == 'rank' else None
    out = []
    for i, r in enumerate(rows):
        o = []
        for k, (s, g, d, v, t) in enumerate(r['obs']):
            if d > window_days: continue
            y = z[i][k] if scale == 'rank' else v
            o.append((s, g, -d / 7.0, y))
        out.append(o)
    return out

def slopes(obs, cell):
    """within-cell OLS slope per pupil, cells = (source, goal) or goal; source noise from the group's residuals.
    returns per pupil (b, se) or None"""
    # first pass: per cell demeaned sums
    cells = []
    for o in obs:
        cs = collections.defaultdict(list)
        for s, g, t, y in o:
            cs[(s, g) if cell == 'sg' else (g if cell == 'g' else 0)].append((s, t, y))
        cells.append(cs)
    # noise per source from residuals around own cell means (unweighted, pooled) with a slope: iterate once
    def fit(noise):
        res = []
        for cs in cells:
            sxx = sxy = 0.0
            for key, lst in cs.items():
                if len(lst) < 2: continue
                w = np.array([1.0 / noise.get(s, 1.0) for s, _, _ in lst])
                t = np.array([x[1] for x in lst]); y = np.array([x[2] for x in lst])
                tb = (w * t).sum() / w.sum(); yb = (w * y).sum() / w.sum()
                sxx += (w * (t - tb) ** 2).sum(); sxy += (w * (t - tb) * (y - yb)).sum()
            res.append((sxy / sxx, 1.0 / sxx) if sxx > 1e-9 else None)
        return res
    noise = {}
    for it in range(2):
        fitted = fit(noise)
        ss = collections.defaultdict(float); df = collections.defaultdict(float)
        for cs, f in zip(cells, fitted):
            b = f[0] if f else 0.0
            for key, lst in cs.items():
                if len(lst) < 2: continue
                t = np.array([x[1] for x in lst]); y = np.array([x[2] for x in lst])
                r = y - y.mean() - b * (t - t.mean())
                for (s, _, _), e in zip(lst, r):
                    ss[s] += e * e; df[s] += 1
                for s in set(x[0] for x in lst): df[s] -= 1 * sum(1 for x in lst if x[0] == s) / len(lst)
        noise = {s: max(1e-3, ss[s] / df[s]) if df[s] > 0 else 1.0 for s in ss}
    return fit(noise), noise

def eb(fitted, center='mean'):
    idx = [i for i, f in enumerate(fitted) if f is not None]
    if len(idx) < 4: return None
    b = np.array([fitted[i][0] for i in idx]); v = np.array([fitted[i][1] for i in idx])
    if center == 'median': mu = float(np.median(b))
    else:
        w = 1 / v; mu = float((w * b).sum() / w.sum())
    tau2 = max(1e-6, float(np.mean((b - mu) ** 2) - np.mean(v)))
    if center == 'robust':
        mu = float(np.median(b))
        mad = 1.4826 * np.median(np.abs(b - mu))
        tau2 = max(1e-6, mad ** 2 - float(np.median(v)))
    post = [None] * len(fitted)
    for i in idx:
        bi, vi = fitted[i]
        m = (tau2 * bi + vi * mu) / (tau2 + vi); pv = tau2 * vi / (tau2 + vi)
        post[i] = (m, pv)
    return mu, tau2, post

def prf(listed, truth):
    tp = sum(1 for l, t in zip(listed, truth) if l and t); fp = sum(1 for l, t in zip(listed, truth) if l and not t)
    fn = sum(1 for l, t in zip(listed, truth) if t and not l)
    p = tp / (tp + fp) if tp + fp else None; r = tp / (tp + fn) if tp + fn else None
    f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None
    return p, r, f, tp + fp

def school_means(results):
    """results: {school: [(listed, truth)]} -> mean P (schools with listings), R, F1"""
    ps, rs, fs, n = [], [], [], 0
    for school, pairs in results.items():
        p, r, f, k = prf([a for a, _ in pairs], [b for _, b in pairs]); n += k
        if p is not None: ps.append(p)
        if r is not None: rs.append(r)
        if f is not None: fs.append(f)
    m = lambda x: sum(x) / len(x) if x else float('nan')
    return m(ps), m(rs), m(fs), n
