import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/assets/panel.css';
import { requestLedgerHost } from '@/adapters/permissions';
import { OptionsForm } from '@/components/OptionsForm';

// Wiring only.
render(
  <OptionsForm ports={{ requestHost: requestLedgerHost, sendToBackground: (message) => browser.runtime.sendMessage(message) }} />,
  document.getElementById('app')!,
);
