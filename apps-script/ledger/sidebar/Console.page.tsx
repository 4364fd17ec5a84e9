// The coordinator console: a sidebar in the ledger spreadsheet (Cocreate › Open coordinator console),
// built into one self-contained Console.html (scripts/build-sidebar.ts). Every write goes through the
// server functions in ../server/console-*.ts, which store events by the ledger's one write path.
import { render } from 'preact';
import type { ScriptRun } from '../../../shared/ui/server-bridge.ts';
import { ConsoleApp } from './console/ConsoleApp.tsx';
import './console/console.css';

declare const google: { script: { run: ScriptRun } };

render(<ConsoleApp run={google.script.run} />, document.getElementById('app')!);
