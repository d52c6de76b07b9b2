// npm run eval -- NAME [ARGS]: runs one evaluation and prints its result as one JSON object on the last line.
import { rulesEval } from './eval/rules';

const evals: Record<string, (args: string[]) => Promise<unknown>> = {
  rules: () => rulesEval(),
};

const [name, ...args] = process.argv.slice(2);
const run = name ? evals[name] : undefined;
if (!run) {
  console.error(`Usage: npm run eval -- <${Object.keys(evals).join('|')}>`);
  process.exit(2);
}
const result = await run(args);
console.log(JSON.stringify(result));
process.exit(0);
