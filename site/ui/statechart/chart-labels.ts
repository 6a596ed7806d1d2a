import type { GuardLabel, MachineLabels } from '../../../machines/index';
import type { Chart, ChartState, ChartTransition, GuardTree } from './chart-graph';

/** How a diagram names its states and transitions. */
export interface ChartLabeller {
  /** Average glyph width at 12px, regular and bold, to size label boxes before drawing. */
  readonly glyph: { readonly regular: number; readonly bold: number };
  /** The condition of a transition taken when its guarded siblings are not. */
  readonly otherwise: string;
  /** Lines of a state's box. */
  state(s: ChartState): readonly string[];
  /** Lines of a transition's label: what happens, then its condition. */
  transition(t: ChartTransition): TransitionLabel;
}

/** The lines of a transition's label. */
interface TransitionLabel {
  readonly event: readonly string[];
  readonly condition: readonly string[];
}

/** The code names (« Vue technique »): state key; event, then the guard in brackets. */
export const TECHNICAL_LABELS: ChartLabeller = {
  glyph: { regular: 6.6, bold: 7.6 }, // monospace
  otherwise: '[else]',
  state: (s) => [s.key],
  transition: (t) => ({ event: [t.event], condition: t.guard ? [`[${t.guard}]`] : [] }),
};

/** Splits a text in lines of at most `max` characters, at spaces (a longer word keeps its line). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A missing label is a build error, never a code name shown to a practitioner. */
export class MissingLabelError extends Error {}

/** The French label of a guard tree (`negate`: the tree is under a `not`). */
export function guardText(
  tree: GuardTree,
  guards: Readonly<Record<string, GuardLabel>>,
  negate = false,
): string {
  switch (tree.kind) {
    case 'ref': {
      const label = guards[tree.name];
      if (!label) throw new MissingLabelError(`Garde sans libellé français : ${tree.name}`);
      return negate ? label.no : label.yes;
    }
    case 'not':
      return guardText(tree.of, guards, !negate);
    default: {
      // not(a and b) reads « not a or not b » (De Morgan), so each part keeps its own words.
      const joiner = (tree.kind === 'and') !== negate ? ' et ' : ' ou ';
      return tree.of.map((g) => guardText(g, guards, negate)).join(joiner);
    }
  }
}

/** The path of a state below its machine (`proSession.session.search` → `session.search`). */
function statePath(chart: Chart, stateId: string): string {
  return stateId === chart.id ? '' : stateId.slice(chart.id.length + 1);
}

/** French words for a chart's states, events and conditions; throws on a missing label. */
export function frenchLabels(
  chart: Chart,
  machineTitle: string,
  labels: MachineLabels,
  guards: Readonly<Record<string, GuardLabel>>,
): {
  stateName(id: string): string;
  eventName(event: string): string;
  condition(t: ChartTransition): string | undefined;
} {
  const stateName = (id: string) => {
    const path = statePath(chart, id);
    if (path === '') return machineTitle;
    const label = labels.states[path];
    if (label === undefined) throw new MissingLabelError(`État sans libellé français : ${id}`);
    return label;
  };
  const eventName = (event: string) => {
    const label = (labels.events as Record<string, string | undefined>)[event];
    if (label === undefined)
      throw new MissingLabelError(`Événement sans libellé français : ${event}`);
    return label;
  };
  const condition = (t: ChartTransition) =>
    t.guardTree ? guardText(t.guardTree, guards) : undefined;
  return { stateName, eventName, condition };
}

/** The French labeller of a diagram: wrapped state names, then event and « si » condition. */
export function frenchLabeller(
  chart: Chart,
  machineTitle: string,
  labels: MachineLabels,
  guards: Readonly<Record<string, GuardLabel>>,
): ChartLabeller {
  const fr = frenchLabels(chart, machineTitle, labels, guards);
  return {
    glyph: { regular: 6.2, bold: 6.9 }, // system sans-serif
    otherwise: 'sinon',
    state: (s) => wrap(fr.stateName(s.id), 18),
    transition: (t) => {
      const condition = fr.condition(t);
      return {
        event: wrap(fr.eventName(t.event), 22),
        condition: condition ? wrap(`si ${condition}`, 22) : [],
      };
    },
  };
}
