#!/usr/bin/env node
// Writes syntaxes/toc.tmLanguage.json, the TextMate grammar of the .toc language.
//
// The grammar is generated so that its regular expressions are built from named pieces
// (identifier, keyword boundaries, word lists) instead of being repeated by hand in JSON.
// The generated file is committed: the extension has no build step. test/grammar.test.js
// checks that the committed file is what this script writes, so the two cannot drift.
//
//   node scripts/build-grammar.js           write the file
//   node scripts/build-grammar.js --stdout  print it instead
'use strict';

const fs = require('fs');
const path = require('path');

// ---------------------------------------------------------------- lexical pieces (Toc.g4)

// IDENT: [\p{L}_] [\p{L}\p{N}_]* ( [.\-] [\p{L}\p{N}_]+ )*
const ID = '[\\p{L}_][\\p{L}\\p{N}_]*(?:[.\\-][\\p{L}\\p{N}_]+)*';
// A word starts where no identifier goes on to the left, and ends where none goes on to the
// right: `data-x`, `x.target` and `short-term` are single words, as they are for the lexer.
const B = '(?<![\\p{L}\\p{N}_]|[\\p{L}\\p{N}_][.\\-])';
const E = '(?![\\p{L}\\p{N}_]|[.\\-][\\p{L}\\p{N}_])';
const word = (alternatives) => `${B}(?:${alternatives.join('|')})${E}`;

// ---------------------------------------------------------------- keywords (Toc.g4 lexer rules)

const NODE_KINDS = ['impact', 'goal', 'outcome', 'output', 'activity', 'intervention', 'precondition'];
const SOFT_KEYWORDS = [
  'version', 'authors', 'period', 'to', 'as', 'of', 'accountability', 'ceiling', 'description', 'role',
  'functions', 'horizon', 'by', 'owner', 'assumes', 'for', 'unit', 'direction', 'baseline', 'at', 'target',
  'milestone', 'aggregation', 'cumulative', 'snapshot', 'disaggregate', 'source', 'frequency', 'responsible',
  'risk', 'status', 'evidence', 'date', 'note', 'rationale', 'kind', 'strength', 'feedback', 'members',
  'file', 'sheet', 'layout', 'header', 'row', 'rows', 'column', 'columns', 'fiscal', 'year', 'starts',
  'decimal', 'label', 'inferred', 'transition', 'definition', 'threshold', 'method',
  'point', 'growth', 'per', 'population', 'part',
  'code', 'in', 'is', 'records', 'compute', 'distinct', 'from', 'where', 'among', 'each', 'join', 'exclude',
  'query', 'and', 'or', 'not', 'one', 'contains', 'empty',
  'primary', 'secondary', 'structure', 'serves', 'plays', 'position', 'backbone',
  'changes', 'level', 'because',
  'identifier', 'reporting', 'org', 'type',
];

// ---------------------------------------------------------------- enumerated values
// The words of compiler/src/main/java/org/tocworkbench/compiler/model/*.java (enums implementing
// Keyword) and of the data binding (Binder.java). The test reads those sources and fails when a
// word is missing here.

const ENUMS = {
  horizon: ['short', 'short-term', 'medium', 'medium-term', 'intermediate', 'long', 'long-term'],
  role: ['backbone', 'secretariat', 'member', 'partner', 'funder', 'donor', 'boundary-partner', 'structure'],
  // StructureKind.java and BackboneRole.java (docs/network.md)
  'structure-kind': ['working-group', 'task-force', 'fund', 'grant-fund', 'small-grants-fund', 'community-of-practice',
    'cop', 'platform', 'committee'],
  'backbone-role': ['facilitator', 'coordinator', 'broker', 'catalyst', 'convener'],
  unit: ['count', 'number', 'percent', 'percentage', 'currency', 'money', 'ratio', 'rate', 'boolean', 'yes-no',
    'scale', 'ordinal', 'text', 'qualitative'],
  direction: ['increase', 'up', 'higher', 'decrease', 'down', 'lower', 'maintain', 'stable'],
  aggregation: ['latest', 'last', 'sum', 'total', 'mean', 'average', 'max', 'maximum', 'min', 'minimum'],
  frequency: ['weekly', 'monthly', 'quarterly', 'biannual', 'semiannual', 'half-yearly', 'annual', 'annually',
    'yearly', 'baseline-endline', 'endline', 'ad-hoc', 'continuous', 'once'],
  level: ['low', 'weak', 'medium', 'moderate', 'high', 'strong'],
  status: ['untested', 'supported', 'contested', 'mixed', 'refuted'],
  'link-kind': ['necessary', 'sufficient', 'contributory', 'contributing'],
  function: ['information-sharing', 'knowledge-generation', 'research', 'problem-solving', 'innovation',
    'service-coordination', 'service-delivery', 'advocacy', 'policy-influence', 'capacity-building', 'learning',
    'community-building', 'field-building', 'thought-leadership', 'investing', 'grant-making', 'communications',
    'resource-mobilisation', 'resource-mobilization', 'fundraising', 'governance', 'monitoring',
    'measuring-and-monitoring', 'mel', 'operations'],
  layout: ['long', 'wide'],
  // Computation.java (docs/records.md): measures, periods, and RecordExclusion.java: cleaning rules.
  measure: ['count', 'distinct', 'sum', 'mean', 'median', 'min', 'max', 'share'],
  bucket: ['month', 'quarter', 'fiscal quarter', 'half', 'year', 'fiscal year'],
  exclusion: ['unapproved', 'duplicates'],
  // ChangeLevel.java (docs/diff.md): the level of change of a version.
  'change-level': ['minor', 'moderate', 'medium', 'major'],
  // OrganisationType.java (docs/language.md#iati-publishing): the IATI OrganisationType codelist's words.
  'organisation-type': ['government', 'local-government', 'other-public-sector', 'international-ngo', 'national-ngo',
    'regional-ngo', 'partner-country-ngo', 'public-private-partnership', 'multilateral', 'foundation',
    'private-sector', 'private-sector-in-provider-country', 'private-sector-in-recipient-country',
    'private-sector-in-third-country', 'academic', 'other'],
  decimal: ['comma', 'point', 'dot'],
  'growth-period': ['year', 'annum', 'half', 'half-year', 'semester', 'quarter', 'month'],
  'column-role': ['indicator', 'title', 'period', 'value', 'disaggregation', 'group', 'comment'],
  // Unit.java reads booleans written as true/false, yes/no, y/n, t/f.
  boolean: ['true', 'false', 'yes', 'no', 'y', 'n', 't', 'f'],
};
// Binder.java: a month name or its first three letters, in any case.
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december'];
const MONTH_WORDS = MONTHS.flatMap((m) => [m, m.slice(0, 3)]);

// Longest first, so that an alternative is never cut short by a shorter one it starts with.
const alt = (words) => [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b))
  .map((w) => w.replace(/[.\-]/g, (c) => '\\' + c));

// ---------------------------------------------------------------- rule builders

const kw = (name) => `keyword.other.${name}.toc`;
const ref = (what) => `variable.other.${what}.toc`;
const constant = (what) => `constant.language.${what}.toc`;

/** `KEYWORD VALUE`: a property whose one argument is a word from a list (or an identifier). */
function enumProperty(keyword, values, valueScope, otherScope, caseInsensitive = false) {
  const valueWords = alt(values).join('|');
  return {
    match: `${B}(${keyword})${E}(?:\\s+(?:(${caseInsensitive ? '(?i:' + valueWords + ')' : valueWords})${E}|(${ID})))?`,
    captures: {
      1: { name: kw(keyword) },
      2: { name: valueScope },
      3: { name: otherScope },
    },
  };
}

/**
 * `KEYWORD A, B, ...`: a comma-separated list, which may run onto the next lines after a comma.
 * The list ends after an item that no comma follows; `(?!\G)` keeps it from ending right after
 * the keyword itself.
 */
function listProperty(keywordPattern, keywordCaptures, itemPatterns, notBefore) {
  return {
    begin: `${keywordPattern}${notBefore ? `(?!${notBefore})` : ''}`,
    beginCaptures: keywordCaptures,
    end: '(?<=[\\p{L}\\p{N}_"])(?!\\G)(?!\\s*,)',
    patterns: [
      { include: '#comments' },
      ...itemPatterns,
      { include: '#comma' },
    ],
  };
}

function refList(keyword, what, notBefore) {
  return listProperty(`${B}(${keyword})${E}`, { 1: { name: kw(keyword) } },
    [{ match: ID, name: ref(what) }], notBefore);
}

// ---------------------------------------------------------------- the grammar

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Theory of change (ToC Workbench)',
  scopeName: 'source.toc',
  fileTypes: ['toc'],
  patterns: [
    { include: '#comments' },
    { include: '#strings' },
    { include: '#data-column' },
    { include: '#declarations' },
    { include: '#links' },
    { include: '#properties' },
    { include: '#numbers' },
    { include: '#soft-keywords' },
    { include: '#identifiers' },
    { include: '#punctuation' },
    { include: '#invalid' },
  ],
  repository: {
    comments: {
      patterns: [
        {
          name: 'comment.block.toc',
          begin: '/\\*',
          beginCaptures: { 0: { name: 'punctuation.definition.comment.begin.toc' } },
          end: '\\*/',
          endCaptures: { 0: { name: 'punctuation.definition.comment.end.toc' } },
        },
        {
          match: '(//).*$',
          name: 'comment.line.double-slash.toc',
          captures: { 1: { name: 'punctuation.definition.comment.toc' } },
        },
        {
          match: '(#).*$',
          name: 'comment.line.number-sign.toc',
          captures: { 1: { name: 'punctuation.definition.comment.toc' } },
        },
      ],
    },
    strings: {
      patterns: [
        {
          // Long text: spans lines, escapes are not interpreted.
          name: 'string.quoted.triple.toc',
          begin: '"""',
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.toc' } },
          end: '"""',
          endCaptures: { 0: { name: 'punctuation.definition.string.end.toc' } },
        },
        {
          // A quoted string stays on its line; one with no closing quote ends with the line.
          name: 'string.quoted.double.toc',
          begin: '"',
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.toc' } },
          end: '(")|$',
          endCaptures: { 1: { name: 'punctuation.definition.string.end.toc' } },
          patterns: [
            { match: '\\\\["\\\\nt]', name: 'constant.character.escape.toc' },
            // Any other backslash is kept as written (`"C:\data"`); it still hides a quote from the end.
            { match: '\\\\.' },
          ],
        },
      ],
    },
    'data-column': {
      // `indicator column "Indicator ID"`, `period column "Quarter"`, `period columns "..."`
      patterns: [
        {
          match: `${B}(${alt(ENUMS['column-role']).join('|')})${E}\\s+(column)${E}`,
          captures: { 1: { name: constant('column-role') }, 2: { name: kw('column') } },
        },
        {
          match: `${B}(period)${E}\\s+(columns)${E}`,
          captures: { 1: { name: kw('period') }, 2: { name: kw('columns') } },
        },
        {
          match: `${B}(fiscal)${E}\\s+(year)${E}\\s+(starts)${E}(?:\\s+(?:((?i:${alt(MONTH_WORDS).join('|')}))${E}|(${ID})))?`,
          captures: {
            1: { name: kw('fiscal') }, 2: { name: kw('year') }, 3: { name: kw('starts') },
            4: { name: constant('month') }, 5: { name: ref('value') },
          },
        },
      ],
    },
    declarations: {
      patterns: [
        {
          // `transition output -> outcome assumes ...`: both ends may be node kinds (a list of
          // nodes is scoped by #links); the kind words are kinds here, not declarations.
          match: `${B}(transition)${E}(?!\\s*(?:->|,))(?:\\s+(${alt(NODE_KINDS).join('|')})${E}(?:\\s*(->)\\s*(${alt(NODE_KINDS).join('|')})${E})?)?`,
          captures: {
            1: { name: kw('transition') },
            2: { name: 'storage.type.node.$2.toc' },
            3: { name: 'keyword.operator.arrow.toc' },
            4: { name: 'storage.type.node.$4.toc' },
          },
        },
        {
          match: word(['import']),
          name: 'keyword.control.import.toc',
        },
        {
          match: word(['theory', 'data']),
          name: 'storage.type.$0.toc',
        },
        {
          // The identifier may follow on the next line: declarations are free-form.
          begin: `${B}(${alt(NODE_KINDS).join('|')})${E}`,
          beginCaptures: { 1: { name: 'storage.type.node.$1.toc' } },
          end: `(${ID})|(?=\\S)`,
          endCaptures: { 1: { name: 'entity.name.type.node.toc' } },
          applyEndPatternLast: 1,
          patterns: [{ include: '#comments' }],
        },
        ...['actor', 'indicator', 'assumption', 'pathway'].map((keyword) => ({
          begin: `${B}(${keyword})${E}`,
          beginCaptures: { 1: { name: `storage.type.${keyword}.toc` } },
          end: `(${ID})|(?=\\S)`,
          endCaptures: { 1: { name: `entity.name.type.${keyword}.toc` } },
          applyEndPatternLast: 1,
          patterns: [{ include: '#comments' }],
        })),
      ],
    },
    properties: {
      patterns: [
        // Dates relative to the theory's period: `at start`, `by end` (a point's name stays a reference).
        {
          match: `${B}(at|by|date)${E}\\s+(start|end)${E}`,
          captures: { 1: { name: 'keyword.other.$1.toc' }, 2: { name: constant('date') } },
        },
        // References: `by A, B`, `owner A`, `assumes AS1`, `for ST2`, `responsible A`, `members A, B`.
        // `by` followed by a date is the `by` of a target or milestone.
        refList('by', 'actor', '\\s*-?\\d'),
        refList('owner', 'actor'),
        // `responsible A` names an actor; `responsible "District officer"` says who in words.
        listProperty(`${B}(responsible)${E}`, { 1: { name: kw('responsible') } }, [
          { include: '#strings' },
          { match: ID, name: ref('actor') },
        ]),
        refList('assumes', 'assumption'),
        refList('for', 'subject'),
        refList('members', 'node'),
        // `code "IND-7" is OC1_2`: a line of a data block's code table names an indicator.
        {
          match: `${B}(is)${E}\\s+(${ID})`,
          captures: { 1: { name: kw('is') }, 2: { name: ref('indicator') } },
        },
        listProperty(`${B}(functions)${E}`, { 1: { name: kw('functions') } }, [
          { match: word(alt(ENUMS.function)), name: constant('function') },
          { match: ID, name: ref('function') },
        ]),
        // The network words (docs/network.md): `serves F, G`, `plays ROLE, ...`, `position "Job", word`,
        // `backbone HUB plays broker` on a result.
        listProperty(`${B}(serves)${E}`, { 1: { name: kw('serves') } }, [
          { match: word(alt(ENUMS.function)), name: constant('function') },
          { match: ID, name: ref('function') },
        ]),
        listProperty(`${B}(plays)${E}`, { 1: { name: kw('plays') } }, [
          { match: word(alt(ENUMS['backbone-role'])), name: constant('backbone-role') },
          { match: ID, name: ref('role') },
        ]),
        listProperty(`${B}(position)${E}`, { 1: { name: kw('position') } }, [
          { include: '#strings' },
          { match: ID, name: ref('position') },
        ]),
        {
          // `structure WG "title"`: soft, so a declaration only when a name and its title follow.
          match: `${B}(structure)${E}\\s+(${ID})(?=\\s*")`,
          captures: { 1: { name: kw('structure') }, 2: { name: 'entity.name.type.structure.toc' } },
        },
        {
          match: `${B}(backbone)${E}\\s+(${ID})(?=\\s+plays${E})`,
          captures: { 1: { name: kw('backbone') }, 2: { name: ref('actor') } },
        },
        {
          match: `${B}(kind)${E}\\s+(${alt(ENUMS['structure-kind']).join('|')})${E}`,
          captures: { 1: { name: kw('kind') }, 2: { name: constant('structure-kind') } },
        },
        listProperty(`${B}(disaggregate)${E}(?:\\s+(by)${E})?`, { 1: { name: kw('disaggregate') }, 2: { name: kw('by') } }, [
          { include: '#strings' },
          { match: ID, name: ref('dimension') },
        ]),
        enumProperty('horizon', ENUMS.horizon, constant('horizon'), ref('value')),
        enumProperty('ceiling', ENUMS.horizon, constant('horizon'), ref('node')),
        enumProperty('role', ENUMS.role, constant('role'), ref('value')),
        enumProperty('unit', ENUMS.unit, constant('unit'), ref('value')),
        enumProperty('direction', ENUMS.direction, constant('direction'), ref('value')),
        enumProperty('aggregation', ENUMS.aggregation, constant('aggregation'), ref('value')),
        enumProperty('frequency', ENUMS.frequency, constant('frequency'), ref('value')),
        enumProperty('risk', ENUMS.level, constant('level'), ref('value')),
        enumProperty('strength', ENUMS.level, constant('level'), ref('value')),
        enumProperty('status', ENUMS.status, constant('status'), ref('value')),
        enumProperty('kind', ENUMS['link-kind'], constant('link-kind'), ref('value')),
        enumProperty('layout', ENUMS.layout, constant('layout'), ref('value')),
        enumProperty('decimal', ENUMS.decimal, constant('decimal'), ref('value')),
        enumProperty('per', ENUMS['growth-period'], constant('growth-period'), ref('value')),
        enumProperty('compute', ENUMS.measure, constant('measure'), ref('value')),
        enumProperty('each', ENUMS.bucket, constant('period'), ref('value')),
        enumProperty('exclude', ENUMS.exclusion, constant('exclusion'), ref('value')),
        enumProperty('level', ENUMS['change-level'], constant('change-level'), ref('value')),
        enumProperty('type', ENUMS['organisation-type'], constant('organisation-type'), ref('value')),
        // `baseline no at 2024`, `target yes by 2027`: a bare word as a value.
        {
          match: `${B}(baseline|target|milestone)${E}(?:\\s+(?:(${alt(ENUMS.boolean).join('|')})${E}|(${ID})))?`,
          captures: {
            1: { name: 'keyword.other.$1.toc' },
            2: { name: constant('boolean') },
            3: { name: ref('value') },
          },
        },
      ],
    },
    links: {
      patterns: [
        // `A -> B, C`: the names after an arrow are references, even soft keywords (`-> target`).
        listProperty('(->)', { 1: { name: 'keyword.operator.arrow.toc' } }, [{ match: ID, name: ref('node') }]),
        {
          // The names before an arrow, or in a list that leads to one (`OP3, OP4 -> ST2`).
          match: `${B}(${ID})(?=\\s*(?:->|,))`,
          captures: { 1: { name: ref('node') } },
        },
      ],
    },
    numbers: {
      patterns: [
        {
          match: `${B}\\d{4}-(?:Q[1-4]|\\d{2}(?:-\\d{2})?)(?![\\p{N}])`,
          name: 'constant.numeric.date.toc',
        },
        {
          match: `(?<![\\p{L}\\p{N}_.])-?\\d+(?:\\.\\d+)?[ \\t]*%`,
          name: 'constant.numeric.percentage.toc',
        },
        {
          match: `(?<![\\p{L}\\p{N}_.])-?\\d+(?:\\.\\d+)?`,
          name: 'constant.numeric.decimal.toc',
        },
      ],
    },
    'soft-keywords': {
      patterns: [
        {
          match: `${B}(${alt(SOFT_KEYWORDS).join('|')})${E}`,
          name: 'keyword.other.$1.toc',
        },
      ],
    },
    identifiers: {
      patterns: [{ match: ID, name: 'variable.other.toc' }],
    },
    comma: {
      patterns: [{ match: ',', name: 'punctuation.separator.comma.toc' }],
    },
    punctuation: {
      patterns: [
        { match: '\\{', name: 'punctuation.section.block.begin.toc' },
        { match: '\\}', name: 'punctuation.section.block.end.toc' },
        // conditions on records: comparisons and brackets
        { match: '!=|<=|>=|=|<|>', name: 'keyword.operator.comparison.toc' },
        { match: '\\(', name: 'punctuation.section.parens.begin.toc' },
        { match: '\\)', name: 'punctuation.section.parens.end.toc' },
        { include: '#comma' },
      ],
    },
    invalid: {
      // Anything else is an unexpected character for the compiler (TOC001).
      patterns: [{ match: '\\S', name: 'invalid.illegal.character.toc' }],
    },
  },
};

module.exports = { grammar, ENUMS, MONTHS, SOFT_KEYWORDS, NODE_KINDS };

if (require.main === module) {
  const text = JSON.stringify(grammar, null, 2) + '\n';
  if (process.argv.includes('--stdout')) {
    process.stdout.write(text);
  } else {
    const target = path.join(__dirname, '..', 'syntaxes', 'toc.tmLanguage.json');
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, target);
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
}
