import type { SourceId } from '../ids';
import type { Result } from '../model';

export interface SourceActivity {
  readonly source: SourceId;
  /** Latest activity (ISO). */
  readonly time: string;
  readonly count: number;
}

/** Per source: the latest activity and how many results it holds, most recent source first. */
export function latestActivity(results: readonly Result[]): SourceActivity[] {
  const bySource = new Map<SourceId, { time: string; count: number }>();
  for (const result of results) {
    const entry = bySource.get(result.source);
    if (!entry) bySource.set(result.source, { time: result.time, count: 1 });
    else {
      entry.count += 1;
      if (Date.parse(result.time) > Date.parse(entry.time)) entry.time = result.time;
    }
  }
  return [...bySource].map(([source, entry]) => ({ source, ...entry })).sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
}
