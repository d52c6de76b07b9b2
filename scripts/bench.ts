// npm run bench -- NAME [ARGS]: runs one benchmark and prints its result as one JSON object on the last line.
import { busBench } from './bench/bus';
import { contextBench } from './bench/context';
import { turnBench } from './bench/turn';

const benches: Record<string, (args: string[]) => Promise<unknown>> = {
  bus: () => busBench(),
  context: () => contextBench(),
  turn: () => turnBench(),
};

const [name, ...args] = process.argv.slice(2);
const bench = name ? benches[name] : undefined;
if (!bench) {
  console.error(`Usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(2);
}
const result = await bench(args);
console.log(JSON.stringify(result));
process.exit(0);
