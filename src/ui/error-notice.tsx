import type { ReactNode } from 'react';

interface ErrorNoticeProps {
  readonly title: string;
  /** What happened and what to do, in words a person can act on. */
  readonly message: ReactNode;
  /** Technical detail, one click away. */
  readonly detail?: string | null;
  readonly detailLabel: string;
  readonly action?: ReactNode;
}

export function ErrorNotice({ title, message, detail, detailLabel, action }: ErrorNoticeProps) {
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{title}</p>
      <p>{message}</p>
      {detail ? (
        <details>
          <summary>{detailLabel}</summary>
          <code className="notice__detail">{detail}</code>
        </details>
      ) : null}
      {action}
    </div>
  );
}
