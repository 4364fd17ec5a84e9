import type { Language } from '../../../../shared/i18n/language.ts';

/** The Google Picker as loaded from apis.google.com (developers.google.com/workspace/drive/picker/reference). */
type PickerData = { action: string; docs?: Array<{ id: string; name: string; mimeType?: string }> };
type PickerApi = {
  Action: { PICKED: string; CANCEL: string };
  ViewId: { FOLDERS: string };
  DocsView: new (viewId?: string) => { setIncludeFolders(v: boolean): unknown; setSelectFolderEnabled(v: boolean): unknown; setMimeTypes(m: string): unknown };
  PickerBuilder: new () => PickerBuilder;
};
type PickerBuilder = {
  addView(view: unknown): PickerBuilder;
  setOAuthToken(token: string): PickerBuilder;
  setDeveloperKey(key: string): PickerBuilder;
  setAppId(appId: string): PickerBuilder;
  setLocale(locale: string): PickerBuilder;
  setOrigin(origin: string): PickerBuilder;
  setTitle(title: string): PickerBuilder;
  setCallback(callback: (data: PickerData) => void): PickerBuilder;
  build(): { setVisible(visible: boolean): void };
};
type PickerGlobals = { gapi?: { load(name: string, options: { callback: () => void; onerror?: () => void }): void }; google?: { picker?: PickerApi; script?: { host?: { origin?: string } } } };

const API_JS = 'https://apis.google.com/js/api.js';
const FOLDER = 'application/vnd.google-apps.folder';

function loadApi(): Promise<void> {
  const globals = globalThis as unknown as PickerGlobals;
  if (globals.gapi) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = API_JS;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${API_JS} did not load`));
    document.head.append(script);
  });
}

/**
 * Lets the coordinator choose a Drive folder with the Google Picker, in their language, showing
 * folders only. With the `drive.file` scope the folder picked is granted to this app (hence
 * `setAppId`, the Cloud project number), and the script may then create the notes' Doc in it.
 * Resolves to the folder, or null when the coordinator cancels.
 */
export async function pickFolder(config: { token: string; appId: string; developerKey: string }, language: Language, title: string): Promise<{ id: string; name: string } | null> {
  await loadApi();
  const globals = globalThis as unknown as PickerGlobals;
  await new Promise<void>((resolve, reject) => globals.gapi!.load('picker', { callback: resolve, onerror: () => reject(new Error('picker did not load')) }));
  const picker = globals.google?.picker;
  if (!picker) throw new Error('google.picker is missing');
  return new Promise((resolve) => {
    const view = new picker.DocsView(picker.ViewId.FOLDERS);
    view.setIncludeFolders(true);
    view.setSelectFolderEnabled(true);
    view.setMimeTypes(FOLDER);
    let builder = new picker.PickerBuilder()
      .addView(view)
      .setOAuthToken(config.token)
      .setDeveloperKey(config.developerKey)
      .setAppId(config.appId)
      .setLocale(language === 'fr' ? 'fr-CA' : 'en')
      .setTitle(title)
      .setCallback((data) => {
        const doc = data.docs?.[0];
        if (data.action === picker.Action.PICKED && doc) resolve({ id: doc.id, name: doc.name });
        else if (data.action === picker.Action.CANCEL) resolve(null);
      });
    // Inside Apps Script's sandboxed frame the Picker must be told the top page's origin.
    const origin = globals.google?.script?.host?.origin;
    if (origin) builder = builder.setOrigin(origin);
    builder.build().setVisible(true);
  });
}
