import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Tells the visitor that the demo school is still syncing, and when it is ready. */
export function DemoStatus({ ready }: { ready: Promise<void> }) {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  useEffect(() => {
    let live = true;
    void ready.finally(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, [ready]);
  return (
    <p role="status" aria-label={t('common.demo.dataLabel')} className="demo-status">
      {done ? t('common.demo.ready') : t('common.demo.loading')}
    </p>
  );
}
