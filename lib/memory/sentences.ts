const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A text's sentences, trimmed, in order. */
export function sentences(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => s.length > 0);
}

/** Words that start sentences or titles often enough that a capital says nothing about them. */
const COMMON = new Set(
  (
    'a an the and but or if then when while as at by for from in into of on onto to with without you your yours he she it they we i me my ' +
    'his her its their our this that these those there here what who whom whose which where why how yes no not never some any each every ' +
    'dm one two three four five six seven eight nine ten first second third suddenly slowly still then now after before behind beyond inside ' +
    'outside above below beneath near under over through across along against around far nothing something everything someone everyone ' +
    'all both either neither another other such many much most few none north south east west mr mrs sir lady lord dame master mistress captain brother sister father mother old young'
  ).split(' '),
);

/**
 * The proper names a sentence uses: runs of capitalised words (with "of"
 * and "the" inside a name, as in "Order of the Lamp") that are not merely
 * the sentence's first word or a common word written with a capital. A
 * lone first word counts when an appositive follows or the story already
 * knows it as a name (`knownWords`).
 */
export function properNames(sentence: string, knownWords: ReadonlySet<string> = new Set()): string[] {
  const words = sentence.split(/\s+/);
  const names: string[] = [];
  let run: string[] = [];
  let opening = false;
  let appositive = false;
  const flush = () => {
    while (run.length && /^(of|the)$/i.test(run.at(-1)!)) run.pop();
    // A lone capital opening the sentence is a name only when an appositive follows ("Maren, the miller's daughter,").
    if (run.length && !(opening && run.length === 1 && !appositive && !knownWords.has(run[0]!.toLowerCase()))) names.push(run.join(' '));
    run = [];
    opening = false;
    appositive = false;
  };
  words.forEach((raw, i) => {
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}'’-]+$/gu, '').replace(/['’]s$/u, '');
    const capital = /^\p{Lu}[\p{L}'’-]*$/u.test(word);
    const joiner = run.length > 0 && /^(of|the)$/.test(word);
    const ended = /[,;:.!?"”)]$/.test(raw);
    if (capital && !(COMMON.has(word.toLowerCase()) && run.length === 0) && !(i === 0 && COMMON.has(word.toLowerCase()))) {
      if (run.length === 0) opening = i === 0;
      run.push(word);
    } else if (joiner) run.push(word);
    else flush();
    if (ended) {
      appositive = raw.endsWith(',');
      flush();
    }
  });
  flush();
  // Abbreviations the rules print (DC, HP, AC, XP) are not names.
  return names.filter((name) => name.length > 1 && !/^[A-Z]{1,3}$/.test(name));
}
