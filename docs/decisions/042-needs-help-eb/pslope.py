"""Decision 042, D: slope of the results over 3 or 6 weeks, one intercept per pupil, normal prior and mixture."""
import os, sys, collections, math, itertools
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eb import load, pupil_obs, slopes, eb, school_means, dump
from auc import auc
from mix import em
import numpy as np
from scipy.stats import norm
for s in sys.argv[1:]:
    groups = load(dump(s))
    for scale, window in itertools.product(['rank', 'raw'], [21, 42]):
        truth, sc = [], []
        res = collections.defaultdict(lambda: collections.defaultdict(list))
        for (school, g), rows in groups.items():
            f, _ = slopes(pupil_obs(rows, scale, window), 'p')
            e = eb(f, 'mean')
            idx = [i for i, x in enumerate(f) if x]
            w = em(np.array([f[i][0] / max(1e-9, e[0]) for i in idx]), np.array([f[i][1] / max(1e-9, e[0]) ** 2 for i in idx]), 0.15, 2, 18)[0] if e and e[0] > 0 else None
            mixp = [0.0] * len(rows)
            if w is not None:
                for k, i in enumerate(idx): mixp[i] = w[k]
            for i, r in enumerate(rows):
                truth.append(r['truth']); sc.append(-f[i][0] / math.sqrt(f[i][1]) if f[i] else None)
                for c, p in itertools.product([0.25, 0.5], [0.5, 0.8, 0.95]):
                    post = e[2][i] if e else None
                    listed = bool(post) and e[0] > 0 and not r['apart'] and norm.cdf((c * e[0] - post[0]) / math.sqrt(post[1])) >= p
                    res[('normal', c, p)][school].append((listed, r['truth']))
                for p in [0.5, 0.8, 0.95]:
                    res[('mix', 0, p)][school].append((not r['apart'] and mixp[i] >= p, r['truth']))
        print(s, scale, window, 'AUC %.3f cov %.2f' % (auc(sc, truth), sum(x is not None for x in sc) / len(sc)))
        for k, v in res.items(): print('   ', k, '%.3f/%.3f/%.3f (%d)' % school_means(v))
