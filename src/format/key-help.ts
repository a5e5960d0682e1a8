// Every key and what it does, in the element's two languages: only the help
// shows them, so they travel in its chunk rather than with the first frame.

import { toLocale } from './strings.js';

const KEYS = {
  en: [
    ['Tab', 'Enter the timeline on one event; Tab again leaves it'],
    ['← → ↑ ↓', 'Previous or next event; the view follows'],
    ['Home, End', 'First or last event'],
    ['Enter, Space', 'Open the event'],
    ['Escape', 'Hide the tooltip, then close the event'],
    ['+, −, 0', 'Zoom in, zoom out, show all'],
    ['Shift + ← →', 'Pan a little'],
    ['Page Up, Page Down', 'Pan by a page'],
    ['?', 'Show or hide these keys'],
  ],
  ja: [
    ['Tab', '年表の項目に入る（もう一度で出る）'],
    ['← → ↑ ↓', '前または次の項目（表示も追従）'],
    ['Home, End', '最初または最後の項目'],
    ['Enter, Space', '項目の詳細を開く'],
    ['Escape', 'ツールチップを閉じ、次に詳細を閉じる'],
    ['+, −, 0', '拡大、縮小、全体を表示'],
    ['Shift + ← →', '少し左右に移動'],
    ['Page Up, Page Down', '1画面分左右に移動'],
    ['?', 'このキー一覧の表示・非表示'],
  ],
} as const;

/** The keys and their actions: Japanese for ja and ja-*, English otherwise. */
export function keyHelp(locale: string): ReadonlyArray<readonly [string, string]> {
  return KEYS[toLocale(locale)];
}
