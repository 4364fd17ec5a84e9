import { browser } from 'wxt/browser';
import { ANNOTATIONS_CHANGED } from '@/services/quick-annotation-messages';

/** The background's word that it recorded an annotation from the meeting tab (shortcut or on-page control). */
export function watchAnnotationsChanged(onChange: (meetingId: string) => void): () => void {
  const listener = (message: unknown) => {
    const value = message as { type?: unknown; meetingId?: unknown } | null;
    if (value?.type === ANNOTATIONS_CHANGED && typeof value.meetingId === 'string') onChange(value.meetingId);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
