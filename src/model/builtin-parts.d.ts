// The two parts of the built-in dossier that src/model/builtin.ts imports, split at build time from
// data/samenlevingsopbouw.json (scripts/lib/builtin-parts.mjs). Their types are the model's: builtin.ts says which.
declare module '*samenlevingsopbouw.json?part=dossier' {
  const dossier: unknown;
  export default dossier;
}
declare module '*samenlevingsopbouw.json?part=prompts' {
  const prompts: unknown;
  export default prompts;
}
