import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '@/ui/use-media-query';

/** The width below which the header folds (header.css). */
export const PHONE_QUERY = '(max-width: 48rem)';

/**
 * On a phone the header folds its menu behind a button; the teacher's own pages stay one tap
 * away in a bar under the header that stays in view (hidden on wider screens and on paper).
 * `carry` keeps the chosen group, line and filters, as the menu does. On a wide screen it is not
 * rendered at all, so the page has one set of links to its pages, not a hidden second one.
 */
export function TabBar({ carry }: { carry: (path: string) => string }) {
  const { t } = useTranslation();
  const phone = useMediaQuery(PHONE_QUERY);
  const tabs = [
    ['/klas', t('shell.tabs.classOverview')],
    ['/hulp', t('shell.tabs.needsHelp')],
    ['/leerlijnen', t('shell.tabs.learningLines')],
    ['/rubrics', t('shell.tabs.rubrics')],
    ['/rapport', t('shell.tabs.report')],
  ] as const;
  if (!phone) return null;
  return (
    <nav className="tab-bar" aria-label={t('shell.tabs.label')}>
      <ul>
        {tabs.map(([path, label]) => (
          <li key={path}>
            <NavLink to={carry(path)}>{label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
