// `signaalreis preset list | show | validate | diff`: the municipality presets on the command line.
import {
  type Bilingual,
  CHANNEL_LABELS,
  citeSource,
  excerpt,
  formatEuro,
  type Issue,
  type Lang,
  teamLabel,
} from '@signaalreis/core';
import {
  AUTHORING_MESSAGES,
  diffPresets,
  expectedLookupsLine,
  type LoadedMunicipalityPreset,
  listMunicipalityPresets,
  MUNICIPALITY_PRESETS,
  missingLookupsWarning,
  moneyParameters,
  municipalityPreset,
  type PresetIssue,
  type PresetRegistry,
  presetDescription,
  renderRoutingLabels,
  runPresetTests,
  PRESET_TEST_MESSAGES as T,
} from '@signaalreis/rules-presets';
import { type Command, Option } from 'commander';
import { KIND_TEXTS, labelOrId } from '../report/messages';
import { CliExit, type CliIo, CliUserError, EXIT_CODES } from './io';
import { cliLang, issueText, localize, say } from './lang';
import { COMMON_MESSAGES } from './messages/common';
import { PRESET_CLI_MESSAGES as PM, PRESET_WORDS as PW } from './messages/preset';
import { cachedPreset, presetCacheKey } from './preset-cache';
import { loadFile, unreadNote } from './preset-folder';

type Format = 'text' | 'json';
const formatOption = (lang: Lang) =>
  new Option('--format <format>', COMMON_MESSAGES.formatHelp[lang]).choices(['text', 'json']).default('text');
const isFile = (arg: string) =>
  arg.toLowerCase().endsWith('.json') || arg.includes('/') || arg.includes('\\');

/**
 * Where an issue is: the parent's file (or id) for a parent's problem, then the path with rule ids,
 * then the line in the file when it is known.
 */
const whereOf = (i: PresetIssue, lang: Lang, files: ReadonlyMap<string, string>) => {
  const path = i.at ?? (i.path.length > 0 ? i.path.join('.') : '');
  const parent = i.preset ? `${files.get(i.preset) ?? i.preset}${path ? ': ' : ''}` : '';
  const line = i.line === undefined ? '' : ` (${PM.line(i.line)[lang]})`;
  return `${`${parent}${path}` || PM.root[lang]}${line}`;
};

const issueLines = (
  issues: readonly PresetIssue[],
  lang: Lang,
  files: ReadonlyMap<string, string> = new Map(),
) => issues.map((i) => `  ${whereOf(i, lang, files)}: ${issueText(lang, i)} [${i.code}]`).join('\n');

/**
 * Loads `--preset <id|file>`: a bundled preset by id, or a preset JSON file whose `extends` may
 * name a bundled preset or a preset file in the same folder. Problems are a {@link CliUserError}.
 */
export function loadPresetArg(io: CliIo, arg: string): LoadedMunicipalityPreset {
  const load = () => loadPresetWithRegistry(io, arg).loaded;
  // the runs of a batch thread share what they load (preset-cache.ts)
  return io.presets ? cachedPreset(io.presets, presetCacheKey(io, arg, isFile(arg)), load) : load();
}

/** {@link loadPresetArg} with the registry `extends` was resolved in (the folder is read once). */
function loadPresetWithRegistry(
  io: CliIo,
  arg: string,
): { loaded: LoadedMunicipalityPreset; registry: PresetRegistry } {
  const lang = cliLang(io);
  const firstText = (issues: readonly Issue[]) => (issues[0] ? issueText(lang, issues[0]) : '');
  if (!isFile(arg)) {
    const r = municipalityPreset(arg);
    if (!r.ok) throw new CliUserError(PM.notValid(excerpt(arg), firstText(r.issues))[lang]);
    return { loaded: r.value, registry: MUNICIPALITY_PRESETS };
  }
  const { siblings, result: r } = loadFile(io, arg);
  if (r.ok) return { loaded: r.value, registry: siblings.registry };
  const first = r.issues[0];
  const note = unreadNote(r.issues, siblings.unread, lang);
  const problem = `${first ? whereOf(first, lang, siblings.files) : ''}: ${firstText(r.issues)}${note ? `; ${note}` : ''}`;
  throw new CliUserError(PM.notValid(arg, problem)[lang]);
}

const print = (io: CliIo, text: string) => io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
const json = (io: CliIo, value: unknown) => print(io, JSON.stringify(value, null, 2));

/**
 * Warns on stderr, before a month's work, when the preset expects a lookup the run was not given
 * (a register extract, a debt-assistance list): what is missing, what happens without it, what to pass.
 */
export function warnMissingLookups(
  io: CliIo,
  preset: LoadedMunicipalityPreset,
  given: { register?: string | undefined; debtAssistance?: string | undefined },
): void {
  const have = [
    ...(given.register ? (['register'] as const) : []),
    ...(given.debtAssistance ? (['debtAssistance'] as const) : []),
  ];
  const warning = missingLookupsWarning(preset.preset, have);
  if (warning) io.stderr.write(`signaalreis: ${say(cliLang(io), warning)}\n`);
}

/**
 * The text of `preset show`, in the officer's language: rules by their id (what `rulePatches` names)
 * and label rendered at `on`, buckets by their label, channels, teams, signal kinds, contact data and
 * the table's hit policy by their names — as the run's summary and the worklists name them — and every
 * citation as explanations cite it (`citeSource`: titles, and in Dutch the project's notes in Dutch);
 * `--format json` keeps the preset as written (its ids, its citations).
 */
function showText(loaded: LoadedMunicipalityPreset, lang: Lang, on: string): string {
  const t = localize(PM, lang);
  const p = loaded.preset;
  const r = renderRoutingLabels(loaded.routing, on);
  const declared = p.teams ?? [];
  const team = (name?: string) => (name ? teamLabel(name, lang, declared) : t.allTeams);
  const channel = (c: string) => labelOrId(CHANNEL_LABELS, c, lang);
  const word = (labels: Readonly<Record<string, Bilingual>>, id: string) => labelOrId(labels, id, lang);
  const cite = (source: string) => citeSource(source, lang);
  const money = moneyParameters(r.table);
  const lookups = expectedLookupsLine(p);
  const inherited =
    loaded.descriptionFrom && loaded.descriptionFrom !== p.id ? loaded.descriptionFrom : undefined;
  const value = (name: string, v: unknown) =>
    money.has(name) && typeof v === 'number' && Number.isSafeInteger(v) ? formatEuro(v) : JSON.stringify(v);
  const lines = [
    `${p.id} — ${lang === 'nl' ? `${p.label.nl} / ${p.label.en}` : `${p.label.en} / ${p.label.nl}`}`,
    ...(lookups ? [say(lang, lookups)] : []),
    ...(p.municipalityType ? [t.type(word(PW.municipalityType, p.municipalityType))] : []),
    t.lineage(loaded.lineage.join(' → ')),
    '',
    presetDescription(p.description)[lang],
    ...(inherited ? [say(lang, AUTHORING_MESSAGES.inheritedDescription(inherited))] : []),
    '',
    t.sources,
    ...p.sources.map((s) => `  - ${cite(s)}`),
    '',
    t.matching(
      word(PW.forward, p.matching.forward),
      p.matching.match.minDistinctPartners,
      p.matching.recidive.months,
    ),
    t.intake(
      `${formatEuro(p.intake.floor.defaultCents)}${Object.entries(p.intake.floor.bySector ?? {})
        .map(([s, c]) => `, ${s} ${formatEuro(c ?? 0)}`)
        .join('')}`,
      p.intake.crisisKinds.map((k) => labelOrId(KIND_TEXTS, k, lang)).join(', '),
    ),
    '',
    ...(declared.length > 0
      ? [t.teams, ...declared.map((d) => t.team(d.id, d.label[lang], cite(d.source))), '']
      : []),
    t.routing(r.table.id, word(PW.hitPolicy, r.table.hitPolicy)),
    ...Object.entries(r.table.parameters).map(([name, values]) =>
      t.parameter(name, values.map((v) => t.valueFrom(value(name, v.value), v.from)).join(', ')),
    ),
    ...r.table.rules.map((rule) =>
      t.rule(
        rule.id,
        say(lang, rule.label),
        rule.then.label ? say(lang, rule.then.label) : rule.then.bucket,
        rule.then.priority,
        rule.then.steps.map((s) => `${channel(s.channel)}/${team(s.team)}×${s.attempts}`).join(', '),
        cite(rule.source),
      ),
    ),
    t.capacity,
    ...(r.capacity.length === 0
      ? [t.unlimited]
      : r.capacity.map(
          (c) => `  ${channel(c.channel)} (${team(c.team)}): ${c.perMonth} [${cite(c.source)}]`,
        )),
    t.overflow,
    ...(r.overflow.length === 0
      ? [t.none]
      : r.overflow.map(
          (o) =>
            `  ${channel(o.from.channel)} (${team(o.from.team)}) ${t.full} → ${channel(o.to.channel)}${o.to.team ? ` (${team(o.to.team)})` : ''} [${cite(o.source)}]`,
        )),
    t.fallbacks,
    ...(r.fallbacks.length === 0
      ? [t.none]
      : r.fallbacks.map((f) =>
          t.without(channel(f.channel), word(PW.contactData, f.missing), channel(f.to), cite(f.source)),
        )),
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
      print(io, showText(loaded, lang, io.today ?? new Date().toISOString().slice(0, 10)));
    });

  preset
    .command('validate')
    .description(t.validateHelp)
    .argument('<file>', t.fileArg)
    .addOption(formatOption(lang))
    .action((file: string, o: { format: Format }) => {
      const { siblings, result: r } = loadFile(io, file);
      const note = r.ok ? undefined : unreadNote(r.issues, siblings.unread, lang);
      if (o.format === 'json')
        json(
          io,
          r.ok
            ? { ok: true, id: r.value.preset.id, lineage: r.value.lineage, warnings: r.value.warnings }
            : { ok: false, issues: r.issues },
        );
      else if (r.ok) {
        print(io, t.ok(file, r.value.lineage.join(' → ')));
        if (r.value.warnings.length > 0) print(io, issueLines(r.value.warnings, lang, siblings.files));
      } else
        print(
          io,
          `${t.problems(file, r.issues.length)}\n${issueLines(r.issues, lang, siblings.files)}${note ? `\n${t.note(note)}` : ''}`,
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
      const { loaded, registry } = loadPresetWithRegistry(io, arg);
      const results = await runPresetTests(loaded, registry);
      const outdated = results.filter((r) => r.noLongerApplies).length;
      const failed = results.filter((r) => !r.passed && !r.noLongerApplies).length;
      const passed = results.length - failed - outdated;
      if (o.format === 'json') json(io, { preset: loaded.preset.id, passed, failed, outdated, results });
      else {
        const lines = results.flatMap((r) => {
          const mark = r.noLongerApplies ? say(lang, T.noLongerAppliesMark) : r.passed ? t.pass : t.fail;
          return [
            `${mark}  ${r.label?.[lang] ?? r.name}${r.source ? `  (${citeSource(r.source, lang)})` : ''}`,
            ...(r.noLongerApplies ? [r.noLongerApplies] : r.failures).map((f) => `        ${say(lang, f)}`),
          ];
        });
        if (results.length === 0) lines.push(t.noTests(loaded.preset.id));
        lines.push(t.testTotals(passed, failed));
        if (outdated > 0) lines.push(say(lang, T.noLongerAppliesCount(outdated)));
        print(io, lines.join('\n'));
      }
      if (failed > 0) throw new CliExit(EXIT_CODES.dataProblems);
    });
}
