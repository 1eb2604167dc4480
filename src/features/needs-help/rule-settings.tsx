import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedsHelpRule } from '@/domain/progress/needs-help';
import { formatPercent } from '@/i18n/format';
import { useLocale } from '@/ui/use-labels';
import { parseKnob, RULE_PARAMS, type RuleKnob } from './rule-from-params';

interface RuleSettingsProps {
  readonly rule: NeedsHelpRule;
  /** Called with a valid value only; invalid input is left in the field and not applied. */
  readonly onChange: (knob: RuleKnob, value: number) => void;
}

/** The rule in words, with the two knobs a teacher adjusts: weeks of practice and school days. */
export function RuleSettings({ rule, onChange }: RuleSettingsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ids = { weeks: useId(), days: useId() };
  const knobs: { knob: RuleKnob; value: number }[] = [
    { knob: 'weeks', value: rule.weeksOfPractice },
    { knob: 'days', value: rule.inactiveSchoolDays },
  ];
  return (
    <fieldset className="panel">
      <legend>{t('needsHelp.rule.legend')}</legend>
      <div className="toolbar">
        {knobs.map(({ knob, value }) => (
          <div key={knob}>
            <label htmlFor={ids[knob]}>{t(`needsHelp.rule.${knob}`)}</label>{' '}
            <input
              id={ids[knob]}
              type="number"
              inputMode="numeric"
              min={RULE_PARAMS[knob].min}
              max={RULE_PARAMS[knob].max}
              step={1}
              defaultValue={value}
              onChange={(event) => {
                const next = parseKnob(knob, event.target.value);
                if (next !== null) onChange(knob, next);
              }}
            />
          </div>
        ))}
      </div>
      {/* The rule in full is long: folded under its question on screen, printed open (print.css). */}
      <details className="rule-explained">
        <summary>{t('needsHelp.rule.explain')}</summary>
        <p className="muted">
          {t('needsHelp.rule.summary', {
            weeks: rule.weeksOfPractice,
            below: formatPercent(locale, rule.belowValue),
            growth: formatPercent(locale, rule.noGrowthBelow),
            behind: formatPercent(locale, rule.behindGroupBy ?? 0),
            kept: formatPercent(locale, rule.keptUpBelow ?? 0),
            days: rule.inactiveSchoolDays,
            share: formatPercent(locale, rule.othersMasterShare),
            results: formatPercent(locale, rule.resultsShareToList ?? 0),
          })}
        </p>
      </details>
    </fieldset>
  );
}
