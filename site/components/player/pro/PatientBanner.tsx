import { isInsQualified, type Patient } from '../../../../src/dmp/index';
import { identityStatusLabel, patientName } from '../../../ui/player/screens';

/**
 * The patient banner of the professional software: who, born when, the INS and its identity status
 * (the INS is used with the DMP only when qualified), and how the DMP access stands.
 */
export function PatientBanner({ patient, access }: { patient: Patient; access: string }) {
  const qualified = isInsQualified(patient);
  return (
    <dl className="pl-patient-banner" aria-label="Patient">
      <div>
        <dt>Patient</dt>
        <dd>
          <strong>{patientName(patient)}</strong>
        </dd>
      </div>
      <div>
        <dt>INS</dt>
        <dd>
          <code>{patient.ins.matricule}</code> ({identityStatusLabel(patient)}
          {qualified ? '' : ' : cette INS ne peut pas servir avec le DMP'})
        </dd>
      </div>
      <div>
        <dt>Accès au DMP</dt>
        <dd data-testid="access-mode">{access}</dd>
      </div>
    </dl>
  );
}
