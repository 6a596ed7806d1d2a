/**
 * Store operations on who may access the DMP: blocking one professional or all of them (R44) and
 * the emergency settings of Mon espace santé. Every change is traced; refusals change nothing.
 */
import { isRppsFormat } from '../model/professional';
import {
  BLOCKING_CHANGES,
  type BlockList,
  type EmergencySettings,
  type Patient,
} from '../model/patient';
import { isBlockedFor } from '../rules/blocking.rules';
import { hasActiveDmp } from '../rules/identity.rules';
import { hasActivatedOwnAccount, isAdultAt } from '../rules/majority.rules';
import { assumptionLabel } from '../assumptions';
import { allow, deny, restsOn } from '../services/decision';
import { decideEmergencySettings } from '../services/patient-settings.service';
import {
  accepted,
  findPatient,
  isDenied,
  patientActor,
  refused,
  withHistory,
  withPatient,
  type DmpState,
  type OpOutcome,
} from './state';

function updateBlocking(
  state: DmpState,
  patientId: string,
  update: (b: BlockList) => BlockList,
  explanation: string,
): OpOutcome<Patient> {
  const patient = findPatient(state, patientId);
  if (isDenied(patient)) return refused(state, patient);
  const updated = { ...patient, blocked: update(patient.blocked) };
  const next = withHistory(withPatient(state, updated), {
    patientId,
    actor: patientActor(patient),
    action: 'settings-change',
    mode: 'normal',
  });
  return accepted(next, allow('DMP.SETTINGS_ACCEPTED', explanation, [isBlockedFor]), updated);
}

/** Block one professional by RPPS. */
export function blockProfessional(
  state: DmpState,
  input: { readonly patientId: string; readonly rpps: string },
): OpOutcome<Patient> {
  if (!isRppsFormat(input.rpps))
    return refused(
      state,
      deny(
        'DMP.INVALID_RPPS',
        `Un numéro RPPS compte 11 chiffres. Le simulateur ne contrôle que ces 11 chiffres, pas la clé (${assumptionLabel('HS4')} : les sources ne confirment pas la clé de contrôle).`,
        isBlockedFor,
        restsOn('HS4'),
      ),
    );
  return updateBlocking(
    state,
    input.patientId,
    (b) => BLOCKING_CHANGES.block(b, input.rpps),
    'Professionnel bloqué : il verra « accès bloqué ».',
  );
}

/** Unblock one professional by RPPS. */
export function unblockProfessional(
  state: DmpState,
  input: { readonly patientId: string; readonly rpps: string },
): OpOutcome<Patient> {
  return updateBlocking(
    state,
    input.patientId,
    (b) => BLOCKING_CHANGES.unblock(b, input.rpps),
    'Professionnel débloqué.',
  );
}

/** Block, or unblock, every professional at once. */
export function setBlockAll(
  state: DmpState,
  input: { readonly patientId: string; readonly all: boolean },
): OpOutcome<Patient> {
  return updateBlocking(
    state,
    input.patientId,
    (b) => BLOCKING_CHANGES.blockAll(b, input.all),
    input.all
      ? 'Tous les professionnels sont bloqués.'
      : 'Blocage général levé (les blocages individuels restent).',
  );
}

/** Change the three emergency settings (refused when inconsistent). */
export function setEmergencySettings(
  state: DmpState,
  input: { readonly patientId: string; readonly settings: EmergencySettings },
): OpOutcome<Patient> {
  const patient = findPatient(state, input.patientId);
  if (isDenied(patient)) return refused(state, patient);
  const decision = decideEmergencySettings(input.settings);
  if (!decision.allowed) return refused(state, decision);
  return recordSettingsChange(state, patient, { emergency: input.settings }, decision);
}

/**
 * The patient activates Mon espace santé (R42: the DMP existed before and was fed all along). Traced
 * as a settings change; activating an active space changes nothing and says so (simulator's
 * assumption: the sources do not describe a second activation). A young adult whose profile was
 * managed by a legal representative activates her own account with the codes received at 18
 * (FAQ-PAT-04, R47), even when the representative had activated the space.
 */
export function activateSpace(
  state: DmpState,
  input: { readonly patientId: string },
): OpOutcome<Patient> {
  const patient = findPatient(state, input.patientId);
  if (isDenied(patient)) return refused(state, patient);
  if (isAdultAt(patient, state.clock.now) && !hasActivatedOwnAccount(patient))
    return activateOwnAccount(state, patient);
  if (patient.mesActivated)
    return accepted(
      state,
      allow('DMP.SETTINGS_ACCEPTED', 'Mon espace santé était déjà activé.', [hasActiveDmp]),
      patient,
    );
  return recordSettingsChange(
    state,
    patient,
    { mesActivated: true },
    allow(
      'DMP.SETTINGS_ACCEPTED',
      'Mon espace santé est activé : le patient voit désormais son DMP, qui existait déjà.',
      [hasActiveDmp],
    ),
  );
}

/** The young adult activates her own account with the codes received at 18 (FAQ-PAT-04, R47). */
function activateOwnAccount(state: DmpState, patient: Patient): OpOutcome<Patient> {
  return recordSettingsChange(
    state,
    patient,
    { mesActivated: true, ownAccountActivated: true },
    allow(
      'DMP.SETTINGS_ACCEPTED',
      'Compte activé avec les codes reçus à la majorité : le jeune majeur voit désormais son profil, détaché du compte de son représentant légal.',
      [hasActivatedOwnAccount],
    ),
  );
}

/** A change the patient makes to their space, traced as a settings change in the history. */
function recordSettingsChange(
  state: DmpState,
  patient: Patient,
  changes: Pick<Partial<Patient>, 'emergency' | 'mesActivated' | 'ownAccountActivated'>,
  decision: ReturnType<typeof allow>,
): OpOutcome<Patient> {
  const updated = { ...patient, ...changes };
  const next = withHistory(withPatient(state, updated), {
    patientId: patient.id,
    actor: patientActor(patient),
    action: 'settings-change',
    mode: 'normal',
  });
  return accepted(next, decision, updated);
}
