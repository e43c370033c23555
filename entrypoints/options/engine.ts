// Everything the options page needs from the engine, in one module the page loads with one dynamic
// import() (components/use-engine.ts) when the tester or a pack test first needs it, so the page itself
// opens without the NLP library and the rules' data.
export { analyze } from '../../lib/engine/analyze';
export { readingEase, readingEaseLabel } from '../../lib/engine/readability';
export { testPack } from '../../lib/packs/examples';
