"""Decision 042: how reliable each look-back growth measure looks by the method of moments, and how it ranks with the true gain."""
import os, sys, collections, math
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eb import load, pupil_obs, slopes, eb, dump
from growth import growth, eb as eb2
import numpy as np
from scipy.stats import spearmanr
for s in sys.argv[1:]:
    stats = collections.defaultdict(list); est = collections.defaultdict(list); gains = collections.defaultdict(list)
    for (school, g), rows in load(dump(s)).items():
        for name, f in [('B raw same-goal diff', growth(rows, 'raw', 'g')), ('C raw look-back slope', slopes(pupil_obs(rows, 'raw', 21), 'sg')[0]), ('D raw 6-week slope', slopes(pupil_obs(rows, 'raw', 42), 'p')[0])]:
            e = eb2(f)
            if not e: continue
            mu, tau2, _ = e
            v = [x[1] for x in f if x]
            stats[name].append(tau2 / (tau2 + float(np.median(v))))
            for x, r in zip(f, rows):
                if x: est[name].append(x[0]); gains[name].append(r['gain'])
    for name in stats:
        print(s, name, 'reliability median %.2f (10%% %.2f, 90%% %.2f)' % tuple(np.percentile(stats[name], [50, 10, 90])), 'spearman with true gain %.2f' % spearmanr(est[name], gains[name]).statistic, 'n', len(est[name]))
