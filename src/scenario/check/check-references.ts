/**
 * Cross-reference checks after the schema (ink's "target not found", TutorialKit's structure
 * assertions): unique ids, every FAQ id, rule, error code, document type, patient, professional,
 * document, role and representative exists and is declared; expectations are coherent; the action
 * suits the role; the card presented is the one the professional holds.
 */
import { ALLOWED_CODES } from '../../dmp/index';
import { ACTIONS, type StepAction } from '../actions/index';
import { roleOf, stepIndex } from '../engine/index';
import type { ProblemSink, DataPath } from '../diagnostics/index';
import type { Scenario, Expectation, StepEvent } from '../format/index';
import { matchStep, unknownStepKind } from '../format/kinds';
import { createReferenceChecker, type ReferenceChecker } from './reference-checker';
import { didYouMean } from '../diagnostics/index';
import type { World } from '../wire/index';

function duplicates(
  ids: readonly string[],
  path: (i: number) => DataPath,
  what: string,
  sink: ProblemSink,
): void {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) sink.add('SCN011', path(i), `${what} « ${id} » en double`);
  });
}

function checkExpect(
  e: Expectation,
  path: DataPath,
  ref: ReferenceChecker,
  sink: ProblemSink,
): void {
  if (e.result === 'refused' && e.code === undefined)
    sink.add(
      'SCN026',
      [...path, 'result'],
      'refus attendu sans code',
      'ajoutez `code: DMP.…` (le refus que le DMP doit opposer)',
    );
  const success = e.code !== undefined && Object.hasOwn(ALLOWED_CODES, e.code);
  if (success)
    sink.add(
      'SCN026',
      [...path, 'code'],
      `${e.code} est le code d'un succès : \`code\` n'attend qu'un code de refus`,
      e.result === 'allowed'
        ? 'retirez `code` : `result: allowed` suffit'
        : 'attendez `result: allowed` (sans code), ou donnez le code du refus attendu',
    );
  else if (e.result === 'allowed' && e.code !== undefined)
    sink.add(
      'SCN026',
      [...path, 'code'],
      `code ${e.code} donné pour une action autorisée`,
      'retirez `code`, ou attendez `result: refused`',
    );
  if (e.code !== undefined && !success) ref.errorCode(e.code, [...path, 'code']);
  if (e.found !== undefined) ref.patient(e.found, [...path, 'found']);
  (e.documents?.includes ?? []).forEach((d, i) =>
    ref.document(d, [...path, 'documents', 'includes', i]),
  );
  (e.documents?.excludes ?? []).forEach((d, i) =>
    ref.document(d, [...path, 'documents', 'excludes', i]),
  );
  (e.rules ?? []).forEach((r, i) => ref.rule(r, [...path, 'rules', i]));
}

function checkAction(a: StepAction, path: DataPath, ref: ReferenceChecker): void {
  if ('patient' in a && a.patient !== undefined) ref.patient(a.patient, [...path, 'patient']);
  if ('professional' in a && a.professional !== undefined)
    ref.professional(a.professional, [...path, 'professional']);
  if ('document' in a) ref.document(a.document, [...path, 'document']);
  if ('type' in a) ref.documentType(a.type, [...path, 'type']);
}

/** An event: its actor is a declared role able to do the action; its action and expectation refer to known data. */
function checkEvent(
  s: Scenario,
  event: StepEvent,
  path: DataPath,
  ref: ReferenceChecker,
  sink: ProblemSink,
): void {
  const role = s.roles.find((r) => r.id === event.by);
  if (role === undefined) {
    sink.add(
      'SCN022',
      [...path, 'by'],
      `rôle « ${event.by} » inconnu pour l'acteur de l'événement`,
      `déclarez ce rôle dans roles: (un rôle que l'apprenant ne joue pas peut servir d'acteur) ; ${didYouMean(
        event.by,
        s.roles.map((r) => r.id),
        'rôles déclarés',
      )}`,
    );
  }
  checkAction(event.do, [...path, 'do'], ref);
  if (event.expect !== undefined) checkExpect(event.expect, [...path, 'expect'], ref, sink);
  const needed = ACTIONS[event.do.action].actor;
  if (role !== undefined && needed !== 'any' && role.kind !== needed)
    sink.add(
      'SCN027',
      [...path, 'do', 'action'],
      `l'action ${event.do.action} se joue avec un rôle « ${needed} », or l'acteur « ${role.id} » est « ${role.kind} »`,
      'choisissez dans `by:` un rôle du bon genre',
    );
}

/** Run every reference check of a scenario. */
export function checkReferences(s: Scenario, world: World, sink: ProblemSink): void {
  const ref = createReferenceChecker(s, world, sink);
  const steps = stepIndex(s);
  const stepIds = s.steps.map((st) => st.id);
  const goto = (id: string, path: DataPath) => {
    if (!steps.has(id))
      sink.add(
        'SCN012',
        path,
        `étape « ${id} » inconnue dans ${path.at(-1) === 'start' ? 'start' : 'goto'}`,
        didYouMean(id, stepIds, 'étapes connues'),
      );
  };
  duplicates(stepIds, (i) => ['steps', i, 'id'], "identifiant d'étape", sink);
  duplicates(
    s.roles.map((r) => r.id),
    (i) => ['roles', i, 'id'],
    'rôle',
    sink,
  );
  const aliasSteps = s.steps.flatMap((st, i) => [
    ...matchStep(st, {
      action: (a) =>
        'as' in a.do && a.do.as !== undefined
          ? [{ as: a.do.as, path: ['steps', i, 'do', 'as'] }]
          : [],
      question: () => [],
    }),
    ...(st.events ?? []).flatMap((e, k) =>
      'as' in e.do && e.do.as !== undefined
        ? [{ as: e.do.as, path: ['steps', i, 'events', k, 'do', 'as'] }]
        : [],
    ),
  ]);
  aliasSteps.forEach(({ as, path }, k) => {
    if (aliasSteps.findIndex((x) => x.as === as) !== k || world.declared.documents.includes(as))
      sink.add('SCN011', path, `nom de document « ${as} » déjà utilisé`);
  });
  s.faq.forEach((id, i) => ref.faq(id, ['faq', i]));
  s.world.documents.forEach((d, i) => {
    if (typeof d !== 'string' && d.type !== undefined)
      ref.documentType(d.type, ['world', 'documents', i, 'type']);
  });
  s.roles.forEach((role, i) => {
    if (role.kind === 'professional')
      ref.professional(role.professional, ['roles', i, 'professional']);
    else ref.patient(role.patient, ['roles', i, 'patient']);
    if (role.kind !== 'representative') return;
    const reps = world.patients.get(role.patient)?.legalRepresentatives.map((r) => r.id) ?? [];
    if (!reps.includes(role.representative))
      sink.add(
        'SCN023',
        ['roles', i, 'representative'],
        `« ${role.representative} » n'est pas représentant légal de « ${role.patient} »`,
        didYouMean(role.representative, reps, 'représentants connus'),
      );
  });
  if (s.start !== undefined) goto(s.start, ['start']);
  s.steps.forEach((step, i) => {
    const path: DataPath = ['steps', i];
    if (step.role !== undefined && !s.roles.some((r) => r.id === step.role))
      sink.add(
        'SCN022',
        [...path, 'role'],
        `rôle « ${step.role} » inconnu`,
        didYouMean(
          step.role,
          s.roles.map((r) => r.id),
          'rôles déclarés',
        ),
      );
    (step.events ?? []).forEach((event, k) =>
      checkEvent(s, event, [...path, 'events', k], ref, sink),
    );
    if (step.goto !== undefined) goto(step.goto, [...path, 'goto']);
    if (step.goto !== undefined && step.end !== undefined)
      sink.add('SCN030', [...path, 'end'], `l'étape « ${step.id} » a à la fois goto et end`);
    switch (step.kind) {
      case 'question':
        if (!step.options.some((o) => o.correct))
          sink.add(
            'SCN029',
            [...path, 'question'],
            `la question « ${step.id} » n'a aucune réponse correct: true`,
          );
        step.options.forEach((o, k) => {
          const at: DataPath = [...path, 'options', k];
          ref.citation(o.feedback, [...at, 'feedback']);
          if (o.goto !== undefined) goto(o.goto, [...at, 'goto']);
          if (o.goto !== undefined && o.end !== undefined)
            sink.add(
              'SCN030',
              [...at, 'end'],
              `une réponse de « ${step.id} » a à la fois goto et end`,
            );
        });
        return;
      case 'action':
        break;
      default:
        unknownStepKind(step);
    }
    checkAction(step.do, [...path, 'do'], ref);
    checkExpect(step.expect, [...path, 'expect'], ref, sink);
    ref.citation(step.feedback.success, [...path, 'feedback', 'success']);
    ref.citation(step.feedback.failure, [...path, 'feedback', 'failure']);
    const role = roleOf(s, i);
    const needed = ACTIONS[step.do.action].actor;
    if (role !== undefined && needed !== 'any' && role.kind !== needed) {
      sink.add(
        'SCN027',
        [...path, 'do', 'action'],
        `l'action ${step.do.action} se joue avec un rôle « ${needed} », or le rôle « ${role.id} » est « ${role.kind} »`,
        'ajoutez `role:` sur cette étape pour changer de rôle',
      );
    }
    if (step.do.action === 'ps.login' && role?.kind === 'professional') {
      const held = world.professionals.get(role.professional)?.card.type;
      if (held !== undefined && held !== step.do.card)
        sink.add(
          'SCN031',
          [...path, 'do', 'card'],
          `« ${role.professional} » détient une ${held}, pas une ${step.do.card}`,
          `présentez card: ${held}`,
        );
    }
  });
}
