import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { pupilLabel } from '@/domain/pupil-label';
import type { LocalText, Pupil, RosterEntry } from '@/domain/model';
import type { Locale } from '@/i18n/format';

export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}

/** A pupil's display name: roster name, or "Leerling n". Never the pseudonym. */
export function usePupilName(): (pupil: Pupil, roster: RosterEntry | null | undefined) => string {
  const { t } = useTranslation();
  return useCallback(
    (pupil, roster) => {
      const label = pupilLabel(pupil, roster);
      return label.kind === 'name' ? label.text : t('common.pupilPlaceholder', { number: label.number });
    },
    [t],
  );
}

/** Project text in the current language. */
export function useLocalText(): (text: LocalText) => string {
  const locale = useLocale();
  return useCallback((text) => text[locale], [locale]);
}

/** A group's display name: its (unsealed) name, "Zonder groep", or "Groep n" while names are locked. */
export function useGroupName(): (group: { id: string; name: string }, position: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (group, position) =>
      group.id === 'zonder-groep' ? t('common.unassignedGroup') : group.name || t('common.groupPlaceholder', { n: position + 1 }),
    [t],
  );
}
