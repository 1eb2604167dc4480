import { useTranslation } from 'react-i18next';

/** How many imported goals are left out and why; nothing when none are. */
export function HiddenImportedGoals({ hidden }: { readonly hidden: number }) {
  const { t } = useTranslation();
  return hidden > 0 ? <p className="muted">{t('learningLines.imported.hidden', { count: hidden })}</p> : null;
}
