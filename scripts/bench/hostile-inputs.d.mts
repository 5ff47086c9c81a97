/** Types of hostile-inputs.mjs, for the TypeScript tests that share its shapes. */
export function repeatTo(unit: string, bytes: number): string;
export const HOSTILE_SHAPES: Readonly<Record<string, (bytes: number) => string>>;
export function longLine(bytes: number): string;
export function largeDocument(bytes: number): string;
