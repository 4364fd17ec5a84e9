import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from './make-translate.ts';

/** "End meeting" asks once more: ending closes the record for annotation and cannot be undone. */
export function EndMeetingButton({ t, onEnd }: { t: Translate; onEnd: () => void }) {
  const [isAsking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const endRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    // Focus follows the question and comes back when it is dismissed, for keyboard users.
    if (isAsking) confirmRef.current?.focus();
    else if (wasAsking.current) endRef.current?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);
  if (!isAsking) {
    return (
      <button type="button" class="end" ref={endRef} onClick={() => setAsking(true)}>
        {t('extension.end.button')}
      </button>
    );
  }
  return (
    <fieldset class="end-confirm">
      <legend>{t('extension.end.question')}</legend>
      <div class="row-actions">
        <button type="button" class="primary" ref={confirmRef} onClick={onEnd}>
          {t('extension.end.confirm')}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          {t('extension.end.keepGoing')}
        </button>
      </div>
    </fieldset>
  );
}
