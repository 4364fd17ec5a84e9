// The store screenshots: the real side panel, notes page and options page of the BUILT Chrome
// extension (`npx wxt build`), in Debian's Chromium, in English and French, at exactly 1280×800, the
// size the Chrome Web Store asks for (developer.chrome.com/docs/webstore/images, "Screenshots":
// 1280x800 or 640x400) and the one addons.mozilla.org recommends as its maximum (its Developer Hub:
// "The maximum and recommended size for screenshots is 1280x800 pixels", mozilla/addons-server#7909).
// The side panel is narrow by design: two windows onto it sit beside the listing's name and summary.
//   npx wxt build && npx tsx scripts/store-screenshots.ts      # writes docs/images/store-*.png
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Language } from '../shared/i18n/language.ts';
import { translate } from '../shared/i18n/translate.ts';
import { type ChromeGlobal, extensionUrl, launchExtension } from '../tests/e2e/support/launch-extension.ts';
import { STORE_SCREENSHOT, storeScreenshotName } from './build-store-listing.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const PANEL = { width: 420, height: STORE_SCREENSHOT.height } as const;

// What the pictures show: a forum meeting annotated as attendees do, in the language of the picture
// (commitment wording after Canada's 2022–24 National Action Plan on Open Government).
type Shot = { text: string; key: 'Alt+1' | 'Alt+2' | 'Alt+3' | 'Alt+5'; owner?: string };
const MEETINGS: Record<Language, { title: string; attendee: string; annotations: readonly Shot[] }> = {
  en: {
    title: 'Multi-stakeholder forum, open data commitment',
    attendee: 'Alex Chen',
    annotations: [
      { text: 'Publish the complete open data inventory by March, in both official languages.', key: 'Alt+1' },
      { text: 'TBS circulates the revised milestone text to the CSN by Friday.', key: 'Alt+2', owner: 'TBS' },
      { text: 'Both co-chairs agree to a second review window of 15 working days.', key: 'Alt+3' },
      { text: 'How will departments report progress on the indicators?', key: 'Alt+5' },
    ],
  },
  fr: {
    title: 'Forum multipartite, engagement sur les données ouvertes',
    attendee: 'Zoé Roy',
    annotations: [
      { text: 'Publier l’inventaire complet des données ouvertes d’ici mars, dans les deux langues officielles.', key: 'Alt+1' },
      { text: 'Le SCT transmet au RSC le texte révisé du jalon d’ici vendredi.', key: 'Alt+2', owner: 'SCT' },
      { text: 'Les deux coprésidences conviennent d’une deuxième période d’examen de 15 jours ouvrables.', key: 'Alt+3' },
      { text: 'Comment les ministères rendront-ils compte des progrès sur les indicateurs?', key: 'Alt+5' },
    ],
  },
};

type Sw = Awaited<ReturnType<typeof launchExtension>>['sw'];

async function setLanguage(sw: Sw, language: Language): Promise<void> {
  await sw.evaluate(
    (settings) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ settings }),
    {
      version: 1,
      ledgerUrl: 'https://script.google.com/macros/s/AKfycbx-ledger-deployment-id/exec',
      token: '',
      displayName: MEETINGS[language].attendee,
      side: 'csn',
      language,
    },
  );
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A 1280×800 picture made of real screenshots: the listing's name and summary on a band at the left,
 * then `columns`, each a window onto one screenshot (`top`: the first pixel row it shows).
 */
function composed(language: Language, band: number, columns: readonly { png: Buffer; width: number; top: number }[]): string {
  const images = columns
    .map(({ png, width, top }) => `<img alt="" style="width:${width}px;object-position:0 ${-top}px" src="data:image/png;base64,${png.toString('base64')}">`)
    .join('');
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><style>
    html,body{margin:0;width:${STORE_SCREENSHOT.width}px;height:${STORE_SCREENSHOT.height}px;overflow:hidden}
    body{display:flex;gap:16px;font-family:system-ui,'DejaVu Sans',sans-serif;background:#1d3b5e;color:#fff}
    section{width:${band}px;flex:none;display:flex;flex-direction:column;justify-content:center;padding:0 0 0 48px;box-sizing:border-box}
    h1{font-size:38px;line-height:1.15;margin:0 0 24px}
    p{font-size:22px;line-height:1.45;margin:0;color:#e6edf5}
    img{display:block;flex:none;height:${STORE_SCREENSHOT.height}px;object-fit:none;background:#fff;box-shadow:0 0 20px rgba(0,0,0,.35)}
  </style></head><body><section><h1>${escapeHtml(translate('store.name', language))}</h1><p>${escapeHtml(translate('store.summary', language))}</p></section>${images}</body></html>`;
}

/**
 * Takes the six screenshots (three screens × EN, FR) into `outDir` and returns their paths. Each
 * language has its own meeting, typed through the side panel's own fields and shortcuts (Alt+1…6).
 */
export async function captureStoreScreenshots(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const save = (name: string, png: Buffer) => {
    const file = path.join(outDir, name);
    writeFileSync(file, png);
    written.push(file);
  };
  const launched = await launchExtension();
  try {
    const { context, sw, extensionId } = launched;
    const composer = await context.newPage();
    await composer.setViewportSize(STORE_SCREENSHOT);
    const show = async (html: string) => {
      await composer.setContent(html);
      await composer.locator('img').evaluateAll((images) => Promise.all(images.map((img) => (img as HTMLImageElement).decode())));
      return composer.screenshot();
    };
    const panel = await context.newPage();
    await panel.setViewportSize(PANEL);
    await panel.goto(extensionUrl(extensionId, 'sidepanel.html'));
    for (const language of ['en', 'fr'] as const) {
      const t = (key: Parameters<typeof translate>[0], params?: Record<string, string>) => translate(key, language, params);
      const meeting = MEETINGS[language];
      await setLanguage(sw, language);
      await panel.reload();
      await panel.locator(`html[lang="${language}"]`).waitFor();
      const title = panel.getByLabel(t('extension.setup.title'));
      // After the first language's meeting ended, the panel sums it up and offers a new one.
      const newMeeting = panel.getByRole('button', { name: t('extension.setup.heading') });
      await title.or(newMeeting).first().waitFor();
      if (await newMeeting.isVisible()) await newMeeting.click();
      await title.fill(meeting.title);
      await panel.getByLabel(t('extension.setup.attendeeName', { n: '1' })).fill(meeting.attendee);
      await panel.getByRole('button', { name: t('extension.setup.start') }).click();
      const text = panel.getByLabel(t('extension.annotate.text'));
      const items = panel.getByRole('list', { name: t('extension.list.heading') }).getByRole('listitem');
      for (const [index, annotation] of meeting.annotations.entries()) {
        await text.fill(annotation.text);
        if (annotation.owner) await panel.getByLabel(t('extension.annotate.owner')).fill(annotation.owner);
        await text.press(annotation.key);
        await items.nth(index).waitFor();
      }
      // Two windows onto the panel: where one annotates, and the list of what was recorded.
      // (viewport pictures, each scrolled: a full-page one would draw the sticky meeting header mid-page).
      await text.blur();
      await panel.evaluate(() => window.scrollTo(0, 0));
      const top = await panel.screenshot();
      await panel.getByRole('heading', { name: t('extension.list.heading') }).evaluate((heading) => heading.scrollIntoView({ block: 'center' }));
      const list = await panel.screenshot();
      save(storeScreenshotName('sidepanel', language), await show(composed(language, 390, [{ png: top, width: PANEL.width, top: 0 }, { png: list, width: PANEL.width, top: 0 }])));

      // The notes of that meeting, once it ended: the page the panel opens.
      await panel.getByRole('button', { name: t('extension.end.button') }).click();
      await panel.getByRole('button', { name: t('extension.end.confirm') }).click();
      const [notes] = await Promise.all([context.waitForEvent('page'), panel.getByRole('button', { name: t('notespage.open') }).click()]);
      await notes.setViewportSize(STORE_SCREENSHOT);
      await notes.locator(`html[lang="${language}"]`).waitFor();
      await notes.getByText(meeting.annotations[0]!.text).first().waitFor();
      await notes.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      save(storeScreenshotName('notes', language), await notes.screenshot());
      await notes.close();

      const options = await context.newPage();
      await options.setViewportSize({ width: 820, height: STORE_SCREENSHOT.height });
      await options.goto(extensionUrl(extensionId, 'options.html'));
      await options.locator(`html[lang="${language}"]`).waitFor();
      await options.getByRole('button', { name: language === 'fr' ? 'Enregistrer' : 'Save' }).first().waitFor();
      save(storeScreenshotName('options', language), await show(composed(language, 444, [{ png: await options.screenshot(), width: 820, top: 0 }])));
      await options.close();
    }
  } finally {
    await launched.close();
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const written = await captureStoreScreenshots(path.join(ROOT, 'docs/images'));
  console.log(`store screenshots: ${written.map((file) => path.relative(ROOT, file)).join(', ')}`);
}
