// `npm start`: builds every artifact and says what to open. Later issues make it start services.
import { execSync } from 'node:child_process';

execSync('npm run build', { stdio: 'inherit' });
console.log('\nCocreate is built:');
console.log('  browser extension (Chrome): load .output/chrome-mv3 as an unpacked extension (chrome://extensions, Developer mode)');
console.log('  Apps Script projects:       .output/apps-script/<name>/, ready for clasp push');
