/**
 * The attribution the SRD 5.1 licence asks for. Every generated file under
 * lib/rules/data carries it in its top-level `source` field, and
 * lib/rules/data/ATTRIBUTION.md repeats it.
 */
export const SRD_ATTRIBUTION =
  'This work includes material taken from the System Reference Document 5.1 ("SRD 5.1") by Wizards of the Coast LLC ' +
  'and available at https://dnd.wizards.com/resources/systems-reference-document. The SRD 5.1 is licensed under the ' +
  'Creative Commons Attribution 4.0 International License available at https://creativecommons.org/licenses/by/4.0/legalcode.';
