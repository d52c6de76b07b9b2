// npm run eval -- NAME [ARGS]: runs one evaluation and prints its result as one JSON object on the last line.
import { hostileModelEval } from './eval/hostile-model';
import { memoryEval } from './eval/memory';
import { offlinePlayEval } from './eval/offline-play';
import { retrievalEval } from './eval/retrieval';
import { ruleModuleEval } from './eval/rule-module';
import { rulesEval } from './eval/rules';
import { srdDataEval } from './eval/srd-data';
import { runNamed } from './run-named';

await runNamed('eval', { 'hostile-model': (args) => hostileModelEval(args), memory: (args) => memoryEval(args), 'offline-play': (args) => offlinePlayEval(args), retrieval: (args) => retrievalEval(args), 'rule-module': (args) => ruleModuleEval(args), rules: () => rulesEval(), 'srd-data': () => srdDataEval() });
