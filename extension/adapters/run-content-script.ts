import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AnnotationKind } from '../../shared/domain/annotation-kind.ts';
import type { Language } from '../../shared/i18n/language.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { formatOffset } from '../../shared/ledger/exports/format-offset.ts';
import type { PageContext } from '../features/page-context';
import { type MeetingPlatformName, mountPageControl, type PageControl } from '../features/page-control';
import type { PlatformFeature } from '../features/platform-feature';
import { watchPage } from '../features/watch-page';
import {
  DEFAULT_PLATFORM_PREFS,
  getPlatformPrefs,
  MEETING_PLATFORMS,
  type PlatformPrefs,
  savePlatformPrefs,
  watchPlatformPrefs,
  withControlShown,
} from '../services/platform-prefs';
import { QUICK_ANNOTATION, readQuickAnnotationResult } from '../services/quick-annotation-messages';
import { localArea } from './storage-area';

/** The UI language from the stored settings, read without their schema (content scripts stay small). */
function languageOf(settings: unknown): Language {
  return (settings as { language?: unknown } | undefined)?.language === 'fr' ? 'fr' : 'en';
}

/**
 * What every content script does: watch its page with its platform's feature, over runtime
 * messaging, and during a meeting show the on-page control (unless hidden on this platform).
 */
export function runContentScript(feature: PlatformFeature, ctx: ContentScriptContext): void {
  let prefs: PlatformPrefs = DEFAULT_PLATFORM_PREFS;
  let language: Language = 'en';
  let current: PageContext | undefined;
  let control: PageControl | undefined;
  const platform = (MEETING_PLATFORMS as readonly string[]).includes(feature.name) ? (feature.name as MeetingPlatformName) : undefined;

  const follow = () => {
    const shown = platform !== undefined && current?.isMeetingOn === true && !prefs.hiddenOn.includes(platform);
    if (!shown || !current || !platform) {
      control?.remove();
      control = undefined;
      return;
    }
    control ??= mountPageControl(document, platform, {
      annotate: (kind: AnnotationKind) => void browser.runtime.sendMessage({ type: QUICK_ANNOTATION, kind }).catch(() => undefined),
      setReadCaptions: (on) => void savePlatformPrefs({ readCaptions: on }),
      hide: () => void savePlatformPrefs({ hiddenOn: withControlShown(prefs, platform, false) }),
    });
    control.update({ context: current, readCaptions: prefs.readCaptions, language });
  };

  const watcher = watchPage(
    feature,
    document,
    {
      send: (message) => void browser.runtime.sendMessage(message).catch(() => undefined),
      answer: (type, reply) =>
        browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
          if ((message as { type?: unknown } | undefined)?.type !== type) return false;
          const context = reply();
          // Silent frames (Zoom's outer page) leave the answer to the meeting's own frame.
          if (context) sendResponse(context);
          return false;
        }),
    },
    {
      readCaptions: () => prefs.readCaptions,
      onContext: (context) => {
        current = context;
        follow();
      },
    },
  );

  // The background says how a quick annotation went; the control (if shown in this frame) says it.
  browser.runtime.onMessage.addListener((message) => {
    const result = readQuickAnnotationResult(message);
    if (!result || !control) return false;
    const t = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) => translate(key, language, params);
    if (result.ok) {
      const kind = t(`extension.kind.${result.kind}`);
      const time = formatOffset(result.offsetMs);
      control.announce(
        result.speaker ? t('platforms.control.savedWithSpeaker', { kind, time, speaker: result.speaker }) : t('platforms.control.saved', { kind, time }),
      );
    } else {
      control.announce(t(result.reason === 'no-meeting' ? 'platforms.control.noMeeting' : 'platforms.control.refused'));
    }
    return false;
  });

  const stops = [
    watchPlatformPrefs((next) => {
      prefs = next;
      watcher.refresh();
      follow();
    }),
    localArea.watch('settings', (settings) => {
      language = languageOf(settings);
      follow();
    }),
  ];
  void Promise.all([getPlatformPrefs(), localArea.get('settings')]).then(([stored, settings]) => {
    prefs = stored;
    language = languageOf(settings);
    watcher.refresh();
    follow();
  });
  ctx.onInvalidated(() => {
    watcher.stop();
    for (const stop of stops) stop();
    control?.remove();
  });
}

