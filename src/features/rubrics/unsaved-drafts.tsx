import { useTranslation } from 'react-i18next';
import type { PendingDraft } from './use-entry-drafts';

interface UnsavedProps {
  readonly pending: readonly PendingDraft[];
  /** The rubric's title and the group's name, as the selects show them. */
  readonly namesOf: (pending: PendingDraft) => { rubric: string; group: string };
  readonly onOpen: (pending: PendingDraft) => void;
}

/** Unsaved entries in other rubrics or groups: named, counted, one step away; announced as they appear. */
export function UnsavedDrafts({ pending, namesOf, onOpen }: UnsavedProps) {
  const { t } = useTranslation();
  if (pending.length === 0) return null;
  return (
    <div role="status" className="notice">
      {pending.map((item) => {
        const names = namesOf(item);
        return (
          <p key={`${item.rubric}|${item.group}`}>
            {t('rubrics.unsaved.line', { count: item.n, ...names })}{' '}
            <button type="button" className="secondary" onClick={() => onOpen(item)}>
              {t('rubrics.unsaved.open', names)}
            </button>
          </p>
        );
      })}
    </div>
  );
}
