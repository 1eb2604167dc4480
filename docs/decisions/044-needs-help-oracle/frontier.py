"""Decision 044: the oracle's precision and recall at fixed posterior thresholds (not chosen on the truth), alone and
added to the rule (the rule, or the oracle at p): how much F1 any added listing path could buy at the rule's precision."""
import sys, collections
from common import load, means
for s in sys.argv[1:]:
    data = load(s)
    print(f'== {s}')
    print('threshold | oracle alone P / R / F1 (listed) | rule or oracle P / R / F1 (listed) | rule and oracle')
    for p in (0.99, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2):
        a = collections.defaultdict(list); b = collections.defaultdict(list); c = collections.defaultdict(list)
        for school, rows in data.items():
            for r in rows:
                o = r['oracle'] >= p and not r['apart']
                a[school].append((o, r['truth'])); b[school].append((o or r['flag'], r['truth'])); c[school].append((o and r['flag'], r['truth']))
        print(f'{p} | ' + ' | '.join('%.3f / %.3f / %.3f (%d)' % means(x) for x in (a, b, c)))
