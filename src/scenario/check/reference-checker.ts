/**
 * Checking one reference at a time: a patient, professional or document must be declared in the
 * world (a seed id that is merely not declared gets « ajoutez-le »), an FAQ id, rule, error code or
 * document type must exist in the core's lists; unknown values get a « vouliez-vous dire » hint.
 */
import { isDmpErrorCode, isDocumentTypeCode, isFaqId, isRuleId } from '../../dmp/index';
import {
  defaultSee,
  type DiagnosticCode,
  didYouMean,
  faqHint,
  ruleHint,
} from '../diagnostics/index';
import type { ProblemSink, DataPath } from '../diagnostics/index';
import type { Scenario } from '../format/index';
import { DOCUMENT_TYPE_LIST, ERROR_CODE_LIST, FAQ_ID_LIST, RULE_ID_LIST } from '../format/base';
import type { World } from '../wire/index';
import { matchStep } from '../format/kinds';

type Citation = {
  readonly faq: string | readonly string[];
  readonly rules?: readonly string[] | undefined;
};

/** Reference checker bound to one scenario and its world: one method per kind of reference. */
export function createReferenceChecker(s: Scenario, world: World, sink: ProblemSink) {
  const aliases = s.steps.flatMap((step) =>
    [
      ...matchStep(step, { action: (a) => [a.do], question: () => [] }),
      ...(step.events ?? []).map((e) => e.do),
    ].flatMap((a) => ('as' in a && a.as !== undefined ? [a.as] : [])),
  );
  const rejected = new Set(
    [...s.world.patients, ...s.world.professionals, ...s.world.documents].map((e) =>
      typeof e === 'string' ? e : e.id,
    ),
  );
  const known =
    (
      code: DiagnosticCode,
      what: string,
      declared: readonly string[],
      exists: (id: string) => boolean,
      where: string,
    ) =>
    (id: string, path: DataPath) => {
      // An id written in world but rejected there already has its error: no knock-on.
      if (declared.includes(id) || rejected.has(id)) return;
      if (exists(id))
        sink.add(
          code,
          path,
          `${what} « ${id} » non déclaré dans ${where}`,
          `ajoutez « ${id} » à ${where}`,
        );
      else
        sink.add(
          code,
          path,
          `${what} « ${id} » inconnu`,
          didYouMean(id, declared, 'identifiants déclarés'),
        );
    };
  const inList =
    (
      code: DiagnosticCode,
      what: string,
      unknown: string,
      list: readonly string[],
      test: (v: string) => boolean,
      hint: (v: string) => string = (v) =>
        didYouMean(v, list, 'valeurs possibles', defaultSee(code)),
    ) =>
    (value: string, path: DataPath) => {
      if (!test(value)) sink.add(code, path, `${what} « ${value} » ${unknown}`, hint(value));
    };
  return {
    patient: known(
      'SCN017',
      'patient',
      world.declared.patients,
      (id) => world.patients.has(id),
      'world.patients',
    ),
    professional: known(
      'SCN018',
      'professionnel',
      world.declared.professionals,
      (id) => world.professionals.has(id),
      'world.professionals',
    ),
    document: known(
      'SCN021',
      'document',
      [...world.declared.documents, ...aliases],
      (id) => world.documents.has(id),
      'world.documents',
    ),
    faq: inList('SCN015', 'question de FAQ', 'inconnue', FAQ_ID_LIST, isFaqId, faqHint),
    rule: inList('SCN016', 'règle', 'inconnue', RULE_ID_LIST, isRuleId, ruleHint),
    errorCode: inList('SCN020', "code d'erreur", 'inconnu', ERROR_CODE_LIST, isDmpErrorCode),
    documentType: inList(
      'SCN019',
      'type de document',
      'inconnu',
      DOCUMENT_TYPE_LIST,
      isDocumentTypeCode,
    ),
    citation(c: Citation, path: DataPath) {
      (typeof c.faq === 'string' ? [c.faq] : c.faq).forEach((id, i) =>
        this.faq(id, typeof c.faq === 'string' ? [...path, 'faq'] : [...path, 'faq', i]),
      );
      (c.rules ?? []).forEach((id, i) => this.rule(id, [...path, 'rules', i]));
    },
  };
}

/** The checker's type. */
export type ReferenceChecker = ReturnType<typeof createReferenceChecker>;
