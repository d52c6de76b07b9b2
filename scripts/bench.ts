// npm run bench -- NAME [ARGS]: runs one benchmark and prints its result as one JSON object on the last line.
import { busBench } from './bench/bus';
import { contextBench } from './bench/context';
import { fanoutBench } from './bench/fanout';
import { importBench } from './bench/import';
import { retrievalBench } from './bench/retrieval';
import { scaleBench } from './bench/scale';
import { tracesBench } from './bench/traces';
import { turnBench } from './bench/turn';
import { runNamed } from './run-named';

await runNamed('bench', {
  bus: () => busBench(),
  context: () => contextBench(),
  fanout: () => fanoutBench(),
  import: (args) => importBench(args),
  retrieval: (args) => retrievalBench(args),
  scale: (args) => scaleBench(args),
  traces: () => tracesBench(),
  turn: () => turnBench(),
});
