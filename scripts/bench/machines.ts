// Machine figures for `npm run bench`: time to walk every model-based path of every machine.
import { walkAllPaths } from '../../machines/walk';

const report = await walkAllPaths();
const emit = (o: object) => console.log(JSON.stringify(o));
emit({
  label: 'Parcours de tous les chemins des machines (xstate/graph)',
  value: report.ms / 1000,
  unit: 's',
  max: 10,
});
emit({ label: 'Chemins générés et rejoués', value: report.paths, unit: '' });
emit({ label: 'Étapes rejouées (invariants vérifiés à chacune)', value: report.steps, unit: '' });
