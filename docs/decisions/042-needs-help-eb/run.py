"""Decision 042, C: slope in the look-back per source x goal (or goal) cell, normal empirical-Bayes prior."""
import os, sys, itertools, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eb import *
import numpy as np
from scipy.stats import norm

def features(groups, scale, window, cell, center):
    out = []  # (school, truth, flag, apart, prob-function inputs)
    for (school, g), rows in groups.items():
        obs = pupil_obs(rows, scale, window)
        fitted, noise = slopes(obs, cell)
        e = eb(fitted, center)
        for i, r in enumerate(rows):
            post = e[2][i] if e else None
            out.append(dict(school=school, truth=r['truth'], flag=r['flag'], apart=r['apart'], mu=e[0] if e else None,
                            tau2=e[1] if e else None, post=post, raw=fitted[i], r=r))
    return out

def evaluate(feats, c, pstar, extra=None):
    res = collections.defaultdict(list)
    for f in feats:
        listed = False
        if f['post'] is not None and not f['apart'] and f['mu'] > 0:
            m, v = f['post']
            prob = norm.cdf((c * f['mu'] - m) / math.sqrt(v))
            listed = prob >= pstar
            if extra: listed = extra(f, listed)
        res[f['school']].append((listed, f['truth']))
    return school_means(res)

def current(feats):
    res = collections.defaultdict(list)
    for f in feats: res[f['school']].append((f['flag'], f['truth']))
    return school_means(res)

if __name__ == '__main__':
    sets = sys.argv[1:]
    groups = {s: load(dump(s)) for s in sets}
    for s in sets:
        print(s, 'current', '%.3f %.3f %.3f (%d)' % current(features(groups[s], 'raw', 21, 'sg', 'mean')))
    for scale, window, cell, center in itertools.product(['rank', 'raw'], [21], ['sg', 'g'], ['mean', 'robust']):
        feats = {s: features(groups[s], scale, window, cell, center) for s in sets}
        for c, pstar in itertools.product([0.25, 0.5], [0.5, 0.7, 0.9]):
            print(scale, window, cell, center, c, pstar, ' | '.join('%s %.3f %.3f %.3f (%d)' % ((s,) + evaluate(feats[s], c, pstar)) for s in sets), flush=True)
