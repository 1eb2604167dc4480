import { useEffect, useRef, useState } from 'react';
import type { ExportFile } from '@/adapters/files/export-file';
import type { SourceKind } from '@/domain/source';
import type { ConnectorDeps, DossierInspection } from '@/ingest/connector-wizard.types';
import { inspectDossier, isDossierChoice } from '@/ingest/file-import';
import type { DossierCheckValue } from '@/ui/import-progress';

/** Where the check of chosen files stands: no dossier, checking (how far), checked, cancelled, or refused (why). */
export type DossierCheckState =
  | { readonly phase: 'none' }
  | { readonly phase: 'checking'; readonly progress: DossierCheckValue | null }
  | { readonly phase: 'done'; readonly dossier: DossierInspection }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed'; readonly error: unknown };

/**
 * A re-import's chosen files checked once when they are an OSO dossier (decision 029): in the file
 * worker, streamed, with progress; `cancel` ends it (nothing is read or stored). Choosing other
 * files ends a check still running. `deps` is read when the files change, not a dependency.
 */
export function useDossierCheck(deps: ConnectorDeps, kind: SourceKind, files: readonly ExportFile[]) {
  const [state, setState] = useState<DossierCheckState>({ phase: 'none' });
  const controller = useRef<AbortController | null>(null);
  const depsRef = useRef(deps);
  depsRef.current = deps;
  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    const end = () => {
      controller.current = null;
      abort.abort();
    };
    if (!isDossierChoice(kind, files)) {
      setState({ phase: 'none' });
      return end;
    }
    setState({ phase: 'checking', progress: null });
    let settled = false;
    // Progress comes over its own channel from the worker: a message late after the outcome is dropped.
    const onCheckProgress = (progress: DossierCheckValue) => {
      if (!settled && !abort.signal.aborted) setState({ phase: 'checking', progress });
    };
    inspectDossier({ ...depsRef.current, onCheckProgress }, kind, files, null, abort.signal).then(
      (dossier) => {
        settled = true;
        if (!abort.signal.aborted) setState({ phase: 'done', dossier });
      },
      (error: unknown) => {
        settled = true;
        if (controller.current === abort) setState(abort.signal.aborted ? { phase: 'cancelled' } : { phase: 'failed', error });
      },
    );
    return end;
  }, [kind, files]);
  return { state, cancel: () => controller.current?.abort() };
}
