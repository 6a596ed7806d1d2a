/**
 * Text report of a headless run, in French: one block per path (answers taken, outcome), one line
 * per step with ✓ or ✗ and, on failure, what differed from `expect:`.
 */
import type { PathEnding, PathReport, RunReport } from './explore';

function ending(e: PathEnding): string {
  switch (e.kind) {
    case 'end':
      return `fin : « ${e.text} »`;
    case 'loop':
      return `retour à l'étape « ${e.to} » (boucle déjà parcourue)`;
    case 'failed':
      return `échec à l'étape « ${e.at} »`;
    case 'dead-end':
      return `impasse après « ${e.after} »`;
  }
}

function pathTitle(path: PathReport, n: number): string {
  const choices = path.choices.map((c) => `${c.stepId} → réponse ${c.option + 1}`).join(', ');
  const score =
    path.score.answered === 0 ? '' : `, score ${path.score.correct}/${path.score.answered}`;
  return `Chemin ${n}${choices === '' ? '' : ` (${choices})`} : ${path.passed ? 'réussi' : 'ÉCHEC'}${score} — ${ending(path.ending)}`;
}

/** Lines of the report of one file. */
export function formatRunReport(file: string, report: RunReport): string[] {
  const lines = [
    `${file} : ${report.paths.length} chemin(s) joué(s)${report.truncated ? ' (limite atteinte)' : ''}`,
  ];
  report.paths.forEach((path, i) => {
    lines.push(pathTitle(path, i + 1));
    for (const step of path.steps) {
      lines.push(`  ${step.passed ? '✓' : '✗'} ${step.stepId} : ${step.summary}`);
      if (step.problem !== null) lines.push(`      ${step.problem.code} ${step.problem.message}`);
      for (const m of step.mismatches) lines.push(`      ${m.message}`);
    }
  });
  const ok = report.paths.filter((p) => p.passed).length;
  lines.push(`Résultat : ${ok}/${report.paths.length} chemin(s) réussi(s).`);
  return lines;
}
