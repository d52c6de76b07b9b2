/**
 * Runs the entry of `registry` named by the first argument and prints its
 * result as one JSON object on the last line of output (the contract of
 * `npm run bench` and `npm run eval`).
 */
export async function runNamed(command: string, registry: Record<string, (args: string[]) => Promise<unknown>>): Promise<never> {
  const [name, ...args] = process.argv.slice(2);
  const run = name ? registry[name] : undefined;
  if (!run) {
    console.error(`Usage: npm run ${command} -- <${Object.keys(registry).join('|')}>`);
    process.exit(2);
  }
  console.log(JSON.stringify(await run(args)));
  process.exit(0);
}
