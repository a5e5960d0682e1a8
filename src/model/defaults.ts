// The diplomatic vocabulary of the bundled history, as data: what a document
// without `kinds` or `topics` gets. The validator, the schema generator and
// the legend all read these lists, so a kind is named in one place.

import type { KindSpec, SummitKind, Topic, TopicSpec } from './types.js';

export const DEFAULT_KINDS: readonly (KindSpec & { id: SummitKind })[] = [
  { id: 'state-visit', shape: 'star', label: { en: 'State visit', ja: '国賓訪問' } },
  { id: 'official-visit', shape: 'circle', label: { en: 'Official visit', ja: '公式訪問' } },
  { id: 'working-visit', shape: 'circle', label: { en: 'Working visit', ja: '実務訪問' } },
  { id: 'bilateral', shape: 'circle', label: { en: 'Bilateral summit', ja: '二国間首脳会談' } },
  { id: 'sideline', shape: 'diamond', label: { en: 'Meeting at a multilateral summit', ja: '国際会議の際の会談' } },
  { id: 'multilateral', shape: 'square', label: { en: 'Multilateral meeting', ja: '多国間の首脳会合' } },
  { id: 'memorial', shape: 'triangle', label: { en: 'Memorial visit', ja: '慰霊訪問' } },
  { id: 'virtual', shape: 'circle', label: { en: 'Virtual summit', ja: 'オンライン首脳会談' } },
  { id: 'president-elect', shape: 'diamond', label: { en: 'Meeting with the president-elect', ja: '次期大統領との会談' } },
];

export const DEFAULT_TOPICS: readonly (TopicSpec & { id: Topic })[] = [
  { id: 'economy', label: { en: 'Trade and economy', ja: '貿易・経済' } },
  { id: 'security', label: { en: 'Security and defence', ja: '安全保障・防衛' } },
  { id: 'north-korea', label: { en: 'North Korea', ja: '北朝鮮' } },
  { id: 'indo-pacific', label: { en: 'China and the Indo-Pacific', ja: '中国・インド太平洋' } },
  { id: 'technology', label: { en: 'Technology and AI', ja: '技術・AI' } },
  { id: 'energy-climate', label: { en: 'Energy and climate', ja: 'エネルギー・気候' } },
  { id: 'history', label: { en: 'History and reconciliation', ja: '歴史・和解' } },
  { id: 'health', label: { en: 'Health', ja: '保健' } },
  { id: 'disaster', label: { en: 'Disaster relief', ja: '災害' } },
  { id: 'russia-ukraine', label: { en: 'Russia and Ukraine', ja: 'ロシア・ウクライナ' } },
];

/**
 * The default kind in which one side is not yet in office, so the term
 * warning leaves that side alone: a US president-elect.
 */
export const BEFORE_TERM: Readonly<Record<string, string>> = { 'president-elect': 'US' };
