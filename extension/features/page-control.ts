import type { AnnotationKind } from '../../shared/domain/annotation-kind.ts';
import type { Language } from '../../shared/i18n/language.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { PageContext } from './page-context';

const KINDS: readonly AnnotationKind[] = ['decision', 'action', 'agreement', 'disagreement', 'question', 'note'];

export type MeetingPlatformName = 'google-meet' | 'zoom' | 'teams' | 'webex' | 'jitsi';

export type PageControlState = { context: PageContext; readCaptions: boolean; language: Language };

export type PageControlActions = {
  annotate: (kind: AnnotationKind) => void;
  setReadCaptions: (on: boolean) => void;
  hide: () => void;
};

export type PageControl = {
  update: (state: PageControlState) => void;
  /** Says what happened to the last quick annotation (a polite live region). */
  announce: (text: string) => void;
  remove: () => void;
  host: HTMLElement;
};

// Fixed over the page (no layout shift), in its own shadow root so neither side's styles leak.
const STYLE = `
:host { all: initial; }
.box { position: fixed; top: 72px; right: 12px; z-index: 2147483646; max-width: 19rem; font: 13px/1.35 system-ui, sans-serif;
  color: #1b1b1b; background: #ffffff; border: 1px solid #5c5c5c; border-radius: 8px; box-shadow: 0 2px 8px rgb(0 0 0 / 25%); padding: 6px; }
.row { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
button { font: inherit; color: #1b1b1b; background: #f1f1f1; border: 1px solid #6b6b6b; border-radius: 4px; padding: 3px 7px; cursor: pointer; }
button:hover { background: #e2e2e2; }
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 1px; }
.toggle { font-weight: 600; }
.kinds { margin-top: 6px; }
.captions[aria-pressed="true"] { background: #0b57d0; color: #ffffff; border-color: #0b57d0; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; color: #ffffff; background: #a4262c; border-radius: 10px; padding: 1px 8px; }
.note { margin: 6px 0 0; font-size: 12px; }
.status { margin: 6px 0 0; font-size: 12px; }
.status:empty, .note:empty { display: none; }
[hidden] { display: none !important; }
`;

/**
 * The small control on the meeting page: one button per annotation kind, caption reading on or
 * off (with a visible indicator while on), and hiding it on this platform. Every part is a real
 * button, reachable with Tab and labelled in the user's language.
 */
export function mountPageControl(doc: Document, platform: MeetingPlatformName, actions: PageControlActions): PageControl {
  const host = doc.createElement('cocreate-meeting-control');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('section');
  box.className = 'box';
  box.setAttribute('role', 'region');
  const make = (className: string, onClick: () => void) => {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = className;
    button.addEventListener('click', onClick);
    return button;
  };
  const top = doc.createElement('div');
  top.className = 'row';
  const panel = doc.createElement('div');
  panel.id = 'cocreate-kinds';
  const toggle = make('toggle', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  });
  toggle.textContent = 'Cocreate';
  toggle.setAttribute('aria-expanded', 'true');
  toggle.setAttribute('aria-controls', panel.id);
  const badge = doc.createElement('span');
  badge.className = 'badge';
  top.append(toggle, badge);

  const kinds = doc.createElement('div');
  kinds.className = 'row kinds';
  kinds.setAttribute('role', 'group');
  const kindButtons = KINDS.map((kind) => make(`kind kind-${kind}`, () => actions.annotate(kind)));
  kinds.append(...kindButtons);
  const settings = doc.createElement('div');
  settings.className = 'row kinds';
  let readCaptions = false;
  const captions = make('captions', () => actions.setReadCaptions(!readCaptions));
  const hide = make('hide', actions.hide);
  settings.append(captions, hide);
  const note = doc.createElement('p');
  note.className = 'note';
  panel.append(kinds, settings, note);
  const status = doc.createElement('p');
  status.className = 'status';
  status.setAttribute('role', 'status');
  box.append(top, panel, status);
  root.append(style, box);
  doc.body.append(host);

  return {
    host,
    update({ context, readCaptions: on, language }) {
      readCaptions = on;
      const t = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) => translate(key, language, params);
      box.setAttribute('aria-label', t('platforms.control.label'));
      box.lang = language;
      kinds.setAttribute('aria-label', t('platforms.control.label'));
      kindButtons.forEach((button, index) => {
        const kind = t(`extension.kind.${KINDS[index]!}`);
        button.textContent = kind;
        button.title = t('platforms.control.kindHint', { kind });
      });
      captions.textContent = t('platforms.control.readCaptions');
      captions.setAttribute('aria-pressed', String(on));
      hide.textContent = t('platforms.control.hide', { platform: t(`platforms.name.${platform}`) });
      badge.textContent = on && context.captions === 'ok' ? t('platforms.control.captionsOn') : '';
      badge.hidden = badge.textContent === '';
      note.textContent = on && context.captions === 'unreadable' ? t('platforms.control.captionsUnavailable') : '';
    },
    announce(text) {
      status.textContent = text;
    },
    remove() {
      host.remove();
    },
  };
}
