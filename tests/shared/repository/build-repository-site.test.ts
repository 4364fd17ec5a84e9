import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldEvents } from '../../../shared/ledger/views/fold-events.ts';
import { buildRepositorySite } from '../../../shared/repository/build-repository-site.ts';
import { storedSample } from './stored-sample.ts';

const events = storedSample();
const views = foldEvents(events, { today: '2026-07-02' });
const files = buildRepositorySite({ views, events, generatedAt: '2026-07-02T15:04:05.000Z', verifierScript: '/* verifier */' });
const byPath = new Map(files.map((f) => [f.path, f.content]));
const pages = files.filter((f) => f.path.endsWith('.html'));
const head = views.dashboard.head;

describe('the repository site', () => {
  it('has every page in English and French, each the pair of the other', () => {
    const en = pages.filter((p) => p.path.startsWith('en/')).map((p) => p.path.slice(3));
    const fr = pages.filter((p) => p.path.startsWith('fr/')).map((p) => p.path.slice(3));
    expect(en).toEqual(fr);
    expect(en).toEqual(expect.arrayContaining(['index.html', 'commitments.html', 'commitments/c01.html', 'commitments/c04.html', 'meetings.html', 'proposals.html', 'sign-offs.html', 'progress.html', 'irm.html', 'verify.html']));
    for (const page of pages.filter((p) => p.path !== 'index.html')) {
      const lang = page.path.slice(0, 2);
      expect(page.content).toContain(`<html lang="${lang}">`);
      expect(page.content).toContain(`href="../${page.path.startsWith(`${lang}/commitments/`) ? '../' : ''}${lang === 'en' ? 'fr' : 'en'}/${page.path.slice(3)}"`);
    }
  });

  it('prints the chain head and its date on every page', () => {
    for (const page of pages) {
      expect(page.content, page.path).toContain(head.hash);
      expect(page.content, page.path).toMatch(/2026-07-02 15:04 UTC/);
    }
    expect(head.seq).toBe(events.length);
  });

  it('every internal link and asset resolves to a file of the site', () => {
    const missing: string[] = [];
    for (const page of pages) {
      for (const [, target] of page.content.matchAll(/(?:href|src)="([^"#]+)"/g)) {
        if (/^https?:/.test(target!)) continue;
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(page.path), target!));
        if (!byPath.has(resolved)) missing.push(`${page.path} → ${target}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('publishes the log, the verifier and shows records as text, never as markup', () => {
    expect(byPath.get('ledger/events.jsonl')!.trimEnd().split('\n')).toHaveLength(events.length);
    expect(byPath.get('assets/verify.js')).toBe('/* verifier */');
    const proposals = byPath.get('fr/proposals.html')!;
    expect(proposals).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(proposals).toContain('=HYPERLINK(&quot;http://evil.example&quot;');
    expect(proposals).not.toMatch(/<script>alert|<img src=x/);
    expect(proposals).toContain('Hors du champ de ce plan : elle porte sur des services provinciaux.');
    expect(proposals).toContain('<blockquote lang="fr">');
  });

  it('shows each commitment with its tracker status and the IRM’s findings, in the page’s language', () => {
    const c01 = byPath.get('fr/commitments/c01.html')!;
    expect(c01).toContain('Participation inclusive et significative');
    expect(c01).toContain('Progrès important <span class="muted">(2025-12)</span>');
    expect(c01).toContain('<dt>Potentiel de résultats</dt><dd>Modeste</dd>');
    expect(byPath.get('en/commitments/c04.html')).toContain('<dt>Verifiable</dt><dd>Not verifiable</dd>');
    expect(byPath.get('en/meetings.html')).toContain('Published notes');
    expect(byPath.get('en/sign-offs.html')).toContain('Conditions partly met');
  });
});
