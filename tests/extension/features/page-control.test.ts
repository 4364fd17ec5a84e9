// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mountPageControl } from '@/features/page-control';
import type { PageContext } from '@/features/page-context';

const MEETING: PageContext = { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij', isMeetingOn: true, captions: 'ok' };

afterEach(() => {
  document.body.innerHTML = '';
});

function mount() {
  const calls: string[] = [];
  document.body.innerHTML = '<main style="display:flex"><p>The meeting</p></main>';
  const control = mountPageControl(document, 'google-meet', {
    annotate: (kind) => calls.push(`annotate ${kind}`),
    setReadCaptions: (on) => calls.push(`captions ${on}`),
    hide: () => calls.push('hide'),
  });
  const root = control.host.shadowRoot!;
  const button = (name: string) => Array.from(root.querySelectorAll('button')).find((b) => b.textContent === name)!;
  return { control, root, calls, button };
}

describe('the on-page control', () => {
  it.each([
    ['en', ['Cocreate', 'Decision', 'Action', 'Agreement', 'Disagreement', 'Question', 'Note', 'Read captions', 'Hide on Google Meet']],
    ['fr', ['Cocreate', 'Décision', 'Mesure de suivi', 'Accord', 'Désaccord', 'Question', 'Note', 'Lire les sous-titres', 'Masquer sur Google Meet']],
  ] as const)('labels every button in %s, inside its own shadow root, after the page’s content', (language, names) => {
    const { control, root } = mount();
    control.update({ context: MEETING, readCaptions: false, language });
    expect(Array.from(root.querySelectorAll('button')).map((b) => b.textContent)).toEqual(names);
    expect(root.querySelector('section')?.getAttribute('aria-label')).toMatch(/Cocreate/);
    expect(document.body.lastElementChild).toBe(control.host);
    // The page's own markup is untouched and none of its styles apply inside.
    expect(document.querySelector('main')?.outerHTML).toBe('<main style="display:flex"><p>The meeting</p></main>');
    expect(document.querySelectorAll('button')).toHaveLength(0);
  });

  it('sends each press to its action', () => {
    const { control, calls, button } = mount();
    control.update({ context: MEETING, readCaptions: false, language: 'en' });
    button('Question').click();
    button('Read captions').click();
    button('Hide on Google Meet').click();
    expect(calls).toEqual(['annotate question', 'captions true', 'hide']);
  });

  it('shows a visible indicator while captions are read, and says when they cannot be', () => {
    const { control, root, button } = mount();
    const badge = () => root.querySelector('.badge') as HTMLElement;
    control.update({ context: MEETING, readCaptions: false, language: 'en' });
    expect(badge().hidden).toBe(true);
    expect(button('Read captions').getAttribute('aria-pressed')).toBe('false');
    control.update({ context: MEETING, readCaptions: true, language: 'en' });
    expect(badge().hidden).toBe(false);
    expect(badge().textContent).toBe('Captions are being read');
    expect(button('Read captions').getAttribute('aria-pressed')).toBe('true');
    control.update({ context: { ...MEETING, captions: 'unreadable' }, readCaptions: true, language: 'en' });
    expect(root.querySelector('.note')?.textContent).toMatch(/^Captions unavailable on this page/);
  });

  it('announces results in a live region and leaves nothing behind when removed', () => {
    const { control, root } = mount();
    control.announce('Decision saved at 0:01:05.');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Decision saved at 0:01:05.');
    control.remove();
    expect(document.querySelector('cocreate-meeting-control')).toBeNull();
  });

  it('collapses and expands with its first button (aria-expanded)', () => {
    const { control, root, button } = mount();
    control.update({ context: MEETING, readCaptions: false, language: 'en' });
    button('Cocreate').click();
    expect(button('Cocreate').getAttribute('aria-expanded')).toBe('false');
    expect((root.querySelector('#cocreate-kinds') as HTMLElement).hidden).toBe(true);
  });
});
