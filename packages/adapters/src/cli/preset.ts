// `signaalreis preset list | show | validate | diff`: the municipality presets on the command line.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { excerpt, formatEuro, type Issue, type Lang } from '@signaalreis/core';
import {
  diffPresets,
  type LoadedMunicipalityPreset,
  listMunicipalityPresets,
  loadMunicipalityPreset,
  MUNICIPALITY_PRESETS,
  municipalityPreset,
  PresetIdSchema,
  type PresetRegistry,
  runPresetTests,
} from '@signaalreis/rules-presets';
import { type Command, Option } from 'commander';
import { JSON_FILE_LIMITS, readJsonFile } from '../files/read-json-file';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';
import { readJsonArg } from './json-input';
import { cliLang, issueText, localize, say } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { PRESET_CLI_MESSAGES as PM } from './messages/preset';

type Format = 'text' | 'json';
const formatOption = (lang: Lang) =>
  new Option('--format <format>', COMMON_MESSAGES.formatHelp[lang]).choices(['text', 'json']).default('text');
const isFile = (arg: string) =>
  arg.toLowerCase().endsWith('.json') || arg.includes('/') || arg.includes('\\');

/** The presets of a folder: by id, and the JSON files that could not be read as JSON (named in messages). */
interface Siblings {
  registry: PresetRegistry;
  unread: string[];
}

/** The bundled presets plus the presets in the file's folder (by id), so `extends` can name a sibling. */
function registryFor(io: CliIo, file: string): Siblings {
  const dir = dirname(resolve(io.cwd, file));
  const siblings: Record<string, unknown> = {};
  const unread: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.json'));
  } catch {
    names = [];
  }
  for (const name of names.sort()) {
    const r = readJsonFile(join(dir, name), { maxBytes: JSON_FILE_LIMITS.preset });
    if (!r.ok) {
      unread.push(name);
      continue;
    }
    // files that are not presets (no valid id) cannot be named by `extends`: not siblings
    const id = (r.value as { id?: unknown } | null)?.id;
    if (PresetIdSchema.safeParse(id).success && !Object.hasOwn(MUNICIPALITY_PRESETS, id as string))
      siblings[id as string] = r.value;
  }
  return { registry: { ...MUNICIPALITY_PRESETS, ...siblings }, unread };
}

/** A note for an unknown `extends` when files in the folder could not be read (one of them may be it). */
const unreadNote = (issues: readonly Issue[], unread: readonly string[], lang: Lang) =>
  issues.some((i) => i.code === 'unknown_preset') && unread.length > 0
    ? PM.unreadNote(unread.map((n) => excerpt(n)).join(', '))[lang]
    : undefined;

const issueLines = (issues: readonly Issue[], lang: Lang) =>
  issues
    .map(
      (i) => `  ${i.path.length > 0 ? i.path.join('.') : PM.root[lang]}: ${issueText(lang, i)} [${i.code}]`,
    )
    .join('\n');

/**
 * Loads `--preset <id|file>`: a bundled preset by id, or a preset JSON file whose `extends` may
 * name a bundled preset or a preset file in the same folder. Problems are a {@link CliUserError}.
 */
export function loadPresetArg(io: CliIo, arg: string): LoadedMunicipalityPreset {
  const lang = cliLang(io);
  const firstText = (issues: readonly Issue[]) => (issues[0] ? issueText(lang, issues[0]) : '');
  if (!isFile(arg)) {
    const r = municipalityPreset(arg);
    if (!r.ok) throw new CliUserError(PM.notValid(excerpt(arg), firstText(r.issues))[lang]);
    return r.value;
  }
  const json = readJsonArg(io, arg, 'preset');
  const { registry, unread } = registryFor(io, arg);
  const r = loadMunicipalityPreset(json, registry);
  if (r.ok) return r.value;
  const first = r.issues[0];
  const note = unreadNote(r.issues, unread, lang);
  const problem = `${first?.path.join('.')}: ${firstText(r.issues)}${note ? `; ${note}` : ''}`;
  throw new CliUserError(PM.notValid(arg, problem)[lang]);
}

const print = (io: CliIo, text: string) => io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
const json = (io: CliIo, value: unknown) => print(io, JSON.stringify(value, null, 2));

function showText(loaded: LoadedMunicipalityPreset, lang: Lang): string {
  const t = localize(PM, lang);
  const p = loaded.preset;
  const r = loaded.routing;
  const team = (name?: string) => name ?? t.allTeams;
  const lines = [
    `${p.id} — ${lang === 'nl' ? `${p.label.nl} / ${p.label.en}` : `${p.label.en} / ${p.label.nl}`}`,
    ...(p.municipalityType ? [t.type(p.municipalityType)] : []),
    t.lineage(loaded.lineage.join(' → ')),
    '',
    p.description,
    '',
    t.sources,
    ...p.sources.map((s) => `  - ${s}`),
    '',
    t.matching(p.matching.forward, p.matching.match.minDistinctPartners, p.matching.recidive.months),
    t.intake(
      `${formatEuro(p.intake.floor.defaultCents)}${Object.entries(p.intake.floor.bySector ?? {})
        .map(([s, c]) => `, ${s} ${formatEuro(c ?? 0)}`)
        .join('')}`,
      p.intake.crisisKinds.join(', '),
    ),
    '',
    t.routing(r.table.id, r.table.hitPolicy),
    ...Object.entries(r.table.parameters).map(([name, values]) =>
      t.parameter(name, values.map((v) => t.valueFrom(JSON.stringify(v.value), v.from)).join(', ')),
    ),
    ...r.table.rules.map((rule) =>
      t.rule(
        rule.id,
        say(lang, rule.label),
        rule.then.bucket,
        rule.then.priority,
        rule.then.steps.map((s) => `${s.channel}/${s.team}×${s.attempts}`).join(', '),
        rule.source,
      ),
    ),
    t.capacity,
    ...(r.capacity.length === 0
      ? [t.unlimited]
      : r.capacity.map((c) => `  ${c.channel} (${team(c.team)}): ${c.perMonth} [${c.source}]`)),
    t.overflow,
    ...(r.overflow.length === 0
      ? [t.none]
      : r.overflow.map(
          (o) =>
            `  ${o.from.channel} (${team(o.from.team)}) ${t.full} → ${o.to.channel}${o.to.team ? ` (${o.to.team})` : ''} [${o.source}]`,
        )),
    t.fallbacks,
    ...(r.fallbacks.length === 0
      ? [t.none]
      : r.fallbacks.map((f) => t.without(f.channel, f.missing, f.to, f.source))),
  ];
  return lines.join('\n');
}

/**
 * Registers `signaalreis preset` with its subcommands: `list` (the bundled municipality presets),
 * `show <id|file>` (a preset with its parents merged in), `validate <file>` (every problem with its
 * JSON path; exit code 1 when there are any) and `diff <a> <b>` (ids or files; the differences in
 * words, `--lang nl|en`).
 *
 * @example
 * ```sh
 * signaalreis preset list
 * signaalreis preset show type-medium
 * signaalreis preset diff type-small my-town.json --lang nl
 * signaalreis preset validate my-town.json
 * signaalreis preset test my-town.json
 * ```
 */
export function registerPreset(program: Command, io: CliIo): void {
  const lang = cliLang(io);
  const t = localize(PM, lang);
  const preset = program.command('preset').description(t.description);

  preset
    .command('list')
    .description(t.listHelp)
    .addOption(formatOption(lang))
    .action((o: { format: Format }) => {
      const list = listMunicipalityPresets();
      if (o.format === 'json') return void json(io, list);
      const w = Math.max(...list.map((p) => p.id.length));
      print(
        io,
        list
          .map(
            (p) =>
              `${p.id.padEnd(w)}  ${(p.municipalityType ?? '-').padEnd(8)}  ${(p.extends ?? '-').padEnd(17)}  ${say(lang, p.label)}`,
          )
          .join('\n'),
      );
    });

  preset
    .command('show')
    .description(t.showHelp)
    .argument('<preset>', t.presetArg)
    .addOption(formatOption(lang))
    .action((arg: string, o: { format: Format }) => {
      const loaded = loadPresetArg(io, arg);
      if (o.format === 'json') return void json(io, { lineage: loaded.lineage, preset: loaded.preset });
      print(io, showText(loaded, lang));
    });

  preset
    .command('validate')
    .description(t.validateHelp)
    .argument('<file>', t.fileArg)
    .addOption(formatOption(lang))
    .action((file: string, o: { format: Format }) => {
      const value = readJsonArg(io, file, 'preset');
      const { registry, unread } = registryFor(io, file);
      const r = loadMunicipalityPreset(value, registry);
      const note = r.ok ? undefined : unreadNote(r.issues, unread, lang);
      if (o.format === 'json')
        json(
          io,
          r.ok
            ? { ok: true, id: r.value.preset.id, lineage: r.value.lineage }
            : { ok: false, issues: r.issues },
        );
      else if (r.ok) print(io, t.ok(file, r.value.lineage.join(' → ')));
      else
        print(
          io,
          `${t.problems(file, r.issues.length)}\n${issueLines(r.issues, lang)}${note ? `\n${t.note(note)}` : ''}`,
        );
      if (!r.ok) throw new CliExit(EXIT_CODES.dataProblems);
    });

  preset
    .command('diff')
    .description(t.diffHelp)
    .argument('<a>', t.presetArg)
    .argument('<b>', t.presetArg)
    // `--lang` is the program's (every command takes it)
    .addOption(formatOption(lang))
    .action((a: string, b: string, o: { format: Format }) => {
      const changes = diffPresets(loadPresetArg(io, a).preset, loadPresetArg(io, b).preset);
      if (o.format === 'json') return void json(io, changes);
      if (changes.length === 0) return void print(io, t.noDifferences);
      print(io, changes.map((c) => `- ${say(lang, c)}`).join('\n'));
    });

  preset
    .command('test')
    .description(t.testHelp)
    .argument('<preset>', t.presetArg)
    .addOption(formatOption(lang))
    .action(async (arg: string, o: { format: Format }) => {
      const loaded = loadPresetArg(io, arg);
      const results = await runPresetTests(loaded);
      const failed = results.filter((r) => !r.passed).length;
      if (o.format === 'json')
        json(io, { preset: loaded.preset.id, passed: results.length - failed, failed, results });
      else {
        const lines = results.flatMap((r) => [
          `${r.passed ? t.pass : t.fail}  ${r.name}${r.source ? `  (${r.source})` : ''}`,
          ...r.failures.map((f) => `        ${say(lang, f)}`),
        ]);
        if (results.length === 0) lines.push(t.noTests(loaded.preset.id));
        lines.push(t.testTotals(results.length - failed, failed));
        print(io, lines.join('\n'));
      }
      if (failed > 0) throw new CliExit(EXIT_CODES.dataProblems);
    });
}
