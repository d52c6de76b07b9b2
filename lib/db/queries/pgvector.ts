/** pgvector's text form of a vector. */
export function toVectorLiteral(embedding: readonly number[]): string {
  return `[${embedding.join(',')}]`;
}

/** The dimension goes into the SQL text (a type modifier cannot be a parameter), so it must be a plain integer. */
export function checkedDimensions(dimensions: number): number {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 16_000) throw new Error(`Invalid vector dimensions: ${dimensions}`);
  return dimensions;
}
