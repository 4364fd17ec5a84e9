/**
 * TEST STAND-IN (not Google code) for the Google Picker's JavaScript API as a page loads it from
 * https://apis.google.com/js/api.js (developers.google.com/workspace/drive/picker/guides/overview and
 * reference: `gapi.load('picker', { callback })`, `google.picker.PickerBuilder`, `DocsView`,
 * `ViewId.FOLDERS`, `Action.PICKED` = "picked", `Action.CANCEL` = "cancel", a response's
 * `docs[].id|name|mimeType`). Reproduced: the builder's setters; `build().setVisible(true)` opens a
 * modal dialog listing the user's Drive folders (from the Drive double); choosing one calls back
 * `{ action: 'picked', docs: [...] }` and grants that folder to the app, as the Picker does under
 * `drive.file` when `setAppId` names the project (PickerBuilder.setAppId: "required for the drive.file
 * scope"); Cancel calls back `{ action: 'cancel' }`. Like the real one it does not open without an
 * OAuth token, a developer key and an app id. Not reproduced: Google's UI, search, shared drives.
 * What the page configured is kept in `window.__pickerConfig` for the test to read.
 */
import type { BrowserContext } from 'playwright-core';

export async function installPickerStandIn(context: BrowserContext, folders: () => Array<{ id: string; name: string }>, grant: (id: string) => void): Promise<void> {
  await context.exposeBinding('__pickerFolders', () => JSON.stringify(folders()));
  await context.exposeBinding('__pickerGrant', (_source, id: string) => grant(id));
  await context.route('https://apis.google.com/js/api.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: `(${standIn.toString()})();` }));
}

/** Runs in the page (serialised): no closure over Node values. */
function standIn() {
  type Doc = { id: string; name: string; mimeType: string };
  type Data = { action: string; docs?: Doc[] };
  const w = window as unknown as Record<string, unknown> & { google: Record<string, unknown> };
  const config: Record<string, unknown> = {};
  w.__pickerConfig = config;
  class DocsView {
    constructor(readonly viewId?: string) {
      config.viewId = viewId;
    }
    setIncludeFolders(v: boolean) {
      config.includeFolders = v;
      return this;
    }
    setSelectFolderEnabled(v: boolean) {
      config.selectFolder = v;
      return this;
    }
    setMimeTypes(m: string) {
      config.mimeTypes = m;
      return this;
    }
  }
  class PickerBuilder {
    private callback: (data: Data) => void = () => undefined;
    addView(_view: unknown) {
      return this;
    }
    setOAuthToken(token: string) {
      config.token = token;
      return this;
    }
    setDeveloperKey(key: string) {
      config.developerKey = key;
      return this;
    }
    setAppId(id: string) {
      config.appId = id;
      return this;
    }
    setLocale(locale: string) {
      config.locale = locale;
      return this;
    }
    setOrigin(origin: string) {
      config.origin = origin;
      return this;
    }
    setTitle(title: string) {
      config.title = title;
      return this;
    }
    setCallback(callback: (data: Data) => void) {
      this.callback = callback;
      return this;
    }
    build() {
      const callback = this.callback;
      return {
        setVisible: async (visible: boolean) => {
          if (!visible) return;
          if (!config.token || !config.developerKey || !config.appId) throw new Error('The API developer key is invalid.');
          const folders = JSON.parse(await (w.__pickerFolders as () => Promise<string>)()) as Array<{ id: string; name: string }>;
          const dialog = document.createElement('div');
          dialog.setAttribute('role', 'dialog');
          dialog.setAttribute('aria-modal', 'true');
          dialog.setAttribute('aria-label', String(config.title ?? 'Google Picker'));
          dialog.style.cssText = 'position:fixed;inset:20px 10px;background:#fff;border:1px solid #5f6368;padding:8px;z-index:10';
          const close = (data: Data) => {
            dialog.remove();
            callback(data);
          };
          for (const folder of folders) {
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = folder.name;
            button.addEventListener('click', async () => {
              await (w.__pickerGrant as (id: string) => Promise<void>)(folder.id);
              close({ action: 'picked', docs: [{ id: folder.id, name: folder.name, mimeType: 'application/vnd.google-apps.folder' }] });
            });
            dialog.append(button);
          }
          const cancel = document.createElement('button');
          cancel.type = 'button';
          cancel.textContent = 'Cancel';
          cancel.addEventListener('click', () => close({ action: 'cancel' }));
          dialog.append(cancel);
          document.body.append(dialog);
          (dialog.querySelector('button') as HTMLButtonElement | null)?.focus();
        },
      };
    }
  }
  w.gapi = { load: (_name: string, options: { callback: () => void }) => setTimeout(options.callback, 0) };
  w.google.picker = { DocsView, PickerBuilder, ViewId: { FOLDERS: 'folders' }, Action: { PICKED: 'picked', CANCEL: 'cancel' } };
}
