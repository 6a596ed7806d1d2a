/** The DMP's answer as the simulated software shows it: accepted, refused, or the « accès bloqué » screen. */
import { codeTitle } from '../../../src/scenario/feedback';
import type { DmpAnswer } from '../../../src/scenario/port';

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
      className={`pl-answer ${verdict.allowed ? 'pl-allowed' : 'pl-refused'}`}
      data-testid="dmp-answer"
    >
      <p className="pl-answer-title">
        {verdict.allowed ? 'Accepté' : 'Refusé'} — {codeTitle(verdict.code)}
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
