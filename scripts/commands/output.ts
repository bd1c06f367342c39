// Where a command writes: the terminal when run, an array in tests.
export interface CommandOutput {
  /** Results (stdout). */
  readonly out: (text: string) => void;
  /** Problems and guidance (stderr). */
  readonly err: (text: string) => void;
}

export const TERMINAL: CommandOutput = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};
