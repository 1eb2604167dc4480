"""Decision 044: the truly stuck pupils the oracle lists and the rule misses, and what their data look like,
beside the stuck pupils the rule lists and its false alarms. `python3 missed.py alt stress`"""
import sys, statistics as st
from common import load, means
import collections

def med(xs):
    xs = [x for x in xs if x is not None]
    return round(st.median(xs), 3) if xs else None

for s in sys.argv[1:]:
    data = load(s)
    per = collections.defaultdict(list); oper = collections.defaultdict(list)
    cats = collections.defaultdict(list)
    for school, rows in data.items():
        for r in rows:
            per[school].append((r['flag'], r['truth'])); oper[school].append((r['oflag'], r['truth']))
            if r['truth'] and r['oflag'] and not r['flag'] and not r['apart']: cats['stuck: oracle yes, rule no'].append(r)
            elif r['truth'] and r['oflag'] and r['flag']: cats['stuck: both'].append(r)
            elif r['truth'] and not r['oflag'] and not r['flag']: cats['stuck: neither'].append(r)
            elif r['truth'] and r['flag'] and not r['oflag']: cats['stuck: rule only'].append(r)
            elif r['truth'] and r['apart']: cats['stuck: apart'].append(r)
            elif not r['truth'] and r['flag']: cats['false alarm of the rule'].append(r)
            elif not r['truth'] and r['oflag']: cats['false alarm of the oracle only'].append(r)
            else: cats['not stuck, not listed'].append(r)
    print(f'== {s}: rule %.3f / %.3f / %.3f (%d); oracle %.3f / %.3f / %.3f (%d)' % (*means(per), *means(oper)))
    print('category | n | oracle | course P(slower) | pace | pace sd | behind z | fall z | results in look-back | before | goals in lb | true level | true gain | listed w/o gate')
    for name, rs in sorted(cats.items()):
        print(f'{name} | {len(rs)} | {med([r["oracle"] for r in rs])} | {med([r["slower"] for r in rs])} | {med([r["paceRecent"] for r in rs])} | {med([r["paceSd"] for r in rs])} | {med([r["behind"] for r in rs])} | {med([r["fall"] for r in rs])} | {med([r["within"] for r in rs])} | {med([r["beforeCount"] for r in rs])} | {med([r["goalsWithin"] for r in rs])} | {med([r["level"] for r in rs])} | {med([r["gain"] for r in rs])} | {sum(1 for r in rs if r["noGate"])}')
