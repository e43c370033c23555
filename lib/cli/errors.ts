/** Bad command-line usage: printed with the usage text, exit code 2. */
export class UsageError extends Error {}
/** Unreadable or malformed input: one line (file, line, what is wrong), exit code 2. */
export class InputError extends Error {}
