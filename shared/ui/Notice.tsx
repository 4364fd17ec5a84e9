import type { ComponentChildren } from 'preact';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

/**
 * A message the user should notice after an action. Errors interrupt (role="alert"); the rest are
 * polite (role="status"), so a screen reader says them once without stealing focus.
 */
export function Notice(props: { tone: NoticeTone; children: ComponentChildren }) {
  return (
    <div class={`cc-notice cc-notice-${props.tone}`} role={props.tone === 'error' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}
