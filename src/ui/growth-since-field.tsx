import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultGrowthDate, GROWTH_DEFAULT_WEEKS, growthSinceInstant } from '@/domain/progress/growth-since';
import { formatDate } from '@/i18n/format';
import { useNow } from '@/ui/clock-context';
import { useLocale } from '@/ui/use-labels';

export interface GrowthSince {
  /** The date input's value (YYYY-MM-DD), as typed. */
  readonly date: string;
  readonly setDate: (date: string) => void;
  /** The instant growth is measured from (ISO): the chosen day, or the default when the input is no usable date. */
  readonly since: string;
  /** The input holds no usable date: the default is shown and the field says so. */
  readonly invalid: boolean;
}

/** The "growth since" date: six weeks ago until the teacher picks another day. */
export function useGrowthSince(): GrowthSince {
  const now = useNow();
  const fallback = defaultGrowthDate(now);
  const [date, setDate] = useState(fallback);
  const chosen = growthSinceInstant(date, now);
  return { date, setDate, since: chosen ?? (growthSinceInstant(fallback, now) as string), invalid: chosen === null };
}

/** A labelled date input "Groei sinds", with the default explained and an unusable date said in words. */
export function GrowthSinceField({ growth }: { growth: GrowthSince }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const hint = `${id}-hint`;
  const problem = `${id}-problem`;
  return (
    <div className="toolbar">
      <div>
        <label htmlFor={id}>{t('learningLines.growth.label')}</label>{' '}
        <input
          id={id}
          type="date"
          value={growth.date}
          aria-describedby={growth.invalid ? `${hint} ${problem}` : hint}
          aria-invalid={growth.invalid || undefined}
          onChange={(event) => growth.setDate(event.target.value)}
        />
        <p id={hint} className="muted">
          {t('learningLines.growth.hint', { weeks: GROWTH_DEFAULT_WEEKS })}
        </p>
        {growth.invalid ? (
          <p id={problem} role="alert">
            {t('learningLines.growth.invalid', { date: formatDate(locale, growth.since) })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
