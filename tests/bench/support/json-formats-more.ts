import { blokkodoToResult } from '@/adapters/blokkodo/blokkodo.mapper';
import { BLOKKODO_DEFAULT_MAPPING } from '@/adapters/blokkodo/blokkodo.mapping';
import { blokkodoCompletionsPage } from '@/adapters/blokkodo/blokkodo.guard';
import { mapCaliperEvents } from '@/adapters/caliper/caliper.mapper';
import { eventsOfEnvelope } from '@/adapters/caliper/caliper.reader';
import { caliperEnvelopesPage } from '@/adapters/caliper/caliper.guard';
import { mapLeesvlinderSummaries } from '@/adapters/leesvlinder/leesvlinder.mapper';
import { LEESVLINDER_DEFAULT_MAPPING } from '@/adapters/leesvlinder/leesvlinder.mapping';
import { leesvlinderPage } from '@/adapters/leesvlinder/leesvlinder.guard';
import { pageFingerprint } from '@/adapters/oneroster/oneroster.cursor';
import { mapOneRosterResults, toLineItemInfo, type LineItemInfo } from '@/adapters/oneroster/oneroster.mapper';
import { toScoreScaleInfo, type ScoreScaleInfo } from '@/adapters/oneroster/oneroster.scales';
import { oneRosterResultsPage } from '@/adapters/oneroster/oneroster.guard';
import { sourceId } from '@/domain/ids';
import { DEMO_TODAY } from '../../../mocks/demo-school/calendar';
import { BLOKKODO_MAX_LIMIT } from '../../../mocks/suppliers/blokkodo/blokkodo.demo';
import { blokkodoCompletions } from '../../../mocks/suppliers/blokkodo/blokkodo.generator';
import { CALIPER_MAX_LIMIT } from '../../../mocks/suppliers/caliper/caliper.demo';
import { caliperEnvelopes } from '../../../mocks/suppliers/caliper/caliper.generator';
import { CALIPER_DEMO_MAPPING } from '../../../mocks/suppliers/caliper/caliper.mapping';
import { LEESVLINDER_MAX_PER_PAGE } from '../../../mocks/suppliers/leesvlinder/leesvlinder.demo';
import { leesvlinderData } from '../../../mocks/suppliers/leesvlinder/leesvlinder.generator';
import { ONEROSTER_MAX_LIMIT } from '../../../mocks/suppliers/oneroster/oneroster.demo';
import { oneRosterGradebook } from '../../../mocks/suppliers/oneroster/oneroster.generator';
import { ONEROSTER_DEMO_MAPPING } from '../../../mocks/suppliers/oneroster/oneroster.mapping';
import { ONEROSTER_DEMO_SCALES } from '../../../mocks/suppliers/oneroster/oneroster.scales';
import { counted, envelopeOf, jsonPages, type JsonFormat } from './json-pages';

/** A record with its id made distinct per round. */
const withId = <T extends object>(record: T, key: string, round: number): T => ({
  ...record,
  [key]: `${String((record as Record<string, unknown>)[key])}-r${round}`,
});

const caliper: JsonFormat = {
  name: 'Caliper',
  figure: 'Caliper envelopes page: parse + CaliperEnvelopesPage + eventsOfEnvelope + mapCaliperEvents',
  pageSize: CALIPER_MAX_LIMIT,
  pages: () =>
    jsonPages(
      caliperEnvelopes(),
      CALIPER_MAX_LIMIT,
      (envelopes, index) => ({ envelopes, next: `e-${(index + 1) * CALIPER_MAX_LIMIT}`, remaining: 1000 }),
      (envelope, round) => ({ ...envelope, data: envelope.data.map((event) => withId(event, 'id', round)) }),
    ),
  read: (bytes) => {
    const events: unknown[] = [];
    let broken = 0;
    for (const envelope of envelopeOf(bytes, caliperEnvelopesPage).envelopes) {
      const inner = eventsOfEnvelope(envelope);
      if (typeof inner === 'string') broken += 1;
      else events.push(...inner);
    }
    const mapped = mapCaliperEvents(events, { source: sourceId('caliper'), mapping: CALIPER_DEMO_MAPPING, now: DEMO_TODAY, resolveSloIds: () => [] });
    return {
      results: mapped.results.length,
      rejections: mapped.rejections.length + broken,
      skipped: Object.values(mapped.skipped).reduce((a, b) => a + b, 0),
    };
  },
};

const blokkodo: JsonFormat = {
  name: 'Blokkodo',
  figure: 'Blokkodo completions page: parse + BlokkodoCompletionsPage + blokkodoToResult per completion',
  pageSize: BLOKKODO_MAX_LIMIT,
  pages: () =>
    jsonPages(
      blokkodoCompletions(),
      BLOKKODO_MAX_LIMIT,
      (results, index) => ({
        results,
        meta: { offset: index * BLOKKODO_MAX_LIMIT, limit: BLOKKODO_MAX_LIMIT, count: 100_000 },
        links: { next: `https://api.blokkodo.example/v1/completions?offset=${(index + 1) * BLOKKODO_MAX_LIMIT}&limit=${BLOKKODO_MAX_LIMIT}` },
      }),
      (record, round) => withId(record, 'completion_id', round),
    ),
  read: (bytes) => {
    const context = { source: sourceId('blokkodo'), mapping: BLOKKODO_DEFAULT_MAPPING, now: DEMO_TODAY };
    let results = 0;
    let rejections = 0;
    for (const raw of envelopeOf(bytes, blokkodoCompletionsPage).results) {
      if ('result' in blokkodoToResult(raw, context)) results += 1;
      else rejections += 1;
    }
    return { results, rejections };
  },
};

const leesvlinder: JsonFormat = {
  name: 'Leesvlinder',
  figure: 'Leesvlinder weekly-summaries page: parse + LeesvlinderPage + mapLeesvlinderSummaries',
  pageSize: LEESVLINDER_MAX_PER_PAGE,
  pages: () =>
    jsonPages(
      leesvlinderData().items,
      LEESVLINDER_MAX_PER_PAGE,
      (items, index) => ({ page: index + 1, per_page: LEESVLINDER_MAX_PER_PAGE, total_pages: 1000, total_items: 250_000, items }),
      (item, round) => withId(item, 'id', round),
    ),
  read: (bytes) => {
    const ctx = { source: sourceId('leesvlinder'), mapping: LEESVLINDER_DEFAULT_MAPPING, now: DEMO_TODAY };
    return counted(mapLeesvlinderSummaries(envelopeOf(bytes, leesvlinderPage).items, ctx));
  },
};

/** The demo gradebook's line items, as loadLineItems reads them before the first results page. */
function demoLineItems(): ReadonlyMap<string, LineItemInfo> & { scales: ReadonlyMap<string, ScoreScaleInfo> } {
  const scales = new Map<string, ScoreScaleInfo>();
  for (const raw of ONEROSTER_DEMO_SCALES) {
    const read = toScoreScaleInfo(raw);
    if ('info' in read) scales.set(read.id, read.info);
  }
  const items = new Map<string, LineItemInfo>();
  for (const raw of oneRosterGradebook().lineItems) {
    const read = toLineItemInfo(raw, scales);
    if ('info' in read) items.set(read.id, read.info);
  }
  return Object.assign(items, { scales });
}

const oneRoster: JsonFormat = {
  name: 'OneRoster',
  figure: 'OneRoster results page: parse + OneRosterResultsPage + pageFingerprint + mapOneRosterResults (line items known)',
  pageSize: ONEROSTER_MAX_LIMIT,
  pages: () =>
    jsonPages(
      oneRosterGradebook().results,
      ONEROSTER_MAX_LIMIT,
      (results) => ({ results }),
      (record, round) => withId(record, 'sourcedId', round),
    ),
  read: (() => {
    let lineItems: ReturnType<typeof demoLineItems> | null = null;
    return (bytes: Uint8Array) => {
      lineItems ??= demoLineItems();
      const { results } = envelopeOf(bytes, oneRosterResultsPage);
      pageFingerprint(results);
      const ctx = {
        source: sourceId('oneroster'),
        mapping: ONEROSTER_DEMO_MAPPING,
        now: DEMO_TODAY,
        resolveSloIds: () => [],
        lineItems,
        scales: lineItems.scales,
      };
      const mapped = mapOneRosterResults(results, ctx);
      return { ...counted(mapped), skipped: Object.values(mapped.skipped).reduce((a, b) => a + b, 0) + mapped.voids.length };
    };
  })(),
};

/** Caliper, Blokkodo, Leesvlinder and OneRoster, in the order the bench prints them. */
export const MORE_JSON_FORMATS: readonly JsonFormat[] = [caliper, blokkodo, leesvlinder, oneRoster];
