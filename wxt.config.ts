import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension's manifest. Permissions are the least that work (DESIGN §5): the ledger host is
// requested at run time (optional_host_permissions) when the user sets the ledger URL.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  alias: { '@shared': 'shared' },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    optional_host_permissions: ['https://script.google.com/*', 'https://script.googleusercontent.com/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'cocreate@cocreate.invalid', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
