import { useTranslation } from 'react-i18next';
import type { SloImportPlan, SloInvalidEntity, SloNamed } from '@/curriculum/slo-import';

interface ImportSummaryProps {
  readonly id: string;
  readonly heading: string;
  readonly fileName: string;
  readonly collections: ReadonlyArray<{ readonly name: string; readonly entities: number }>;
  readonly plan: SloImportPlan;
}

const SHOWN = 20;

/** What an SLO file adds, refreshes, replaces and skips (with reasons): before the import and as its result. */
export function ImportSummary({ id, heading, fileName, collections, plan }: ImportSummaryProps) {
  const { t } = useTranslation();
  const named = (goal: SloNamed) => goal.title ?? t('curriculum.summary.unknownGoal', { id: goal.id });
  const reason = (entity: SloInvalidEntity) => t(`curriculum.summary.reason.${entity.reason}`, { id: entity.id ?? '', field: entity.field ?? '' });
  const counts = [
    ['added', plan.added.length],
    ['builtIn', plan.builtIn.length],
    ['refreshed', plan.refreshed.length],
    ['unchanged', plan.unchanged],
    ['replaced', plan.replaced.length],
    ['replacedOthers', plan.replacedOthers],
    ['unreleased', plan.unreleased.length],
    ['invalid', plan.invalid.length],
    ['others', plan.others],
  ] as const;
  const nothing = plan.added.length + plan.builtIn.length + plan.refreshed.length + plan.unchanged + plan.replaced.length + plan.replacedOthers === 0;
  const list = <T,>(items: readonly T[], render: (item: T) => string, key: (item: T, index: number) => string) => (
    <ul>
      {items.slice(0, SHOWN).map((item, index) => (
        <li key={key(item, index)}>{render(item)}</li>
      ))}
      {items.length > SHOWN ? <li className="muted">{t('curriculum.summary.more', { count: items.length - SHOWN })}</li> : null}
    </ul>
  );
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id} tabIndex={-1}>
        {heading}
      </h2>
      <p>{t('curriculum.summary.file', { name: fileName })}</p>
      <p className="muted">
        {t('curriculum.summary.collections', {
          collections: collections
            .map((collection) => t('curriculum.summary.collection', { name: collection.name, count: collection.entities }))
            .join(', '),
        })}
      </p>
      <dl className="summary-counts">
        {counts.map(([key, count]) => (
          <div key={key}>
            <dt>{t(`curriculum.summary.${key}`)}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
      {nothing ? <p>{t('curriculum.summary.nothing')}</p> : null}
      {plan.added.length > 0 ? (
        <>
          <h3>{t('curriculum.summary.added')}</h3>
          {list(
            plan.added,
            (goal) => goal.title,
            (goal) => goal.id,
          )}
        </>
      ) : null}
      {plan.refreshed.length > 0 ? (
        <>
          <h3>{t('curriculum.summary.refreshed')}</h3>
          {list(
            plan.refreshed,
            ({ goal, before }) => t('curriculum.summary.refreshedItem', { before: before ?? '', after: goal.title }),
            ({ goal }) => goal.id,
          )}
        </>
      ) : null}
      {plan.replaced.length > 0 ? (
        <>
          <h3>{t('curriculum.summary.replaced')}</h3>
          {list(
            plan.replaced,
            (item) => t('curriculum.summary.replacedItem', { old: named(item), successors: item.successors.map(named).join('; ') }),
            (item) => item.id,
          )}
        </>
      ) : null}
      {plan.unreleased.length > 0 ? (
        <>
          <h3>{t('curriculum.summary.unreleased')}</h3>
          {list(plan.unreleased, named, (item) => item.id)}
        </>
      ) : null}
      {plan.invalid.length > 0 ? (
        <>
          <h3>{t('curriculum.summary.invalid')}</h3>
          {list(
            plan.invalid,
            (entity) => t('curriculum.summary.invalidItem', { collection: entity.collection, position: entity.position, reason: reason(entity) }),
            (entity) => `${entity.collection}-${entity.position}`,
          )}
        </>
      ) : null}
    </section>
  );
}
