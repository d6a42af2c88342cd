/** What went wrong in a cell, in words a reader can act on, and where. */
import { cellStrings, type CellStrings } from './strings';
export type CellErrorKind =
  | 'syntax' // the code does not parse
  | 'import' // it imports a module cells do not have
  | 'runtime' // an Error was thrown while it ran
  | 'thrown' // something that is not an Error was thrown
  | 'rejection' // a promise was rejected and nobody caught it
  | 'timeout' // a loop ran too long, or the runner stopped answering
  | 'output' // the cell displayed something the page cannot show
  | 'slider' // a slider was declared with bad bounds
  | 'goal' // an exercise's goal was declared wrongly
  | 'drag'; // a draggable figure was declared wrongly

export interface CellLocation {
  line: number;
  column: number;
}

/** A plain object form of a cell error: what crosses postMessage and what the page shows. */
export interface CellErrorInfo {
  kind: CellErrorKind;
  message: string;
  line?: number;
  column?: number;
}

export class CellError extends Error {
  readonly kind: CellErrorKind;
  readonly location: CellLocation | undefined;

  constructor(kind: CellErrorKind, message: string, location?: CellLocation) {
    super(message);
    this.name = 'CellError';
    this.kind = kind;
    this.location = location;
  }

  toInfo(): CellErrorInfo {
    return { kind: this.kind, message: this.message, ...this.location };
  }
}

/**
 * One line for the status area, e.g. "Error at line 3, column 7: x is not defined".
 * @example describeCellError({ kind: 'syntax', message: 'Unexpected token', line: 2, column: 5 })
 */
export function describeCellError({ kind, message, line, column }: CellErrorInfo, words: CellStrings = cellStrings.en): string {
  return words.errorAt(words.errorKinds[kind], line, column, message);
}
