import type { HandoutTool } from './types';

/** Fill-in tools shared by several handouts (PEMAT item 23). */
export const EXERCISE_LOG: HandoutTool = {
  kind: 'log',
  title: 'My exercise log',
  how: 'Each day, write the exercises you did and your pain from 0 (none) to 10 (worst). Bring it to your visits.',
  columns: ['Date', 'Exercises I did', 'Pain 0–10', 'Notes'],
  rows: 3,
};

export const SYMPTOM_LOG: HandoutTool = {
  kind: 'log',
  title: 'My symptom log',
  how: 'Write down where it hurts, how much, and what makes it better or worse. Bring it to your visit.',
  columns: ['Date', 'Where it hurts', 'Pain 0–10', 'Better or worse with'],
  rows: 3,
};
