"""Decision 044: the rule's false alarms beside its true positives, one by one (what might tell them apart)."""
import sys, collections, statistics as st
from common import load
from raw import raw
for s in sys.argv[1:]:
    data = load(s)
    print(f'== {s}')
    for school, rows in data.items():
        for r in rows:
            if not r['flag']: continue
            f = raw(r)
            tag = 'TP' if r['truth'] else 'FA'
            print(f"{tag} {school}:{r['pupil']} oracle {r['oracle']:.2f} gain {r['gain']} level {r['level']} slower {r['slower']} pace {r['paceRecent']}±{r['paceSd']} behind {r['behind']} fall {r['fall']} n {r['within']}/{r['beforeCount']} sit {f['sitW']}/{f['sitB']} goals {r['goalsWithin']} raw {f['rawWithin'] and round(f['rawWithin'],2)}/{f['rawBefore'] and round(f['rawBefore'],2)} cellDiff {f['cellDiff'] and round(f['cellDiff'],3)} trend {r['trend'] and round(r['trend']['slope']/max(1e-9,r['trend']['standardError']),2)} reasons {'+'.join(sorted(set(x[:5] for x in r['reasons'])))}")
