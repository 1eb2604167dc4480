import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, pageMessagesOf, startI18n } from '@/app/i18n';
import { LanguageSwitch } from '@/app/language-switch';

// The app starts with the active language's messages only (decision 028): English is loaded when asked for.
describe('language switch', () => {
  it('loads English when a Dutch start switches to it', async () => {
    const i18n = createI18n('nl');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    render(
      <I18nextProvider i18n={i18n}>
        <LanguageSwitch />
      </I18nextProvider>,
    );
    await userEvent.selectOptions(screen.getByLabelText('Taal'), 'English');
    expect(await screen.findByLabelText('Language')).toHaveValue('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('has English before the first render when English was chosen before', async () => {
    const i18n = await startI18n('en');
    expect(i18n.t('common.language.label')).toBe('Language');
  });

  // The other pages' messages load with the first other page (decision 035), in each language the page has or gets.
  it("adds the other pages' messages when asked, to Dutch and to English loaded before or after", async () => {
    const i18n = createI18n('nl');
    expect(i18n.exists('sources.title')).toBe(false);
    await pageMessagesOf(i18n);
    expect(i18n.t('sources.title')).toBe('Bronnen');
    await i18n.changeLanguage('en');
    expect(i18n.t('sources.title')).toBe('Sources');
    expect(i18n.t('common.language.label')).toBe('Language');

    const english = await startI18n('en');
    expect(english.exists('sources.title')).toBe(false);
    await pageMessagesOf(english);
    expect(english.t('sources.title')).toBe('Sources');
  });
});
