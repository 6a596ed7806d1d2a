import type { AnyStateMachine } from 'xstate';

/** What a machine page shows about one guard. */
export interface GuardRow {
  readonly guard: string;
  readonly summary: string;
  readonly rules: readonly string[];
  readonly faq: string | undefined;
}

/** A catalogue entry of machines/index.ts, as far as the pages need it. */
export interface MachineEntryLike {
  readonly machine: AnyStateMachine;
  readonly guardRules: Readonly<
    Record<
      string,
      { readonly summary: string; readonly rules: readonly string[]; readonly faq: string }
    >
  >;
}

/** Rows of the guard table: every guard of the machine, with the core rule it calls. */
export function machineGuardRules(entry: MachineEntryLike): GuardRow[] {
  const names = Object.keys(
    (entry.machine.implementations.guards ?? {}) as Record<string, unknown>,
  );
  return names.sort().map((guard) => {
    const rule = entry.guardRules[guard];
    return { guard, summary: rule?.summary ?? '—', rules: rule?.rules ?? [], faq: rule?.faq };
  });
}

/** A catalogue entry, as far as its address needs it. */
export interface MachineAddress {
  readonly id: string;
  readonly slug: string;
}

/** The first address of the machine pages: the machine id in kebab-case (`breakGlass` → `break-glass`). */
export function legacyMachineSlug(id: string): string {
  return id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Address of a machine page, from its French slug (`/regles/bris-de-glace/`). */
export function machinePath(entry: MachineAddress): string {
  return `/regles/${entry.slug}/`;
}

/** Redirects from the first addresses (`/regles/break-glass/`) to the French ones, for links shared before. */
export function machineRedirects(entries: readonly MachineAddress[]): Record<string, string> {
  return Object.fromEntries(
    entries
      .filter((e) => legacyMachineSlug(e.id) !== e.slug)
      .map((e) => [`/regles/${legacyMachineSlug(e.id)}/`, machinePath(e)]),
  );
}
