/** The DMP's answer as the simulated software shows it: accepted, refused, or the « accès bloqué » screen. */
import { verdictTitle } from '../../../src/scenario/engine/index';
import type { DmpAnswer } from '../../../src/scenario/ports/index';

/** Answers that are no refusal of a rule: a feature only announced, a case the source does not document. */
const NEUTRAL_CODES: ReadonlySet<string> = new Set([
  'DMP.FEATURE_NOT_AVAILABLE',
  'DMP.PROFESSION_UNDOCUMENTED',
]);

export function DmpAnswerBox({ answer }: { answer: DmpAnswer }) {
  const { verdict } = answer;
  if (verdict.code === 'DMP.ACCESS_BLOCKED')
    return (
      <div className="pl-answer pl-blocked" data-testid="acces-bloque">
        <p className="pl-answer-title">Accès bloqué</p>
        <p>{verdict.explanation}</p>
      </div>
    );
  return (
    <div
      className={`pl-answer ${verdict.allowed ? 'pl-allowed' : NEUTRAL_CODES.has(verdict.code) ? 'pl-neutral' : 'pl-refused'}`}
      data-testid="dmp-answer"
    >
      <p className="pl-answer-title">
        {verdict.allowed ? 'Accepté' : NEUTRAL_CODES.has(verdict.code) ? 'À savoir' : 'Refusé'} —{' '}
        {verdictTitle(verdict.code)}
      </p>
      <p>{verdict.explanation}</p>
      {verdict.notices.length > 0 && (
        <ul>
          {verdict.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
