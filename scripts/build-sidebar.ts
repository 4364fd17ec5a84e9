// Builds one Apps Script HTML page (a Docs or Sheets sidebar, a dialog) from a Preact entry file
// `apps-script/<project>/sidebar/<Page>.page.tsx`: esbuild bundles it (and any CSS it imports) and
// both are inlined into one self-contained `<Page>.html`, as HtmlService serves a project's HTML
// files one at a time with no other assets (../shared/reference/apps-script.md §1).
import { build } from 'esbuild';
import path from 'node:path';

export type SidebarPage = { file: string; html: string; bytes: number };

/** `</script` inside the bundle's strings would close the inline script early. */
const inlineSafe = (code: string): string => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

export async function buildSidebarPage(entry: string, title: string): Promise<SidebarPage> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    outdir: '/virtual',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'css' },
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => f.text).join('\n');
  const css = result.outputFiles.filter((f) => f.path.endsWith('.css')).map((f) => f.text).join('\n');
  const html = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<base target="_top">',
    `<title>${title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</title>`,
    css ? `<style>${css.replace(/<\/(style)/gi, '<\\/$1')}</style>` : '',
    '</head>',
    '<body>',
    '<div id="app"></div>',
    `<script>${inlineSafe(js)}</script>`,
    '</body>',
    '</html>',
    '',
  ].filter((line) => line !== '').join('\n');
  const file = `${path.basename(entry).replace(/\.page\.tsx$/, '')}.html`;
  return { file, html, bytes: Buffer.byteLength(html) };
}
