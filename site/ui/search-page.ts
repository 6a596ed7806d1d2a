/**
 * The search page's client (decision 010): reads `?q=` (header and home forms land here), runs the
 * query layer on Pagefind's JS API, renders accessible results and filters, and keeps the URL in
 * step so that a search can be shared. Loaded only by /recherche/.
 */
import { searchQuestion, type PagefindLike, type SearchResult } from './search-engine';
import type { PageKind } from './search-query';

interface PagefindModule extends PagefindLike {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const KIND_LABELS: Readonly<Record<PageKind, string>> = {
  answer: 'Réponse de la FAQ',
  glossary: 'Glossaire',
  scenario: 'Scénario de formation',
  tool: 'Outil',
  hub: 'Liste de questions',
  technical: 'Documentation technique',
};

/** Labels of the Pagefind filters shown in the filter pane, in order. */
const FILTER_LABELS: readonly [string, string][] = [
  ['section', 'Section'],
  ['profession', 'Profession'],
];

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

function plural(n: number, word: string): string {
  return `${n} ${word}${n > 1 ? 's' : ''}`;
}

function renderResult(r: SearchResult): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `search-result kind-${r.kind}`;
  const kind = document.createElement('span');
  kind.className = 'search-kind';
  kind.textContent = KIND_LABELS[r.kind];
  const link = document.createElement('a');
  link.href = r.url;
  link.textContent = r.title;
  const heading = document.createElement('h2');
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  // Pagefind's excerpt is text from our own pages, escaped by Pagefind, with <mark> around matches.
  excerpt.innerHTML = r.excerpt;
  li.append(kind, heading, excerpt);
  return li;
}

async function start(): Promise<void> {
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-q');
  const status = byId<HTMLElement>('search-status');
  const searchedLine = byId<HTMLElement>('search-searched');
  const list = byId<HTMLOListElement>('search-results');
  const pane = byId<HTMLElement>('search-filters');
  if (!form || !input || !status || !searchedLine || !list || !pane) return;
  const vocabulary = JSON.parse(
    document.getElementById('search-vocabulary')?.textContent ?? '[]',
  ) as string[];

  let pagefind: PagefindModule;
  try {
    const path = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ path)) as PagefindModule;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
  } catch {
    status.textContent =
      "La recherche n'est pas disponible ici (index absent : construisez le site avec npm run build).";
    return;
  }

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const scopeRadio = form.querySelector<HTMLInputElement>(
    `input[name="doc"][value="${params.get('doc') === 'technique' ? 'technique' : ''}"]`,
  );
  if (scopeRadio) scopeRadio.checked = true;

  // Filter pane: one collapsible group of checkboxes per Pagefind filter.
  const available = await pagefind.filters();
  for (const [key, label] of FILTER_LABELS) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b, 'fr'));
    if (values.length === 0) continue;
    const chosen = params.getAll(key);
    const details = document.createElement('details');
    details.open = chosen.length > 0;
    const summary = document.createElement('summary');
    summary.textContent = label;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.className = 'sr-only';
    legend.textContent = label;
    fieldset.append(legend);
    for (const value of values) {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = chosen.includes(value);
      box.setAttribute('form', form.id);
      const lab = document.createElement('label');
      lab.append(box, ` ${value}`);
      fieldset.append(lab);
    }
    details.append(summary, fieldset);
    pane.append(details);
  }

  let generation = 0;
  const run = async () => {
    const current = ++generation;
    const data = new FormData(form);
    const q = input.value.trim();
    const technical = data.get('doc') === 'technique';
    const filters: Record<string, { any: string[] }> = {};
    for (const [key] of FILTER_LABELS) {
      const values = data.getAll(key).map(String);
      if (values.length) filters[key] = { any: values };
    }
    // Keep the URL in step, so that the search can be shared.
    const url = new URL(location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    if (technical) url.searchParams.set('doc', 'technique');
    for (const [key, { any }] of Object.entries(filters))
      for (const v of any) url.searchParams.append(key, v);
    history.replaceState(null, '', url);

    if (!q) {
      list.replaceChildren();
      searchedLine.textContent = '';
      status.textContent = 'Saisissez votre question ou quelques mots pour lancer la recherche.';
      list.setAttribute('aria-busy', 'false');
      return;
    }
    const outcome = await searchQuestion(pagefind, q, {
      scope: technical ? 'technical' : 'practitioner',
      ...(Object.keys(filters).length ? { filters } : {}),
      vocabulary,
    });
    if (current !== generation) return;
    list.replaceChildren(...outcome.results.map(renderResult));
    searchedLine.textContent =
      outcome.reduced && outcome.searched.length > 0
        ? `Résultats pour : ${outcome.searched.join(' ')}`
        : '';
    const n = outcome.results.length;
    status.textContent =
      n === 0
        ? `Aucun résultat pour « ${q} »${technical ? ' dans la documentation technique' : ''}. Essayez d'autres mots, ou parcourez toutes les questions.`
        : `${plural(n, 'résultat')}${technical ? ' dans la documentation technique' : ''}.`;
    list.setAttribute('aria-busy', 'false');
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (delay: number) => {
    clearTimeout(timer);
    list.setAttribute('aria-busy', 'true');
    timer = setTimeout(() => void run(), delay);
  };
  input.addEventListener('input', () => schedule(250));
  form.addEventListener('change', (e) => {
    if (e.target !== input) schedule(0);
  });
  // The filter checkboxes belong to the form (`form` attribute) but live outside it in the page.
  pane.addEventListener('change', () => schedule(0));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    schedule(0);
  });
  await run();
}

void start();
