/**
 * The reason a teacher reads when the group's course model listed a pupil (decision 006, sixth robustness pass):
 * the share of the group's pace kept, instead of the share of the group's growth kept up with; nl first, en too.
 */
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltIn } from '@/curriculum/built-in.load';
import { renderHook } from '@testing-library/react';
import { adapterFor } from '@/adapters/registry';
import { AppProviders } from '@/app/app';
import { createI18n } from '../../support/i18n';
import { createQueryClient } from '@/app/query-client';
import { goalId } from '@/domain/ids';
import type { Reason } from '@/domain/progress/needs-help';
import { useReasonText } from '@/features/needs-help/use-reason-text';
import type { Locale } from '@/i18n/format';
import { SyncHub } from '@/ingest/sync-hub';
import { getCredentials } from '@/store/credentials.memory';
import { DEMO_NOW, freshDb } from '../../support/render-app';

function textOf(reason: Reason, locale: Locale) {
  const db = freshDb();
  const queryClient = createQueryClient();
  const hub = new SyncHub({ db, adapterFor, credentialsFor: getCredentials, onStored: () => undefined, retentionNow: () => DEMO_NOW });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppProviders db={db} queryClient={queryClient} i18n={createI18n(locale)} hub={hub} now={() => DEMO_NOW}>
      {children}
    </AppProviders>
  );
  return renderHook(() => useReasonText(), { wrapper }).result.current(reason);
}

const base = {
  kind: 'below-target-no-growth',
  goal: goalId('rekenen.getallen.1f'),
  weeks: 3,
  value: 0.31,
  growth: 0.01,
  target: 0.75,
  behindGroup: null,
} as const;

// Rendered here without the app's lazy routes, which load the built-in lines with every page but the class overview.
beforeAll(() => loadBuiltIn());

describe('the needs-help reason in words', () => {
  it('says the share of the group’s pace kept where the course model listed the pupil', () => {
    const text = textOf({ ...base, keptUp: null, pace: 0.12 }, 'nl');
    expect(text).toMatch(/Het groeiverloop van de groep laat zien: de laatste 3 weken ongeveer 12% van het tempo van de groep bijgehouden\.$/);
    expect(text).not.toMatch(/van de groei van de groep bijgehouden/);
    expect(textOf({ ...base, keptUp: null, pace: 0.12 }, 'en')).toMatch(/about 12% of the group’s pace kept over the last 3 weeks\.$/);
  });

  it('says the share of the group’s growth kept up with otherwise', () => {
    const text = textOf({ ...base, keptUp: 0.2 }, 'nl');
    expect(text).toMatch(/20% van de groei van de groep bijgehouden\.$/);
    expect(text).not.toMatch(/tempo/);
  });
});
