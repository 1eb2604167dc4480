"""Decision 044: raw features of a pupil from the dump's results (obs: source, goal, days before now, evidence, test)."""
import statistics as st

def sittings(obs, lo, hi):
    """(source, day) sittings with results between lo and hi days before now: each sitting's mean evidence."""
    s = {}
    for src, g, d, v, t in obs:
        if lo <= d < hi: s.setdefault((src, int(d)), []).append(v)
    return {k: sum(v) / len(v) for k, v in s.items()}

def raw(r, lb=21):
    obs = r['obs']
    within = [v for s, g, d, v, t in obs if d < lb]; before = [v for s, g, d, v, t in obs if lb <= d < 2 * lb]
    # same source x goal: within minus before
    diffs = []
    cells = {}
    for s, g, d, v, t in obs:
        if d < 2 * lb: cells.setdefault((s, g), [[], []])[0 if d < lb else 1].append(v)
    for (s, g), (w, b) in cells.items():
        if w and b: diffs.append((sum(w) / len(w) - sum(b) / len(b), min(len(w), len(b))))
    diff = sum(x * n for x, n in diffs) / sum(n for _, n in diffs) if diffs else None
    return {
        'rawWithin': st.mean(within) if within else None,
        'rawBefore': st.mean(before) if before else None,
        'cellDiff': diff,
        'sitW': len(sittings(obs, 0, lb)), 'sitB': len(sittings(obs, lb, 2 * lb)),
        'nW': len(within), 'nB': len(before),
        'srcs': len({s for s, g, d, v, t in obs if d < lb}),
    }
