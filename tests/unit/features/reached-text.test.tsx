import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Reached } from '@/adapters/port';
import { createI18n } from '../../support/i18n';
import { useReachedText } from '@/features/connectors/use-reached-text';
import type { Locale } from '@/i18n/format';

function Shown({ reached }: { reached: readonly Reached[] }) {
  const text = useReachedText();
  return (
    <ul>
      {reached.map((item, index) => (
        <li key={index}>{text(item)}</li>
      ))}
    </ul>
  );
}

const ALL: readonly Reached[] = [
  { code: 'caliper', params: { events: null } },
  { code: 'caliper', params: { events: 1234 } },
  { code: 'xapi', params: { versions: '1.0.3', host: 'lrs.example' } },
  { code: 'blokkodo', params: { school: 'demo-school', classes: 3 } },
  { code: 'oneroster', params: { lineItems: 1, total: false } },
  { code: 'oneroster', params: { lineItems: 2500, total: true } },
  { code: 'file', params: { name: 'lvs.xml' } },
];

const shown = (locale: Locale) => {
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <Shown reached={ALL} />
    </I18nextProvider>,
  );
  return screen.getAllByRole('listitem').map((item) => item.textContent);
};

describe('what a connection test reached, in words', () => {
  it('in Dutch', () => {
    expect(shown('nl')).toEqual([
      'Verbinding gelukt: Caliper-eventstore bereikbaar',
      'Verbinding gelukt: Caliper-eventstore bereikbaar, 1.234 events',
      'Verbinding gelukt: xAPI 1.0.3 op lrs.example',
      'Verbinding gelukt: schoolcode demo-school, 3 klassen',
      'Verbinding gelukt: OneRoster-cijferlijst bereikbaar (1 lineItems op de eerste pagina)',
      'Verbinding gelukt: OneRoster-cijferlijst bereikbaar, 2.500 lineItems',
      'Bestand herkend: lvs.xml',
    ]);
  });

  it('in English', () => {
    expect(shown('en')).toEqual([
      'Connected: Caliper event store reachable',
      'Connected: Caliper event store reachable, 1,234 events',
      'Connected: xAPI 1.0.3 at lrs.example',
      'Connected: school code demo-school, 3 classes',
      'Connected: OneRoster gradebook reachable (1 line items on the first page)',
      'Connected: OneRoster gradebook reachable, 2,500 line items',
      'File recognised: lvs.xml',
    ]);
  });
});
