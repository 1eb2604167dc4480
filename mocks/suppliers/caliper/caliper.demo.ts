/**
 * The demo school board's Caliper event store and the fictional "Digitaal Werkboek" whose
 * sensor fills it. What the ICT coordinator types in demo mode.
 */
export const CALIPER_DEMO = {
  endpoint: 'https://caliper.demo-schoolbestuur.example/events',
  credentials: { type: 'bearer', token: 'demo-caliper-token' },
} as const;

/** Largest page the demo store serves, and the page size it uses when none is asked for. */
export const CALIPER_MAX_LIMIT = 500;
export const CALIPER_DEFAULT_LIMIT = 100;

/** The digital workbook (fictional) that sends Caliper 1.2 events. */
export const WORKBOOK = 'https://werkboek.demo.invalid';
export const WORKBOOK_SENSOR = `${WORKBOOK}/sensor`;
export const WORKBOOK_GRADER = `${WORKBOOK}/nakijkhulp`;

export type WorkbookLevel = '1f' | '2f' | '1s';
export interface WorkbookChapter {
  readonly slug: string;
  readonly subject: 'arithmetic' | 'reading';
  /** The goal id this chapter's test and practice count towards; null = unmapped on purpose. */
  readonly goal: string | null;
  readonly level: WorkbookLevel;
}

const LEVELS: readonly WorkbookLevel[] = ['1f', '2f', '1s'];
const ARITHMETIC = ['getallen', 'verhoudingen', 'meten-meetkunde', 'verbanden'];
const READING = ['zakelijk', 'fictie'];

/** Every chapter of the workbook: arithmetic and reading per strand and level, plus "klokkijken", which no mapping covers. */
export const WORKBOOK_CHAPTERS: readonly WorkbookChapter[] = [
  ...ARITHMETIC.flatMap((strand) =>
    LEVELS.map((level) => ({ slug: `rekenen-${strand}-${level}`, subject: 'arithmetic' as const, goal: `rekenen.${strand}.${level}`, level })),
  ),
  ...READING.flatMap((strand) =>
    LEVELS.map((level) => ({ slug: `lezen-${strand}-${level}`, subject: 'reading' as const, goal: `lezen.${strand}.${level}`, level })),
  ),
  { slug: 'rekenen-klokkijken', subject: 'arithmetic', goal: null, level: '1f' },
];

/** A chapter (the target of ToolUseEvents) and its chapter test (the Assessment). */
export const chapterIri = (slug: string) => `${WORKBOOK}/hoofdstukken/${slug}`;
export const chapterTestIri = (slug: string) => `${chapterIri(slug)}/toets`;
