"""Decision 042, E: a two-component empirical-Bayes mixture (stuck around 0, growing around the group) on the course model's pace."""
import os, sys, collections, math, itertools
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eb import load, school_means, dump
import numpy as np
from scipy.stats import norm

def em(r, v, tau0=0.1, a=1.0, b=9.0, rounds=50):
    """two-component EB mixture on noisy measurements r (variances v): stuck ~ N(0, tau0^2), growing ~ N(mu, tau^2)"""
    pi, mu, tau2 = 0.1, float(np.median(r)), max(0.01, float(np.var(r) - np.mean(v)))
    for _ in range(rounds):
        l0 = pi * norm.pdf(r, 0, np.sqrt(v + tau0 ** 2)); l1 = (1 - pi) * norm.pdf(r, mu, np.sqrt(v + tau2))
        w = l0 / np.maximum(1e-300, l0 + l1)
        pi = (w.sum() + a - 1) / (len(r) + a + b - 2)
        w1 = 1 - w
        wt = w1 / (v + tau2)
        mu = float((wt * r).sum() / wt.sum())
        tau2 = max(0.01, float((w1 * ((r - mu) ** 2 - v)).sum() / w1.sum()))
    return w, pi, mu, tau2

def run(sets, measure, tau0s=(0.1,), priors=((1, 9),), ps=(0.5, 0.7, 0.8, 0.9)):
    data = {s: load(dump(s)) for s in sets}
    for tau0, (a, b) in itertools.product(tau0s, priors):
        outs = {}
        for s in sets:
            res = {p: collections.defaultdict(list) for p in ps}
            for (school, g), rows in data[s].items():
                m = [measure(r) for r in rows]
                idx = [i for i, x in enumerate(m) if x is not None]
                post = [0.0] * len(rows)
                if len(idx) >= 8:
                    w, *_ = em(np.array([m[i][0] for i in idx]), np.array([m[i][1] for i in idx]), tau0, a, b)
                    for k, i in enumerate(idx): post[i] = w[k]
                for i, r in enumerate(rows):
                    for p in ps: res[p][school].append((not r['apart'] and post[i] >= p, r['truth']))
            outs[s] = {p: school_means(res[p]) for p in ps}
        for p in ps:
            print('tau0 %.2f prior %s p %.2f  ' % (tau0, (a, b), p) + ' | '.join('%s %.3f/%.3f/%.3f (%d)' % ((s,) + outs[s][p]) for s in sets), flush=True)

pace = lambda r: (r['paceRecent'], r['paceSd'] ** 2) if r['paceRecent'] is not None else None
if __name__ == '__main__':
    run(sys.argv[1:], pace, tau0s=(0.05, 0.15, 0.3), priors=((1, 9), (2, 18), (1, 1)))
