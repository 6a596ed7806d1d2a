/**
 * Inline world entries: a patient, professional or document of the seed copied (`from`) or
 * overridden (same id), with the fields the scenario changes. Problems go to the sink and the
 * entry is skipped; nothing throws.
 */
import {
  documentType,
  isDocumentTypeCode,
  parseIns,
  parseInstant,
  professionalName,
  PROFESSION_CODES,
  SIMULATION_START,
  VISIBLE_TO_ALL,
  type Card,
  type DmpDocument,
  type DocumentAuthor,
  type EmergencySettings,
  type Instant,
  type Patient,
  type Professional,
  type ProfessionCode,
} from '../dmp/index';
import type { DataPath, WorldHints, WorldSink } from './problems';
import type { InlineDocument, InlinePatient, InlineProfessional } from './world.schema';

/** What every entry builder reports to: the sink, and the caller's hint makers. */
export interface Report {
  readonly sink: WorldSink;
  readonly hints: WorldHints;
}

function baseOf<T>(
  spec: { readonly id: string; readonly from?: string | undefined },
  seed: ReadonlyMap<string, T>,
  path: DataPath,
  labels: { code: 'SCN017' | 'SCN018' | 'SCN021'; what: string },
  report: Report,
): T | null | undefined {
  if (spec.from === undefined) return seed.get(spec.id);
  const base = seed.get(spec.from);
  if (base === undefined) {
    report.sink.add(
      labels.code,
      [...path, 'from'],
      `${labels.what} de base « ${spec.from} » absent du jeu de données`,
      report.hints.didYouMean?.(spec.from, [...seed.keys()], 'identifiants connus'),
    );
    return null;
  }
  return base;
}

/** A patient of the world from its inline definition. */
export function inlinePatient(
  p: InlinePatient,
  path: DataPath,
  seed: ReadonlyMap<string, Patient>,
  professionals: ReadonlyMap<string, Professional>,
  report: Report,
  start: Instant = SIMULATION_START,
): Patient | null {
  const base = baseOf(p, seed, path, { code: 'SCN017', what: 'patient' }, report);
  if (base === undefined)
    report.sink.add(
      'SCN034',
      path,
      `patient « ${p.id} » défini sans base`,
      'ajoutez `from: <patient du jeu de données>` (ex. from: pat-adult)',
    );
  if (!base) return null;
  let ins = base.ins;
  if (p.ins !== undefined) {
    const parsed = parseIns(p.ins);
    if (parsed.ok) ins = parsed.ins;
    else report.sink.add('SCN006', [...path, 'ins'], `matricule INS invalide : ${parsed.message}`);
  }
  const rpps = (p.blocked ?? []).flatMap((id, i) => {
    const pro = professionals.get(id);
    if (pro === undefined)
      report.sink.add(
        'SCN018',
        [...path, 'blocked', i],
        `professionnel « ${id} » inconnu`,
        report.hints.didYouMean?.(id, [...professionals.keys()], 'identifiants connus'),
      );
    return pro?.rpps ? [pro.rpps] : [];
  });
  return {
    ...base,
    id: p.id,
    ins,
    displayName: p.displayName ?? base.displayName,
    traits: { ...base.traits, birthDate: p.birthDate ?? base.traits.birthDate },
    identityStatus: p.identityStatus ?? base.identityStatus,
    mesActivated: p.mesActivated ?? base.mesActivated,
    ownAccountActivated: p.ownAccountActivated ?? base.ownAccountActivated,
    emergency: {
      ...base.emergency,
      ...(definedOnly(p.emergency ?? {}) as Partial<EmergencySettings>),
    },
    blocked: {
      all: p.blockedAll ?? base.blocked.all,
      rpps: p.blocked === undefined ? base.blocked.rpps : rpps,
    },
    oppositions:
      p.depositOpposition === undefined
        ? base.oppositions
        : [
            ...base.oppositions,
            {
              id: `o-${p.id}-depot`,
              kind: 'deposit',
              scope: { kind: 'all' },
              reason: p.depositOpposition,
              channel: 'oral',
              tracedAt: start,
              tracedBy: null,
            },
          ],
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A professional of the world from its inline definition. */
export function inlineProfessional(
  p: InlineProfessional,
  path: DataPath,
  seed: ReadonlyMap<string, Professional>,
  report: Report,
): Professional | null {
  const base = baseOf(p, seed, path, { code: 'SCN018', what: 'professionnel' }, report);
  if (base === undefined)
    report.sink.add(
      'SCN034',
      path,
      `professionnel « ${p.id} » défini sans base`,
      'ajoutez `from: <professionnel du jeu de données>` (ex. from: pro-gp)',
    );
  if (!base) return null;
  let profession = base.profession;
  if (p.profession !== undefined) {
    if ((PROFESSION_CODES as readonly string[]).includes(p.profession))
      profession = p.profession as ProfessionCode;
    else
      report.sink.add(
        'SCN007',
        [...path, 'profession'],
        `profession « ${p.profession} » inconnue`,
        report.hints.profession?.(p.profession),
        'professions',
      );
  }
  const cardType = p.card ?? base.card.type;
  const nominative = p.nominative ?? (base.card.type === 'CPE' ? base.card.nominative : false);
  const card: Card = cardType === 'CPE' ? { type: 'CPE', nominative } : { type: cardType };
  // A renamed professional is another person: the copied one's civility does not carry over.
  const { gender: baseGender, ...rest } = base;
  const renamed = p.givenName !== undefined && p.givenName !== base.givenName;
  const gender = p.gender ?? (renamed ? undefined : baseGender);
  return {
    ...rest,
    ...(gender === undefined ? {} : { gender }),
    id: p.id,
    familyName: p.familyName ?? base.familyName,
    givenName: p.givenName ?? base.givenName,
    profession,
    setting: p.setting ?? base.setting,
    card,
    rpps: p.rpps ?? base.rpps,
    careTeamIds: p.careTeams ?? base.careTeamIds,
    isIntern: p.isIntern ?? base.isIntern,
    orderRegistered: p.orderRegistered ?? base.orderRegistered,
  };
}

interface DocumentContext {
  readonly documents: ReadonlyMap<string, DmpDocument>;
  readonly patients: ReadonlyMap<string, Patient>;
  readonly professionals: ReadonlyMap<string, Professional>;
  readonly start: string;
}

function authorOf(
  ref: string,
  ctx: DocumentContext,
  path: DataPath,
  report: Report,
): DocumentAuthor | null {
  if (ref === 'patient') return { kind: 'patient' };
  const pro = ctx.professionals.get(ref);
  if (pro === undefined) {
    report.sink.add(
      'SCN018',
      path,
      `auteur « ${ref} » inconnu`,
      report.hints.didYouMean?.(ref, ['patient', ...ctx.professionals.keys()], 'auteurs possibles'),
    );
    return null;
  }
  return {
    kind: 'professional',
    professionalId: pro.id,
    name: professionalName(pro),
    rpps: pro.rpps,
    profession: pro.profession,
  };
}

/** A document of the world from its inline definition. */
export function inlineDocument(
  d: InlineDocument,
  path: DataPath,
  ctx: DocumentContext,
  report: Report,
): DmpDocument | null {
  const base = baseOf(d, ctx.documents, path, { code: 'SCN021', what: 'document' }, report);
  if (base === null) return null;
  const missing =
    base === undefined
      ? (['patient', 'type', 'author'] as const).filter((k) => d[k] === undefined)
      : [];
  if (missing.length > 0) {
    report.sink.add(
      'SCN034',
      path,
      `document « ${d.id} » incomplet : ${missing.join(', ')} manquant(s)`,
      'donnez ces champs, ou une base avec `from`',
    );
    return null;
  }
  const patientId = d.patient ?? base?.patientId ?? '';
  if (!ctx.patients.has(patientId)) {
    report.sink.add(
      'SCN017',
      [...path, 'patient'],
      `patient « ${patientId} » inconnu`,
      report.hints.didYouMean?.(patientId, [...ctx.patients.keys()], 'identifiants connus'),
    );
    return null;
  }
  const typeCode = d.type ?? base?.typeCode ?? '';
  if (!isDocumentTypeCode(typeCode)) return null; // reported by check.ts (SCN019)
  const author =
    d.author === undefined ? base?.author : authorOf(d.author, ctx, [...path, 'author'], report);
  if (!author) return null;
  const serviceDate = d.serviceDate ?? base?.serviceDate ?? ctx.start.slice(0, 10);
  const depositedAt =
    d.depositedAt === undefined
      ? (base?.depositedAt ?? `${serviceDate}T16:00:00.000Z`)
      : parseInstant(d.depositedAt);
  if (depositedAt === null) {
    report.sink.add(
      'SCN006',
      [...path, 'depositedAt'],
      `« depositedAt » : date « ${d.depositedAt ?? ''} » impossible`,
    );
    return null;
  }
  return {
    id: d.id,
    patientId,
    typeCode,
    title: d.title ?? base?.title ?? documentType(typeCode).label,
    serviceDate,
    depositedAt,
    author,
    status: d.status ?? base?.status ?? 'current',
    visibility: { ...(base?.visibility ?? VISIBLE_TO_ALL), ...d.visibility },
    deletedAt: null,
    summary: base?.summary ?? 'Contenu fictif à visée pédagogique.',
  };
}
