"""Decision 044: which of the rule's conditions turns down the truly stuck the oracle lists (each condition loosened on
its own), and what loosening it costs. The dumps, from the repository root:
  node tests/sim/dump-needs-help.mjs SET /tmp/nh3/var-SET.jsonl --variants "$V"   (SET default, alt, stress)
with V =
{"noCredible":{"credibleBy":null},"noEnough":{"resultsShareToList":null},"noUsual":{"usualGrowthShortBy":null},"noOwnRise":{"ownRiseCredible":null},"noCap":{"maxGrowthShare":null},"keptUp1":{"keptUpCredible":0},"keptUpHalf":{"keptUpBelow":0.6},"noBefore":{"learningAsksResultsBefore":false},"noGateNoUsualNoCredible":{"courseSureSlowerToList":null,"usualGrowthShortBy":null,"credibleBy":null},"looseOld":{"usualGrowthShortBy":null,"ownRiseCredible":null,"keptUpCredible":0,"keptUpBelow":0.6,"maxGrowthShare":null}}"""
import sys, json, collections, os
from common import load_variants, load, means, WEEK
for s in sys.argv[1:]:
    data = load(s)
    var = load_variants(s)
    names = list(next(iter(var.values()))['variants'])
    print(f'== {s}')
    print('variant | mean P / R / F1 (listed) | of the stuck the oracle lists and the rule misses: listed now | new false alarms | false alarms dropped')
    for n in ['(rule)'] + names:
        per = collections.defaultdict(list); rec = 0; newfa = 0; dropfa = 0
        for school, rows in data.items():
            for r in rows:
                v = var[(school, r['pupil'])]
                assert v['flag'] == r['flag']
                l = r['flag'] if n == '(rule)' else v['variants'][n]
                per[school].append((l, r['truth']))
                if r['truth'] and r['oflag'] and not r['flag'] and not r['apart'] and l: rec += 1
                if not r['truth'] and l and not r['flag']: newfa += 1
                if not r['truth'] and r['flag'] and not l: dropfa += 1
        print(f'{n} | %.3f / %.3f / %.3f (%d) | {rec} | {newfa} | {dropfa}' % means(per))
