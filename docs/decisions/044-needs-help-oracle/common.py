"""Decision 044: load decision 042's needs-help dumps (tests/sim/dump-needs-help.mjs) beside the oracle's dump
(tests/sim/dump-oracle.mjs), keyed by (school, pupil), at one week."""
import json, os, collections

DUMPS = os.environ.get('NH2_DUMPS', '/tmp')
ORACLE = os.environ.get('NH3_ORACLE', '/tmp/nh3')
WEEK = int(os.environ.get('WEEK', '6'))


def load_variants(s):
    """The rule's variants per pupil (dump-needs-help.mjs --variants, in /tmp/nh3/var-SET.jsonl) at WEEK, keyed by (school, pupil)."""
    var = {}
    for line in open(f'/tmp/nh3/var-{s}.jsonl'):
        r = json.loads(line)
        if r['week'] == WEEK: var[(r['school'], r['pupil'])] = r
    return var


def best_f1(post, truth):
    """The oracle's threshold as tests/sim/needs-help-oracle.ts bestF1 chooses it (on the truth): cut between different posteriors."""
    order = sorted(zip(post, truth), key=lambda x: -x[0])
    pos = sum(truth); tp = fp = 0; best = (0.0, 1.0)
    for i, (p, t) in enumerate(order):
        if t: tp += 1
        else: fp += 1
        if i + 1 < len(order) and order[i + 1][0] == p: continue
        f1 = 2 * tp / (2 * tp + fp + (pos - tp)) if tp else 0.0
        if f1 > best[0]: best = (f1, p)
    return best[1]


def load(s, week=WEEK):
    """{school: [rows in pupil order]} with row['oracle'] (posterior) and row['oflag'] (above the school's best-F1 threshold)."""
    rows = collections.defaultdict(list)
    with open(f'{DUMPS}/nh2-{s}.jsonl') as f:
        for line in f:
            r = json.loads(line)
            if r['week'] == week: rows[r['school']].append(r)
    oracle = {}
    with open(f'{ORACLE}/oracle-{s}.jsonl') as f:
        for line in f:
            o = json.loads(line)
            if o['week'] == week: oracle[(o['school'], o['pupil'])] = o
    for school, rs in rows.items():
        for r in rs:
            o = oracle[(school, r['pupil'])]
            assert o['truth'] == r['truth'], (s, school, r['pupil'])
            r['oracle'] = o['oracle']
        t = best_f1([r['oracle'] for r in rs], [r['truth'] for r in rs])
        for r in rs: r['oflag'] = r['oracle'] >= t
        rs.sort(key=lambda r: r['pupil'])
    return rows


def prf(pairs):
    tp = sum(1 for l, t in pairs if l and t); fp = sum(1 for l, t in pairs if l and not t); fn = sum(1 for l, t in pairs if t and not l)
    p = tp / (tp + fp) if tp + fp else None; r = tp / (tp + fn) if tp + fn else None
    f = 2 * tp / (2 * tp + fp + fn) if tp else (0.0 if tp + fp + fn else None)
    return p, r, f


def means(per_school):
    """Mean over schools of P / R / F1 (a school listing nobody has no precision), and the count listed."""
    ps, rs, fs, n = [], [], [], 0
    for pairs in per_school.values():
        p, r, f = prf(pairs)
        if p is not None: ps.append(p)
        if r is not None: rs.append(r)
        if f is not None: fs.append(f)
        n += sum(1 for l, _ in pairs if l)
    m = lambda x: sum(x) / len(x) if x else float('nan')
    return m(ps), m(rs), m(fs), n
