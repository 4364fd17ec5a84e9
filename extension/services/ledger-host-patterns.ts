/**
 * The only hosts the extension may ask to reach (the manifest's optional host permissions): Apps
 * Script web apps, the host their answers are redirected to, and a ledger on this computer. Match
 * patterns carry no port, so the loopback ones cover every local port.
 */
export const LEDGER_HOST_PATTERNS = [
  'https://script.google.com/*',
  'https://script.googleusercontent.com/*',
  'http://127.0.0.1/*',
  'http://localhost/*',
] as const;
