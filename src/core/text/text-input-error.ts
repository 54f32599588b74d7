/** What is wrong with a user's input, for a UI to react to; the message is one line and names the file. */
export type TextInputErrorKind = 'empty' | 'binary' | 'undecodable' | 'unsupported-encoding';

/** Bytes that are not a text this reader can take, or an encoding it does not know. */
export class TextInputError extends Error {
  readonly kind: TextInputErrorKind;
  /** The name the input was given (a path, a file name). */
  readonly file: string;

  constructor(file: string, kind: TextInputErrorKind, message: string) {
    super(message);
    this.name = 'TextInputError';
    this.kind = kind;
    this.file = file;
  }
}
