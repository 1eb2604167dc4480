"""Decision 042: D with each standard error widened by the group's own spread of t statistics."""
import os, sys, collections, math, itertools
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eb import load, pupil_obs, slopes, eb, school_means, dump
import numpy as np
from scipy.stats import norm
sets = sys.argv[1:]
data = {s: load(dump(s)) for s in sets}
for scale, window, cell in itertools.product(['rank', 'raw'], [42], ['p', 'g']):
    out = {}
    for s in sets:
        res = collections.defaultdict(lambda: collections.defaultdict(list))
        for (school, g), rows in data[s].items():
            f, _ = slopes(pupil_obs(rows, scale, window), cell)
            idx = [i for i, x in enumerate(f) if x]
            if len(idx) >= 4:
                b = np.array([f[i][0] for i in idx]); se = np.sqrt([f[i][1] for i in idx])
                t = (b - np.median(b)) / se
                k = max(1.0, 1.4826 * float(np.median(np.abs(t - np.median(t)))))
                f = [(x[0], x[1] * k * k) if x else None for x in f]
            e = eb(f, 'mean')
            for i, r in enumerate(rows):
                post = e[2][i] if e else None
                for c, p in itertools.product([0.0, 0.25, 0.5], [0.5, 0.8, 0.95]):
                    listed = bool(post) and e[0] > 0 and not r['apart'] and norm.cdf((c * e[0] - post[0]) / math.sqrt(post[1])) >= p
                    res[(c, p)][school].append((listed, r['truth']))
        out[s] = {k: school_means(v) for k, v in res.items()}
    for k in out[sets[0]]:
        print(scale, window, cell, k, ' | '.join('%s %.3f/%.3f/%.3f (%d)' % ((s,) + out[s][k]) for s in sets))
