import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_PASS_MARK, scenarioActivityId } from '../src/lms/ids';
import {
  buildPackage,
  manifestCmi5,
  manifestScorm12,
  manifestScorm2004,
  packagePage,
  packageScript,
  plansFor,
} from '../scripts/package';

const SITE = 'https://site.example';
const PAGE = `<!doctype html><html lang="fr"><head><link rel="sitemap" href="/sitemap-index.xml"/>
<link rel="stylesheet" href="/_astro/page.css"><script type="module" src="/_astro/page.js"></script>
<script type="module">import "/_astro/toc.js";</script></head><body>
<a href="/faq/consentement/">FAQ</a><a href="#jouer">Jouer</a><form action="/recherche/"></form>
<astro-island component-url="/_astro/Player.js" renderer-url="/_astro/client.js"></astro-island>
<img src="/favicon.svg"></body></html>`;

describe('package pages', () => {
  it('makes packaged files relative to the page, wherever it sits in the package', () => {
    for (const [path, up] of [
      ['index.html', ''],
      ['recherche-par-ins/index.html', '../'],
    ] as const) {
      const out = packagePage(PAGE, 'scorm12', path, SITE);
      for (const asset of ['_astro/page.css', '_astro/page.js', '_astro/Player.js', 'favicon.svg'])
        expect(out).toContain(`"${up}${asset}"`);
      expect(out).toContain(`import "${up}_astro/toc.js"`);
      expect(out).not.toMatch(/(href|src|component-url|renderer-url)="\/_astro/);
      expect(out).toContain(`<meta name="dmp-package-root" content="${up === '' ? './' : up}">`);
    }
  });

  it('sends links out of the package to the published site, in a new tab, and keeps anchors', () => {
    const out = packagePage(PAGE, 'cmi5', 'index.html', SITE);
    expect(out).toContain(`href="${SITE}/faq/consentement/" target="_blank" rel="noopener"`);
    expect(out).toContain(`action="${SITE}/recherche/" target="_blank"`);
    expect(out).toContain('href="#jouer"');
    expect(out).not.toContain('sitemap');
    expect(out).toContain('<meta name="dmp-package" content="cmi5">');
    expect(out).toContain(`<meta name="dmp-site" content="${SITE}">`);
  });

  it("resolves the preload helper's chunk names against the helper, not the site's root", () => {
    const helper = 'var t=function(e){return`/`+e},n={};';
    const out = packageScript(helper);
    expect(out).not.toContain('return`/`+e');
    expect(out).toContain('new URL(`../`+e,import.meta.url).href');
  });
});

describe('package plans and manifests', () => {
  it('packages a path in its order, with its pass mark and its optional scenarios', async () => {
    const source = parse(await readFile('parcours/apres-le-webinaire.yaml', 'utf8')) as {
      passMark: number;
      scenarios: { scenario: string; optional?: boolean }[];
    };
    const [plan] = await plansFor('apres-le-webinaire');
    if (plan === undefined) throw new Error('no plan');
    expect(plan.units.map((u) => u.id)).toEqual(source.scenarios.map((s) => s.scenario));
    expect(plan.units.map((u) => u.required)).toEqual(
      source.scenarios.map((s) => s.optional !== true),
    );
    expect(plan.passMark).toBeCloseTo(source.passMark / 100);

    const cmi5 = manifestCmi5(plan);
    for (const u of plan.units) {
      expect(cmi5).toContain(`<au id="${scenarioActivityId(u.id)}"`);
      expect(cmi5).toContain(`<url>${u.id}/index.html</url>`);
    }
    expect(cmi5.match(/moveOn="NotApplicable"/g)?.length ?? 0).toBe(
      plan.units.filter((u) => !u.required).length,
    );
    const s12 = manifestScorm12(plan, ['a.js']);
    expect(s12.match(/adlcp:scormtype="sco"/g)).toHaveLength(plan.units.length);
    expect(s12).toContain(`<adlcp:masteryscore>${source.passMark}</adlcp:masteryscore>`);
    const s2004 = manifestScorm2004(plan, ['a.js']);
    expect(s2004.match(/rollupObjectiveSatisfied="false"/g)?.length ?? 0).toBe(
      plan.units.filter((u) => !u.required).length,
    );
  });

  it('packages a scenario alone at the default pass mark, and `all` covers every scenario and path', async () => {
    const all = await plansFor('all');
    const scenarios = all.filter((p) => p.kind === 'scenario');
    expect(scenarios.every((p) => p.passMark === DEFAULT_PASS_MARK && p.units.length === 1)).toBe(
      true,
    );
    const [one] = await plansFor(scenarios[0]?.id ?? '');
    expect(one?.units.map((u) => u.id)).toEqual([scenarios[0]?.id]);
    expect(all.some((p) => p.kind === 'parcours' && p.id === 'apres-le-webinaire')).toBe(true);
  });

  it('says in French that the site must be built when a page is missing from dist/', () => {
    const plan = {
      kind: 'scenario' as const,
      id: 'absent-de-dist',
      title: 'Absent',
      description: 'Absent',
      passMark: DEFAULT_PASS_MARK,
      units: [{ id: 'absent-de-dist', title: 'Absent', description: 'Absent', required: true }],
    };
    expect(() => buildPackage('scorm12', plan)).toThrow(
      /« absent-de-dist » manque dans dist\/ : lancez npm run build/,
    );
  });

  it('refuses an unknown id with a French sentence that lists the choices', async () => {
    await expect(plansFor('pas-un-scenario')).rejects.toThrow(
      /« pas-un-scenario » n'est ni un scénario ni un parcours/,
    );
  });
});
