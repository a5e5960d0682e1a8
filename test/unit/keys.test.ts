import { describe, expect, it } from 'vitest';
import { keyAction, ZOOM_STEP, type KeyAction, type KeyModifiers } from '../../src/layout/keys.js';

const MIDDLE = { index: 4, count: 10, open: false };

describe('keyAction(key, modifiers, state)', () => {
  it.each<[string, KeyModifiers, KeyAction | null]>([
    ['ArrowRight', {}, { type: 'focus', index: 5 }],
    ['ArrowDown', {}, { type: 'focus', index: 5 }],
    ['ArrowLeft', {}, { type: 'focus', index: 3 }],
    ['ArrowUp', {}, { type: 'focus', index: 3 }],
    ['Home', {}, { type: 'focus', index: 0 }],
    ['End', {}, { type: 'focus', index: 9 }],
    ['Enter', {}, { type: 'open' }],
    [' ', {}, { type: 'open' }],
    ['+', {}, { type: 'zoom', factor: ZOOM_STEP }],
    ['=', {}, { type: 'zoom', factor: ZOOM_STEP }],
    ['-', {}, { type: 'zoom', factor: 1 / ZOOM_STEP }],
    ['0', {}, { type: 'reset' }],
    ['PageDown', {}, { type: 'pan', fraction: 0.8 }],
    ['PageUp', {}, { type: 'pan', fraction: -0.8 }],
    ['ArrowRight', { shift: true }, { type: 'pan', fraction: 0.1 }],
    ['ArrowLeft', { shift: true }, { type: 'pan', fraction: -0.1 }],
    ['Escape', {}, null],
    ['a', {}, null],
    ['Tab', {}, null],
  ])('%j with %j', (key, mods, expected) => {
    expect(keyAction(key, mods, MIDDLE)).toEqual(expected);
  });

  it.each(['ctrl', 'meta', 'alt'] as const)('leaves %s chords to the browser (Ctrl + zooms the page)', (mod) => {
    for (const key of ['+', '-', '0', 'ArrowRight', 'Home', 'Enter']) expect(keyAction(key, { [mod]: true }, MIDDLE)).toBeNull();
  });

  it('stops at the first and last meeting', () => {
    expect(keyAction('ArrowLeft', {}, { index: 0, count: 3, open: false })).toEqual({ type: 'focus', index: 0 });
    expect(keyAction('ArrowRight', {}, { index: 2, count: 3, open: false })).toEqual({ type: 'focus', index: 2 });
  });

  it('starts at the first meeting when none has focus yet', () => {
    expect(keyAction('ArrowRight', {}, { index: -1, count: 3, open: false })).toEqual({ type: 'focus', index: 0 });
    expect(keyAction('Enter', {}, { index: -1, count: 3, open: false })).toBeNull();
  });

  it('Escape closes an open card', () => {
    expect(keyAction('Escape', {}, { ...MIDDLE, open: true })).toEqual({ type: 'close' });
  });

  it('moves nowhere with no meetings, but still zooms and pans', () => {
    const empty = { index: -1, count: 0, open: false };
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End']) expect(keyAction(key, {}, empty)).toBeNull();
    expect(keyAction('+', {}, empty)).toEqual({ type: 'zoom', factor: ZOOM_STEP });
    expect(keyAction('PageDown', {}, empty)).toEqual({ type: 'pan', fraction: 0.8 });
  });
});
