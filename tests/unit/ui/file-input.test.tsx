import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../support/i18n';
import type { Locale } from '@/i18n/format';
import { FileInput } from '@/ui/file-input';

function renderField(locale: Locale, multiple: boolean, onChange = vi.fn()) {
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <label htmlFor="bestand">Exportbestanden</label>
      <FileInput id="bestand" multiple={multiple} onChange={onChange} />
    </I18nextProvider>,
  );
  return onChange;
}

describe('a file field in the page language', () => {
  it('says "Bestanden kiezen" on a Dutch page, keeps the native input under its own label, and names what was chosen', async () => {
    const onChange = renderField('nl', true);
    expect(screen.getByText('Bestanden kiezen')).toBeInTheDocument();
    expect(screen.getByText('Nog geen bestand gekozen')).toBeInTheDocument();
    const input = screen.getByLabelText('Exportbestanden');
    expect(input).toHaveAttribute('type', 'file');
    await userEvent.upload(input, [new File(['a'], 'toetsen.csv', { type: 'text/csv' }), new File(['b'], 'april.csv', { type: 'text/csv' })]);
    expect(screen.getByText('toetsen.csv, april.csv')).toBeInTheDocument();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('speaks English on an English page, one file at a time', () => {
    renderField('en', false);
    expect(screen.getByText('Choose a file')).toBeInTheDocument();
    expect(screen.getByText('No file chosen yet')).toBeInTheDocument();
  });
});
