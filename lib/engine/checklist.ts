// The service-model checklist: the chosen model's steps, each met or not, with the findings behind it.
// Models map the same rules onto their own steps; `tone` and `safety` rules appear in every model as
// two extra rows so the checklist accounts for every finding.

import type { Checklist, ChecklistItem, Finding, ServiceModelId, Step } from './types';

/** How each rule step is named to people (badges in the panel and options, the README). */
export const STEP_LABELS: Record<Step, string> = {
  listen: 'Listen',
  apologise: 'Apologise',
  solve: 'Solve',
  thank: 'Thank',
  tone: 'Tone',
  safety: 'Safety',
};

interface StepDef {
  id: string;
  label: string;
  description: string;
  ruleIds: string[];
}

const LISTEN = ['missing-acknowledgement', 'already-provided', 'missing-greeting'];
const APOLOGISE = ['missing-apology', 'non-apology'];
const SOLVE = ['missing-next-step', 'vague-timeframe', 'escalation-handover', 'consumer-rights', 'negative-language'];
const THANK = ['missing-thanks', 'missing-closing'];
const TONE = ['blame', 'jargon', 'shouting', 'inclusive-language', 'long-sentence', 'passive-evasion', 'curt-tone'];
const SAFETY = ['placeholder', 'sensitive-data'];

const COMMON: StepDef[] = [
  { id: 'tone', label: 'Tone', description: 'Plain, respectful, calm wording the customer can follow.', ruleIds: TONE },
  {
    id: 'safe',
    label: 'Safe to send',
    description: 'No unfilled placeholders, card numbers or password requests.',
    ruleIds: SAFETY,
  },
];

export const MODELS: Record<ServiceModelId, { name: string; steps: StepDef[] }> = {
  LAST: {
    name: 'LAST (Listen, Apologise, Solve, Thank)',
    steps: [
      {
        id: 'listen',
        label: 'Listen',
        description: 'Greet them and show you understood their issue in your own words.',
        ruleIds: LISTEN,
      },
      {
        id: 'apologise',
        label: 'Apologise',
        description: 'A sincere, specific apology where something went wrong.',
        ruleIds: APOLOGISE,
      },
      {
        id: 'solve',
        label: 'Solve',
        description: 'Say what you are doing, what happens next and when.',
        ruleIds: SOLVE,
      },
      { id: 'thank', label: 'Thank', description: 'Thank them and offer further help.', ruleIds: THANK },
    ],
  },
  HEAT: {
    name: 'HEAT (Hear, Empathise, Apologise, Take action)',
    steps: [
      {
        id: 'hear',
        label: 'Hear',
        description: 'Show you heard the issue: restate it, don’t ask for what they gave.',
        ruleIds: LISTEN,
      },
      {
        id: 'empathise',
        label: 'Empathise',
        description: 'Acknowledge how they feel, without blame.',
        ruleIds: ['missing-apology', 'blame'],
      },
      {
        id: 'apologise',
        label: 'Apologise',
        description: 'Own the problem with a real apology, not “sorry if”.',
        ruleIds: ['non-apology'],
      },
      {
        id: 'take-action',
        label: 'Take action',
        description: 'A clear next step with a time, and an offer of more help.',
        ruleIds: [...SOLVE, ...THANK],
      },
    ],
  },
  AAAA: {
    name: 'Acknowledge, Apologise, Act, Assure',
    steps: [
      {
        id: 'acknowledge',
        label: 'Acknowledge',
        description: 'Greet them and restate their concern.',
        ruleIds: LISTEN,
      },
      {
        id: 'apologise',
        label: 'Apologise',
        description: 'A sincere, specific apology where something went wrong.',
        ruleIds: APOLOGISE,
      },
      {
        id: 'act',
        label: 'Act',
        description: 'Say what you are doing and who handles it next.',
        ruleIds: ['missing-next-step', 'escalation-handover', 'consumer-rights', 'negative-language'],
      },
      {
        id: 'assure',
        label: 'Assure',
        description: 'Give a concrete time, thank them and offer further help.',
        ruleIds: ['vague-timeframe', ...THANK],
      },
    ],
  },
};

export function isServiceModel(x: unknown): x is ServiceModelId {
  return x === 'LAST' || x === 'HEAT' || x === 'AAAA';
}

export function buildChecklist(
  model: ServiceModelId,
  findings: readonly Finding[],
  enabled: (ruleId: string) => boolean,
): Checklist {
  const def = MODELS[model];
  const items: ChecklistItem[] = [...def.steps, ...COMMON].map((step) => {
    const ruleIds = step.ruleIds.filter(enabled);
    const idx: number[] = [];
    findings.forEach((f, i) => {
      if (ruleIds.includes(f.ruleId) && f.severity !== 'suggestion') idx.push(i);
    });
    const soft: number[] = [];
    findings.forEach((f, i) => {
      if (ruleIds.includes(f.ruleId) && f.severity === 'suggestion') soft.push(i);
    });
    const met = idx.length === 0 && soft.length === 0;
    const behind = [...idx, ...soft].sort((a, b) => a - b);
    let reason: string;
    if (ruleIds.length === 0) reason = 'No checks are switched on for this step.';
    else if (met) reason = `${step.description.replace(/\.$/, '')}: nothing to fix.`;
    else {
      const first = findings[behind[0]!]!;
      reason = behind.length === 1 ? first.message : `${first.message} (and ${behind.length - 1} more)`;
    }
    return { id: step.id, label: step.label, description: step.description, met, reason, ruleIds, findings: behind };
  });
  return { model, name: def.name, items };
}
