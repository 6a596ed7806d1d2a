/**
 * `npm run package -- <scorm12|scorm2004|cmi5> <scenario id|parcours id|all>`: zip packages for
 * training platforms, from the built site (dist/), into dist-packages/<format>/<id>.zip.
 *
 * A package holds the scenario pages (one per scenario, at `index.html` for a scenario package,
 * `<scenario>/index.html` for a path), the JS and CSS they load (lazy chunks included: the
 * simulated DMP, the platform runtime), the MSW service worker at its root, and the manifest
 * (`imsmanifest.xml` or `cmi5.xml`). Addresses are made relative so the package works wherever the
 * platform serves it; links to the rest of the site point to the published site, in a new tab; the
 * worker's scope is the package's folder (docs/decisions/034-package-layout.md). `all` builds one
 * package per scenario and one per path. Errors are French sentences, exit code 1.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import {
  courseActivityId,
  DEFAULT_PASS_MARK,
  PACKAGE_KINDS,
  scenarioActivityId,
  type PackageKind,
} from '../src/lms/ids';
import { listParcoursFiles, checkParcoursFile, listScenarioIds } from '../src/parcours/load-dir';
import type { Parcours } from '../src/parcours/index';
import { listScenarioFiles } from '../src/scenario/check-file';
import { loadScenario } from '../src/scenario/check/index';

const DIST = resolve('dist');
const OUT = resolve('dist-packages');

/** One scenario inside a package. */
interface Unit {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The scenario counts for the path (required) or not. */
  readonly required: boolean;
}

/** What one package holds. */
export interface PackagePlan {
  readonly kind: 'scenario' | 'parcours';
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Share of the scored steps of each scenario to pass it (0–1). */
  readonly passMark: number;
  readonly units: readonly Unit[];
}

export class PackageError extends Error {}

/** Every JS file a file pulls in: static and dynamic imports, and Vite's preload lists. */
function jsClosure(file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/["'`]((?:\.{1,2}\/|\/_astro\/|_astro\/)[^"'`]+?\.js)["'`]/g)) {
    const ref = m[1] as string;
    const target = ref.startsWith('/')
      ? join(DIST, ref)
      : ref.startsWith('_astro/')
        ? join(DIST, ref)
        : resolve(dirname(file), ref);
    jsClosure(target, seen);
  }
}

/** The site files a built page needs: stylesheets, scripts, islands, icons. */
function pageAssets(html: string): Set<string> {
  const files = new Set<string>();
  for (const m of html.matchAll(
    /(?:href|src|component-url|renderer-url|before-hydration-url)="(\/_astro\/[^"]+|\/favicon\.svg)"/g,
  )) {
    const file = join(DIST, (m[1] as string).split(/[?#]/)[0] as string);
    if (file.endsWith('.js')) jsClosure(file, files);
    else if (existsSync(file)) files.add(file);
  }
  for (const m of html.matchAll(/(?:import|from)\s*["'](\/_astro\/[^"']+\.js)["']/g))
    jsClosure(join(DIST, m[1] as string), files);
  return files;
}

/** The site's published address, as the build wrote it in the sitemap. */
function siteOrigin(): string {
  const sitemap = join(DIST, 'sitemap-0.xml');
  const loc = existsSync(sitemap)
    ? /<loc>([^<]+)<\/loc>/.exec(readFileSync(sitemap, 'utf8'))
    : null;
  return loc === null ? '' : new URL(loc[1] as string).origin;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A built page made to live at `pagePath` inside a package: root-relative addresses of packaged
 * files become relative, other site links point to the published site in a new tab, and three
 * `<meta>` tell the player it is packaged (kind, package root, site).
 */
export function packagePage(html: string, kind: PackageKind, pagePath: string, site: string) {
  const up = '../'.repeat(pagePath.split('/').length - 1);
  const root = up === '' ? './' : up;
  let out = html
    .replace(/<link rel="sitemap"[^>]*>/g, '')
    .replace(
      /(href|src|component-url|renderer-url|before-hydration-url)="\/(_astro\/[^"]*|favicon\.svg)"/g,
      (_, attr: string, path: string) => `${attr}="${up}${path}"`,
    )
    .replace(
      /(import|from)(\s*)(["'])\/_astro\//g,
      (_, k: string, sp: string, q: string) => `${k}${sp}${q}${up}_astro/`,
    )
    // Links and forms to pages the package does not hold: the published site, outside the platform.
    .replace(/<a ([^>]*?)href="\/([^"]*)"/g, (_, before: string, path: string) =>
      site === ''
        ? `<a ${before}href="#"`
        : `<a ${before}href="${site}/${path}" target="_blank" rel="noopener"`,
    )
    .replace(
      /action="\/([^"]*)"/g,
      (_, path: string) => `action="${site}/${path}" target="_blank"`,
    );
  const metas =
    `<meta name="dmp-package" content="${kind}">` +
    `<meta name="dmp-package-root" content="${root}">` +
    (site === '' ? '' : `<meta name="dmp-site" content="${escapeXml(site)}">`);
  out = out.replace(/<head>/, `<head>${metas}`);
  return out;
}

/** Vite's preload helper prefixes chunks with the site's base `/`: relative to the helper instead. */
export function packageScript(src: string): string {
  return src.replace(
    /function\((\w+)\)\{return`\/`\+\1\}/g,
    (_, v: string) => `function(${v}){return new URL(\`../\`+${v},import.meta.url).href}`,
  );
}

/**
 * One SCO resource per unit, each depending on the shared files. SCORM 1.2 spells the attribute
 * `scormtype`, SCORM 2004 `scormType`.
 */
function scoResources(plan: PackagePlan, attribute: 'scormtype' | 'scormType'): string {
  return plan.units
    .map(
      (
        u,
      ) => `    <resource identifier="res-${u.id}" type="webcontent" adlcp:${attribute}="sco" href="${pageOf(plan, u)}">
      <file href="${pageOf(plan, u)}"/>
      <dependency identifierref="res-commun"/>
    </resource>`,
    )
    .join('\n');
}

export function manifestScorm12(plan: PackagePlan, files: readonly string[]): string {
  const items = plan.units
    .map(
      (u) => `      <item identifier="item-${u.id}" identifierref="res-${u.id}">
        <title>${escapeXml(u.title)}</title>
        <adlcp:masteryscore>${Math.round(plan.passMark * 100)}</adlcp:masteryscore>
      </item>`,
    )
    .join('\n');
  const resources = scoResources(plan, 'scormtype');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="dmp-simulateur-${plan.kind}-${plan.id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-${plan.id}">
    <organization identifier="org-${plan.id}">
      <title>${escapeXml(plan.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="res-commun" type="webcontent" adlcp:scormtype="asset">
${files.map((f) => `      <file href="${f}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

export function manifestScorm2004(plan: PackagePlan, files: readonly string[]): string {
  const items = plan.units
    .map(
      (u) => `      <item identifier="item-${u.id}" identifierref="res-${u.id}">
        <title>${escapeXml(u.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="reussite-${u.id}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${plan.passMark}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>${
            u.required
              ? ''
              : `
          <imsss:rollupRules rollupObjectiveSatisfied="false" rollupProgressCompletion="false" objectiveMeasureWeight="0"/>`
          }
        </imsss:sequencing>
      </item>`,
    )
    .join('\n');
  const resources = scoResources(plan, 'scormType');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="dmp-simulateur-${plan.kind}-${plan.id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-${plan.id}">
    <organization identifier="org-${plan.id}">
      <title>${escapeXml(plan.title)}</title>
${items}
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="res-commun" type="webcontent" adlcp:scormType="asset">
${files.map((f) => `      <file href="${f}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

export function manifestCmi5(plan: PackagePlan): string {
  const lang = (s: string) => `<langstring lang="fr-FR">${escapeXml(s)}</langstring>`;
  const aus = plan.units
    .map(
      (
        u,
      ) => `  <au id="${scenarioActivityId(u.id)}" moveOn="${u.required ? 'CompletedAndPassed' : 'NotApplicable'}" masteryScore="${plan.passMark}" launchMethod="AnyWindow">
    <title>${lang(u.title)}</title>
    <description>${lang(u.description)}</description>
    <url>${pageOf(plan, u)}</url>
  </au>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${courseActivityId(plan.kind, plan.id)}">
    <title>${lang(plan.title)}</title>
    <description>${lang(plan.description)}</description>
  </course>
${aus}
</courseStructure>
`;
}

const pageOf = (plan: PackagePlan, unit: Unit) =>
  plan.kind === 'scenario' ? 'index.html' : `${unit.id}/index.html`;

/** Fixed date in the zip entries: the same build gives the same bytes. */
const ZIP_DATE = new Date('2025-09-18T00:00:00Z');

/** Build one package; returns its path and size. */
export function buildPackage(
  kind: PackageKind,
  plan: PackagePlan,
): { file: string; bytes: number } {
  const site = siteOrigin();
  const entries: Record<string, Uint8Array> = {};
  const assets = new Set<string>();
  for (const unit of plan.units) {
    const built = join(DIST, 'simulateur', unit.id, 'index.html');
    if (!existsSync(built))
      throw new PackageError(
        `La page du scénario « ${unit.id} » manque dans dist/ : lancez npm run build, puis recommencez.`,
      );
    const html = readFileSync(built, 'utf8');
    for (const f of pageAssets(html)) assets.add(f);
    entries[pageOf(plan, unit)] = new TextEncoder().encode(
      packagePage(html, kind, pageOf(plan, unit), site),
    );
  }
  for (const file of [...assets].sort()) {
    const rel = relative(DIST, file).split('\\').join('/');
    const bytes = readFileSync(file);
    entries[rel] = file.endsWith('.js')
      ? new TextEncoder().encode(packageScript(bytes.toString('utf8')))
      : new Uint8Array(bytes);
  }
  entries['mockServiceWorker.js'] = new Uint8Array(
    readFileSync(join(DIST, 'mockServiceWorker.js')),
  );
  const files = Object.keys(entries).sort();
  const manifest =
    kind === 'scorm12'
      ? ['imsmanifest.xml', manifestScorm12(plan, files)]
      : kind === 'scorm2004'
        ? ['imsmanifest.xml', manifestScorm2004(plan, files)]
        : ['cmi5.xml', manifestCmi5(plan)];
  entries[manifest[0] as string] = new TextEncoder().encode(manifest[1]);
  const zippable: Zippable = {};
  for (const name of Object.keys(entries).sort())
    zippable[name] = [entries[name] as Uint8Array, { mtime: ZIP_DATE, level: 9 }];
  const zip = zipSync(zippable);
  const dir = join(OUT, kind);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${plan.kind === 'parcours' ? 'parcours-' : ''}${plan.id}.zip`);
  writeFileSync(file, zip);
  return { file, bytes: zip.length };
}

/** Title and description of every scenario, from its file. */
async function scenarioUnits(): Promise<Map<string, Unit>> {
  const units = new Map<string, Unit>();
  for (const file of await listScenarioFiles()) {
    const { scenario } = loadScenario(await readFile(file, 'utf8'), file);
    if (scenario !== null)
      units.set(scenario.id, {
        id: scenario.id,
        title: scenario.title,
        description: scenario.summary ?? scenario.title,
        required: true,
      });
  }
  return units;
}

async function paths(): Promise<Parcours[]> {
  const ids = await listScenarioIds();
  const checked = await Promise.all(
    (await listParcoursFiles()).map((f) => checkParcoursFile(f, ids)),
  );
  return checked.flatMap((c) => (c.parcours === null ? [] : [c.parcours]));
}

/** The packages a target names: a scenario, a path, or all of them. */
export async function plansFor(target: string): Promise<PackagePlan[]> {
  const units = await scenarioUnits();
  const scenarioPlan = (u: Unit): PackagePlan => ({
    kind: 'scenario',
    id: u.id,
    title: u.title,
    description: u.description,
    passMark: DEFAULT_PASS_MARK,
    units: [u],
  });
  const pathPlan = (p: Parcours): PackagePlan => ({
    kind: 'parcours',
    id: p.id,
    title: p.title,
    description: p.summary,
    passMark: p.passMark / 100,
    units: p.scenarios.map((item) => {
      const u = units.get(item.scenario);
      if (u === undefined)
        throw new PackageError(
          `Le parcours « ${p.id} » cite le scénario « ${item.scenario} », introuvable.`,
        );
      return { ...u, required: item.optional !== true };
    }),
  });
  const allPaths = await paths();
  if (target === 'all')
    return [...[...units.values()].map(scenarioPlan), ...allPaths.map(pathPlan)];
  const unit = units.get(target);
  if (unit !== undefined) return [scenarioPlan(unit)];
  const path = allPaths.find((p) => p.id === target);
  if (path !== undefined) return [pathPlan(path)];
  throw new PackageError(
    `« ${target} » n'est ni un scénario ni un parcours. Scénarios : ${[...units.keys()].join(', ')}. Parcours : ${allPaths.map((p) => p.id).join(', ') || 'aucun'}. Ou : all.`,
  );
}

const USAGE =
  'Usage : npm run package -- <scorm12|scorm2004|cmi5> <identifiant de scénario|identifiant de parcours|all>';

async function main(args: readonly string[]): Promise<number> {
  const [kind, target] = args;
  if (kind === undefined || target === undefined) {
    console.error(USAGE);
    return 1;
  }
  if (!(PACKAGE_KINDS as readonly string[]).includes(kind)) {
    console.error(`Format inconnu « ${kind} » : choisissez scorm12, scorm2004 ou cmi5.\n${USAGE}`);
    return 1;
  }
  if (!existsSync(join(DIST, 'simulateur')) || !existsSync(join(DIST, 'mockServiceWorker.js'))) {
    console.error(
      "Le site n'est pas construit (dossier dist/ absent ou incomplet) : lancez npm run build, puis recommencez.",
    );
    return 1;
  }
  try {
    const plans = await plansFor(target);
    for (const plan of plans) {
      const { file, bytes } = buildPackage(kind as PackageKind, plan);
      console.log(`${relative(process.cwd(), file)}  ${(bytes / 1024).toFixed(1)} Ko`);
    }
    return 0;
  } catch (error) {
    if (error instanceof PackageError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = await main(process.argv.slice(2));
