import { useTranslation } from 'react-i18next';
import type { Rejection, RejectionIssue } from '@/domain/model';
import { isPseudonymShape } from '@/domain/pseudonym-shape';
import { SupplierText } from './supplier-text';

const ISSUE_CODES = [
  'invalid_type',
  'invalid_format',
  'too_small',
  'too_big',
  'not_multiple_of',
  'invalid_value',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'custom',
  'out_of_range',
  'in_future',
  'pseudonym_shape',
] as const;
type IssueCode = (typeof ISSUE_CODES)[number];
const TYPES = ['string', 'number', 'boolean', 'object', 'array', 'date', 'int', 'null'] as const;
type TypeName = (typeof TYPES)[number];

const isIssueCode = (code: string): code is IssueCode => (ISSUE_CODES as readonly string[]).includes(code);
const isTypeName = (name: string): name is TypeName => (TYPES as readonly string[]).includes(name);

function useIssuePhrase(): (issue: RejectionIssue) => string {
  const { t } = useTranslation();
  return (issue) => {
    const code = isIssueCode(issue.code) ? issue.code : 'custom';
    const param = issue.param ?? '';
    const expected = isTypeName(param) ? t(`common.issue.type.${param}`) : param;
    const shape = isPseudonymShape(param) ? t(`common.issue.shape.${param}`) : param;
    return t(`common.issue.${code}`, { expected, format: param, bound: param, shape });
  };
}

/**
 * Why a record was rejected. A schema failure reads in the app's language (the field as the supplier
 * named it, then what was wrong with it); other details are the adapter's own technical sentence.
 */
export function RejectionDetail({ rejection }: { rejection: Pick<Rejection, 'detail' | 'issue'> }) {
  const { t } = useTranslation();
  const phrase = useIssuePhrase();
  const { issue } = rejection;
  if (!issue) return <SupplierText value={rejection.detail} max={200} />;
  // The pupil key in another form than the connector expects: about the record's pupil, whatever the supplier calls the field.
  if (issue.code === 'pseudonym_shape') return <span>{phrase(issue)}</span>;
  return (
    <span>
      <SupplierText value={issue.path || t('common.issue.record')} max={100} />: {phrase(issue)}
    </span>
  );
}
