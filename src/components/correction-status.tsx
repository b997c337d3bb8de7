// The page's line about the last correction ("Marked as not a quotation. Undo"), announced politely.
import { useCallback, useState } from 'react';
import { importWithRetry } from '../lib/lazy-import.ts';

// The store's code loads when a correction is undone, not with the page (decision 085).
const undoCorrection = (key: string) => importWithRetry(() => import('../lib/corrections-db.ts')).then((m) => m.deleteCorrection(key));

/** The last correction's message and, when it can be undone here, its key. */
export interface CorrectionStatusValue {
  message: string;
  undoKey?: string;
}

/** State for the status line: the message and a setter for the panels to call. */
export function useCorrectionStatus(): [CorrectionStatusValue | null, (message: string, undoKey?: string) => void] {
  const [status, setStatus] = useState<CorrectionStatusValue | null>(null);
  const set = useCallback((message: string, undoKey?: string) => setStatus(undoKey ? { message, undoKey } : { message }), []);
  return [status, set];
}

/** The status line, with "Undo" for a change the quotation's own details can no longer reach. */
export function CorrectionStatus({ status, onDone }: { status: CorrectionStatusValue | null; onDone(message: string): void }) {
  return (
    <p className="correction-status" role="status">
      {status?.message}
      {status?.undoKey && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={() => void undoCorrection(status.undoKey!).then(() => onDone('Correction undone: the engine’s answer is back.'))}>
            Undo
          </button>
        </>
      )}
    </p>
  );
}
