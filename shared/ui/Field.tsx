import type { ComponentChildren } from 'preact';

/**
 * A labelled form control for the sidebars: the label is tied to the control by id, and the hint
 * (if any) is read after the label by screen readers (aria-describedby on the control, which the
 * caller passes through `describedBy`). The control itself is the child, so inputs, selects and
 * textareas all get the same layout.
 */
export function Field(props: { id: string; label: string; hint?: string; children: ComponentChildren }) {
  return (
    <div class="cc-field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint ? (
        <p class="cc-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** The id a control passes as aria-describedby when its Field has a hint. */
export const hintId = (id: string) => `${id}-hint`;
