import type { AnnotationKind } from '../../shared/domain/annotation-kind.ts';

/** Content script → background: the on-page control's button for this kind was pressed. */
export const QUICK_ANNOTATION = 'quick-annotation';
/** Background → the tab's content script: how it went (for the control's live region). */
export const QUICK_ANNOTATION_RESULT = 'quick-annotation-result';
/** Background → extension pages: annotations of this meeting changed (the side panel re-reads). */
export const ANNOTATIONS_CHANGED = 'annotations-changed';

export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['decision', 'action', 'agreement', 'disagreement', 'question', 'note'];

export type QuickAnnotationResultMessage =
  | { type: typeof QUICK_ANNOTATION_RESULT; ok: true; kind: AnnotationKind; offsetMs?: number; speaker?: string }
  | { type: typeof QUICK_ANNOTATION_RESULT; ok: false; reason: 'no-meeting' | 'refused' };

function isKind(value: unknown): value is AnnotationKind {
  return ANNOTATION_KINDS.includes(value as AnnotationKind);
}

/** The kind asked for by a content script, or undefined for anything else (hand-checked: small bundles). */
export function readQuickAnnotation(message: unknown): AnnotationKind | undefined {
  const value = message as { type?: unknown; kind?: unknown } | null;
  return value?.type === QUICK_ANNOTATION && isKind(value.kind) ? value.kind : undefined;
}

export function readQuickAnnotationResult(message: unknown): QuickAnnotationResultMessage | undefined {
  const value = message as Record<string, unknown> | null;
  if (value?.type !== QUICK_ANNOTATION_RESULT) return undefined;
  if (value.ok === true && isKind(value.kind)) {
    return {
      type: QUICK_ANNOTATION_RESULT,
      ok: true,
      kind: value.kind,
      ...(typeof value.offsetMs === 'number' ? { offsetMs: value.offsetMs } : {}),
      ...(typeof value.speaker === 'string' ? { speaker: value.speaker.slice(0, 200) } : {}),
    };
  }
  if (value.ok === false && (value.reason === 'no-meeting' || value.reason === 'refused')) {
    return { type: QUICK_ANNOTATION_RESULT, ok: false, reason: value.reason };
  }
  return undefined;
}

/** `annotate-decision` … `annotate-note`: the manifest's commands, one per kind. */
export function commandForKind(kind: AnnotationKind): string {
  return `annotate-${kind}`;
}

export function kindOfCommand(command: string): AnnotationKind | undefined {
  const kind = command.startsWith('annotate-') ? command.slice('annotate-'.length) : '';
  return isKind(kind) ? kind : undefined;
}
