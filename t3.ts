import { phrasingsEval, readPhrasings, defaultPhrasings } from './scripts/eval/offline-play/phrasings';
const r = phrasingsEval(await readPhrasings(defaultPhrasings));
console.log(r.phrasings, r.understood);
for (const m of r.misunderstood) console.log(`${m.at}/${m.actor}: ${m.text}  => want ${m.intent}:${m.target ?? ''}  got ${m.read.intent}:${m.read.target ?? ''}`);
