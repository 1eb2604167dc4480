"""Decision 044: the truly stuck pupils the oracle lists and the rule misses, one by one, with what their results say."""
import sys, json, collections, statistics as st
from common import load, ORACLE, WEEK
from raw import raw

def gen(s):
    out = {}
    for line in open(f'{ORACLE}/oracle-{s}.jsonl'):
        o = json.loads(line)
        if o['week'] == WEEK: out[(o['school'], o['pupil'])] = o
    return out

def pct(v, vs):
    vs = [x for x in vs if x is not None]
    return None if v is None or not vs else round(sum(1 for x in vs if x < v) / len(vs), 2)

for s in sys.argv[1:]:
    data = load(s); g = gen(s)
    cats = collections.defaultdict(list)
    for school, rows in data.items():
        by = collections.defaultdict(list)
        for r in rows: by[r['group']].append(r)
        for grp, rs in by.items():
            feats = [raw(r) for r in rs]
            lv = [f['rawWithin'] for f in feats]
            for r, f in zip(rs, feats):
                f['levelPct'] = pct(f['rawWithin'], lv)
                f['stalled'] = g[(school, r['pupil'])]['stalled']
                r['_f'] = f
                if r['apart']: continue
                key = ('stuck' if r['truth'] else 'not stuck') + ' / oracle ' + ('yes' if r['oflag'] else 'no') + ' / rule ' + ('yes' if r['flag'] else 'no')
                cats[key].append(r)
    print(f'== {s}')
    cols = ['oracle', 'slower', 'paceRecent', 'behind', 'fall', 'within', 'goalsWithin', 'level', 'gain']
    fcols = ['rawWithin', 'rawBefore', 'cellDiff', 'levelPct', 'sitW', 'sitB', 'nW', 'srcs']
    print('category | n | generative stall | ' + ' | '.join(cols + fcols))
    for k in sorted(cats):
        rs = cats[k]
        med = lambda xs: (lambda ys: round(st.median(ys), 3) if ys else None)([x for x in xs if x is not None])
        print(f'{k} | {len(rs)} | {sum(r["_f"]["stalled"] for r in rs)} | ' + ' | '.join(str(med([r[c] for r in rs])) for c in cols) + ' | ' + ' | '.join(str(med([r['_f'][c] for r in rs])) for c in fcols))
    print('-- stuck, oracle yes, rule no, one by one:')
    for r in sorted(cats['stuck / oracle yes / rule no'], key=lambda r: -r['oracle'])[:40]:
        f = r['_f']
        print(f"  {r['school']}:{r['pupil']} oracle {r['oracle']:.2f} slower {r['slower']} pace {r['paceRecent']}±{r['paceSd']} behind {r['behind']} fall {r['fall']} n {r['within']}/{r['beforeCount']} sit {f['sitW']}/{f['sitB']} raw {f['rawWithin'] and round(f['rawWithin'],2)} (pct {f['levelPct']}) cellDiff {f['cellDiff'] and round(f['cellDiff'],3)} stall {f['stalled']} noGate {r['noGate']} level {r['level']} gain {r['gain']}")
