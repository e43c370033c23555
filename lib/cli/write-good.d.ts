// write-good ships no types: what lib/cli/bench.ts uses of it (a dev dependency of the benchmark only).
declare module 'write-good' {
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  function writeGood(text: string, options?: Record<string, boolean>): Suggestion[];
  export default writeGood;
}
