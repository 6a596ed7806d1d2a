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

/** URL slug of a machine page: the machine id in kebab-case (`breakGlass` → `break-glass`). */
export function machineSlug(id: string): string {
  return id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
