/**
 * The professional's software, simulated: card login, patient search (INS or traits), the patient
 * file (consent, DMP opening, break-glass, documents by category and date, document view) and the
 * deposit form. Forms start from the step's script (the situation's facts); the learner picks the
 * screen and may change every field. Every answer shown comes from the DMP's last response.
 */
import { useEffect, useState } from 'preact/hooks';
import { accessModeLabel, identityNow } from '../../ui/player/screens';
import { ScreenTabs } from './fields';
import type { SpaceProps } from './screen-props';
import { patientOf } from './pro/shared';
import { Login } from './pro/LoginScreen';
import { Search } from './pro/SearchScreen';
import { Consent } from './pro/ConsentForm';
import { BreakGlass, OpenDmp, QualifyIdentity } from './pro/DmpOpening';
import { DocumentByReference, Documents } from './pro/DocumentsView';
import { Deposit } from './pro/DepositScreen';
import { PatientBanner } from './pro/PatientBanner';

type Screen = 'connexion' | 'recherche' | 'dossier' | 'depot';

const SCREENS: readonly { id: Screen; label: string }[] = [
  { id: 'connexion', label: 'Connexion' },
  { id: 'recherche', label: 'Recherche patient' },
  { id: 'dossier', label: 'Dossier patient (DMP)' },
  { id: 'depot', label: 'Dépôt de document' },
];

export default function ProSpace(props: SpaceProps) {
  const loggedIn = props.view.screens[props.role.id]?.loggedIn === true;
  const [screen, setScreen] = useState<Screen>(loggedIn ? 'dossier' : 'connexion');
  // Once the card is accepted, the software opens on the patient file, as real ones do.
  useEffect(() => {
    if (loggedIn) setScreen((s) => (s === 'connexion' ? 'dossier' : s));
  }, [loggedIn]);
  const stepKey = props.view.step?.id ?? 'fin';
  const found = patientOf(props);
  const patient =
    found === undefined
      ? undefined
      : identityNow(found, props.view.screens, props.view.run.happened, props.world.defaultPatient);
  return (
    <section className="pl-space pl-space-pro" aria-labelledby="pl-space-title">
      <h3 id="pl-space-title">
        Logiciel du professionnel (simulation)
        <span className="pl-space-badge">Données fictives</span>
      </h3>
      <ScreenTabs
        label="Écrans du logiciel"
        screens={SCREENS}
        current={screen}
        onSelect={setScreen}
      />
      <div className="pl-screen" key={stepKey}>
        {screen === 'connexion' && <Login {...props} />}
        {screen === 'recherche' && <Search {...props} />}
        {screen === 'dossier' && (
          <>
            {patient !== undefined && (
              <PatientBanner
                patient={patient}
                access={accessModeLabel(props.view.screens[props.role.id])}
              />
            )}
            <div className="pl-grid">
              <Consent {...props} />
              <OpenDmp {...props} />
              <BreakGlass {...props} />
              <QualifyIdentity {...props} />
            </div>
            <Documents {...props} />
            <DocumentByReference {...props} />
          </>
        )}
        {screen === 'depot' && <Deposit {...props} />}
      </div>
    </section>
  );
}
