// A fixed piece of allocation-heavy JavaScript for `pnpm bench:run` (cores.ts): objects with strings
// and a nested object, built by the hundred thousand and mostly dropped — the kind of work a run
// does when it reads rows into signals and cases (young objects, a garbage collector busy with
// them). Run: node alloc-work.mjs [rounds]; prints how many objects it built.
const rounds = Number(process.argv[2] ?? 16);
const kept = [];
let built = 0;
for (let r = 0; r < rounds; r++) {
  const batch = [];
  for (let i = 0; i < 200_000; i++) batch.push({ id: `s-${r}-${i}`, n: i, at: { p: i * 2, q: 'x' } });
  built += batch.length;
  kept.push(batch[r]);
}
process.stdout.write(`${built}\n`);
