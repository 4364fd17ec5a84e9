import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export type Tab = { id: string; label: string };

/**
 * WAI-ARIA tabs (www.w3.org/WAI/ARIA/apg/patterns/tabs): one tab stop, arrow keys and Home/End move
 * between tabs and select them, the panel is labelled by its tab. Tabs wrap onto a second line in a
 * narrow sidebar rather than scroll out of sight.
 */
export function Tabs(props: { label: string; tabs: Tab[]; selected: string; onSelect: (id: string) => void; children: ComponentChildren }) {
  // Focusable handles only: shared/ui uses no DOM API beyond what Preact hands back.
  const buttons = useRef<({ focus(): void } | null)[]>([]);
  const move = (event: { key: string; preventDefault(): void }) => {
    const index = props.tabs.findIndex((t) => t.id === props.selected);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % props.tabs.length
      : event.key === 'ArrowLeft' ? (index - 1 + props.tabs.length) % props.tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? props.tabs.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    props.onSelect(props.tabs[next]!.id);
    buttons.current[next]?.focus();
  };
  return (
    <>
      <div class="cc-tabs" role="tablist" aria-label={props.label} onKeyDown={move}>
        {props.tabs.map((tab, i) => (
          <button
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === props.selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === props.selected ? 0 : -1}
            onClick={() => props.onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div class="cc-panel" role="tabpanel" id={`panel-${props.selected}`} aria-labelledby={`tab-${props.selected}`}>
        {props.children}
      </div>
    </>
  );
}
