// Who published a source, from its URL alone: the card names sources by
// publisher ("MOFA (Japanese)") instead of showing bare links, and the data
// check asks each meeting of the history for at least one government record.
// Pure: a table and string matching, no network, no DOM.

import type { LocalizedText, Problem, Summit } from '../model/types.js';
import type { Locale } from './strings.js';

export interface Publisher {
  /** Host name; also matches its subdomains ("mofa.go.jp" matches www.mofa.go.jp). */
  host: string;
  /** Path prefix within the host, for publishers whose sections differ (language, archive). */
  path?: string;
  name: Required<LocalizedText>;
  /** An official record of a government (or an archive of official texts), not the press. */
  government: boolean;
  /**
   * Language of the pages, given only for publishers that publish in both
   * languages, so that the label says which version the link opens.
   */
  language?: Locale;
}

const MOFA = { en: 'MOFA', ja: '外務省' };
const KANTEI = { en: "Prime Minister's Office of Japan", ja: '首相官邸' };
const WHITE_HOUSE_ARCHIVED = { en: 'White House (archived)', ja: 'ホワイトハウス（アーカイブ）' };
const US_EMBASSY_JAPAN = { en: 'U.S. Embassy in Japan', ja: '在日米国大使館' };
const NHK = { en: 'NHK', ja: 'NHK' };
const NIPPON_COM = { en: 'Nippon.com', ja: 'nippon.com' };
const MAINICHI = { en: 'Mainichi Shimbun', ja: '毎日新聞' };

const gov = (host: string, name: Required<LocalizedText>, more: Partial<Publisher> = {}): Publisher => ({ host, name, government: true, ...more });
const press = (host: string, name: Required<LocalizedText>, more: Partial<Publisher> = {}): Publisher => ({ host, name, government: false, ...more });

/** Known publishers. The most specific match (longest host, then longest path) wins. */
export const PUBLISHERS: readonly Publisher[] = [
  // Japan: government
  gov('mofa.go.jp', MOFA, { language: 'en' }),
  gov('mofa.go.jp', MOFA, { path: '/mofaj/', language: 'ja' }),
  gov('kantei.go.jp', KANTEI, { language: 'ja' }),
  gov('kantei.go.jp', KANTEI, { path: '/foreign/', language: 'en' }),
  gov('japan.kantei.go.jp', KANTEI, { language: 'en' }),
  gov('gov-online.go.jp', { en: 'Government of Japan (Gov-Online)', ja: '政府広報オンライン' }),
  gov('japan.go.jp', { en: 'Government of Japan (JapanGov)', ja: '日本政府（JapanGov）' }),
  gov('mod.go.jp', { en: 'Ministry of Defense of Japan', ja: '防衛省' }),
  gov('emb-japan.go.jp', { en: 'Embassy of Japan', ja: '日本国大使館' }),
  gov('us.emb-japan.go.jp', { en: 'Embassy of Japan in the U.S.', ja: '在米国日本国大使館' }),
  gov('detroit.us.emb-japan.go.jp', { en: 'Consulate-General of Japan in Detroit', ja: '在デトロイト日本国総領事館' }),
  // Like the American Presidency Project, an archive of official texts that names each text's source.
  gov('worldjpn.net', { en: 'The World and Japan database', ja: 'データベース「世界と日本」' }),
  // United States: government
  gov('whitehouse.gov', { en: 'The White House', ja: 'ホワイトハウス' }),
  gov('georgewbush-whitehouse.archives.gov', WHITE_HOUSE_ARCHIVED),
  gov('obamawhitehouse.archives.gov', WHITE_HOUSE_ARCHIVED),
  gov('trumpwhitehouse.archives.gov', WHITE_HOUSE_ARCHIVED),
  gov('bidenwhitehouse.archives.gov', WHITE_HOUSE_ARCHIVED),
  gov('archives.gov', { en: 'U.S. National Archives', ja: '米国国立公文書館' }),
  gov('webharvest.gov', { en: 'U.S. National Archives (web harvest)', ja: '米国国立公文書館（ウェブ収集）' }),
  gov('presidency.ucsb.edu', { en: 'American Presidency Project', ja: 'アメリカ大統領プロジェクト' }),
  gov('state.gov', { en: 'U.S. Department of State', ja: '米国務省' }),
  gov('history.state.gov', { en: 'Office of the Historian, U.S. Department of State', ja: '米国務省歴史局' }),
  gov('share.america.gov', { en: 'ShareAmerica (U.S. Department of State)', ja: 'ShareAmerica（米国務省）' }),
  gov('usembassy.gov', { en: 'U.S. Embassy', ja: '米国大使館' }),
  gov('jp.usembassy.gov', US_EMBASSY_JAPAN, { language: 'en' }),
  gov('jp.usembassy.gov', US_EMBASSY_JAPAN, { path: '/ja/', language: 'ja' }),
  gov('china.usembassy-china.org.cn', { en: 'U.S. Embassy in China', ja: '在中国米国大使館' }),
  gov('defense.gov', { en: 'U.S. Department of Defense', ja: '米国防総省' }),
  gov('govinfo.gov', { en: 'GovInfo (U.S. Government Publishing Office)', ja: 'GovInfo（米国政府出版局）' }),
  gov('gpo.gov', { en: 'U.S. Government Publishing Office', ja: '米国政府出版局' }),
  // Third governments at trilateral and Quad meetings
  gov('mea.gov.in', { en: 'Ministry of External Affairs of India', ja: 'インド外務省' }),
  gov('pm.gov.au', { en: 'Prime Minister of Australia', ja: 'オーストラリア首相' }),
  gov('pmc.gov.au', { en: 'Department of the Prime Minister and Cabinet (Australia)', ja: 'オーストラリア首相内閣省' }),
  // The embassy's digest of Japanese press reports: published by a government, but press content.
  press('jmh.usembassy.gov', { en: 'U.S. Embassy in Japan, Japan Media Highlights', ja: '在日米国大使館「日本メディア要約」' }),
  // Press and reference
  press('japantimes.co.jp', { en: 'The Japan Times', ja: 'ジャパンタイムズ' }),
  press('yomiuri.co.jp', { en: 'Yomiuri Shimbun', ja: '読売新聞' }),
  press('japannews.yomiuri.co.jp', { en: 'The Japan News (Yomiuri Shimbun)', ja: '読売新聞（The Japan News）' }),
  press('asahi.com', { en: 'The Asahi Shimbun', ja: '朝日新聞' }),
  press('mainichi.jp', MAINICHI, { language: 'ja' }),
  press('mainichi.jp', MAINICHI, { path: '/english/', language: 'en' }),
  press('nhk.or.jp', NHK, { language: 'ja' }),
  press('nhk.or.jp', NHK, { path: '/nhkworld/', language: 'en' }),
  press('nippon.com', NIPPON_COM, { path: '/en/', language: 'en' }),
  press('nippon.com', NIPPON_COM, { path: '/ja/', language: 'ja' }),
  press('nippon.com', NIPPON_COM),
  press('asia.nikkei.com', { en: 'Nikkei Asia', ja: '日経アジア' }),
  press('sankeibiz.jp', { en: 'SankeiBiz', ja: 'SankeiBiz' }),
  press('afpbb.com', { en: 'AFPBB News', ja: 'AFPBB News' }),
  press('bloomberg.co.jp', { en: 'Bloomberg (Japan)', ja: 'ブルームバーグ' }),
  press('japan-forward.com', { en: 'Japan Forward', ja: 'JAPAN Forward' }),
  press('japantoday.com', { en: 'Japan Today', ja: 'Japan Today' }),
  press('japan-press.co.jp', { en: 'Japan Press Weekly', ja: 'ジャパン・プレス' }),
  press('rafu.com', { en: 'Rafu Shimpo', ja: '羅府新報' }),
  press('oananews.org', { en: 'OANA (Asia-Pacific news agencies)', ja: 'OANA（アジア太平洋通信社機構）' }),
  press('reuters.com', { en: 'Reuters', ja: 'ロイター' }),
  press('cnn.com', { en: 'CNN', ja: 'CNN' }),
  press('nbcnews.com', { en: 'NBC News', ja: 'NBC ニュース' }),
  press('abcnews.go.com', { en: 'ABC News', ja: 'ABC ニュース' }),
  press('foxnews.com', { en: 'Fox News', ja: 'フォックス・ニュース' }),
  press('washingtonpost.com', { en: 'The Washington Post', ja: 'ワシントン・ポスト' }),
  press('washingtontimes.com', { en: 'The Washington Times', ja: 'ワシントン・タイムズ' }),
  press('upi.com', { en: 'UPI', ja: 'UPI通信' }),
  press('denverpost.com', { en: 'The Denver Post', ja: 'デンバー・ポスト' }),
  press('ajc.com', { en: 'The Atlanta Journal-Constitution', ja: 'アトランタ・ジャーナル・コンスティテューション' }),
  press('staradvertiser.com', { en: 'Honolulu Star-Advertiser', ja: 'ホノルル・スター・アドバタイザー' }),
  press('rollcall.com', { en: 'Roll Call', ja: 'ロールコール' }),
  press('wgbh.org', { en: 'GBH News', ja: 'GBH ニュース' }),
  press('independent.co.uk', { en: 'The Independent', ja: 'インディペンデント' }),
  press('aljazeera.com', { en: 'Al Jazeera', ja: 'アルジャジーラ' }),
  press('channelnewsasia.com', { en: 'CNA', ja: 'CNA' }),
  press('straitstimes.com', { en: 'The Straits Times', ja: 'ストレーツ・タイムズ' }),
  press('scmp.com', { en: 'South China Morning Post', ja: 'サウスチャイナ・モーニング・ポスト' }),
  press('hindustantimes.com', { en: 'Hindustan Times', ja: 'ヒンドゥスタン・タイムズ' }),
  press('indiatoday.in', { en: 'India Today', ja: 'インディア・トゥデイ' }),
  press('thehindu.com', { en: 'The Hindu', ja: 'ザ・ヒンドゥー' }),
  press('timesofindia.indiatimes.com', { en: 'The Times of India', ja: 'タイムズ・オブ・インディア' }),
  press('livemint.com', { en: 'Mint', ja: 'ミント' }),
  press('aa.com.tr', { en: 'Anadolu Agency', ja: 'アナドル通信' }),
  press('sputniknews.com', { en: 'Sputnik', ja: 'スプートニク' }),
  press('wikipedia.org', { en: 'Wikipedia', ja: 'ウィキペディア' }),
  press('britannica.com', { en: 'Britannica', ja: 'ブリタニカ' }),
];

const LANGUAGE_NAMES: Record<Locale, Record<Locale, string>> = {
  en: { en: 'English', ja: 'Japanese' },
  ja: { en: '英語', ja: '日本語' },
};

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

// A host written with a trailing dot ("archives.gov.") is the same host.
const hostOf = (u: URL) => u.hostname.toLowerCase().replace(/\.$/, '');

/** The publisher of a URL, or undefined when the table does not know it. */
export function publisherOf(url: string): Publisher | undefined {
  const u = parse(url);
  if (!u) return undefined;
  const host = hostOf(u);
  let best: Publisher | undefined;
  for (const p of PUBLISHERS) {
    if (host !== p.host && !host.endsWith(`.${p.host}`)) continue;
    if (p.path && !u.pathname.startsWith(p.path)) continue;
    if (!best || p.host.length > best.host.length || (p.host.length === best.host.length && (p.path?.length ?? 0) > (best.path?.length ?? 0))) best = p;
  }
  return best;
}

export interface SourceDescription {
  /** What the link says: the publisher, with the page language where the publisher has two. */
  label: string;
  government: boolean;
}

/** Names a source in the reader's locale; unknown publishers fall back to the host name without "www.". */
export function describeSource(url: string, locale: Locale): SourceDescription {
  const p = publisherOf(url);
  if (!p) {
    const u = parse(url);
    return { label: u ? hostOf(u).replace(/^www\./, '') : url, government: false };
  }
  const name = p.name[locale];
  if (!p.language) return { label: name, government: p.government };
  const language = LANGUAGE_NAMES[locale][p.language];
  return { label: locale === 'ja' ? `${name}（${language}）` : `${name} (${language})`, government: p.government };
}

/** Whether a meeting cites at least one government record. */
export function hasGovernmentRecord(event: Pick<Summit, 'sources'>): boolean {
  return (event.sources ?? []).some((url) => publisherOf(url)?.government === true);
}

/** One problem for each meeting that cites no government record, with its place in `events`. */
export function governmentRecordProblems(events: readonly Pick<Summit, 'id' | 'sources'>[]): Problem[] {
  const problems: Problem[] = [];
  events.forEach((event, i) => {
    if (hasGovernmentRecord(event)) return;
    const hosts = [...new Set((event.sources ?? []).map((url) => describeSource(url, 'en').label))];
    problems.push({
      path: `events[${i}].sources`,
      message: `"${event.id}" cites no government record (${hosts.length ? `only ${hosts.join(', ')}` : 'no sources'})`,
    });
  });
  return problems;
}
