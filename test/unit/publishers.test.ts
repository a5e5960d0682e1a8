import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeSource, governmentRecordProblems, hasGovernmentRecord, publisherOf } from '../../src/format/publishers.js';
import type { TimelineData } from '../../src/model/types.js';

const history = JSON.parse(readFileSync(new URL('../../src/data/summits.json', import.meta.url), 'utf8')) as TimelineData;
const allUrls = [...history.leaders.flatMap((l) => l.sources ?? []), ...history.events.flatMap((e) => e.sources ?? [])];

// Hosts in the bundled history that are named by their host on purpose: one-off
// sites (aggregators, mirrors, small outlets) that a publisher entry would not help.
const DELIBERATE_FALLBACK = new Set([
  'amp.scroll.in', 'biboroku.net', 'docslib.org', 'english.alarabiya.net', 'in.news.yahoo.com',
  'johnibii.wordpress.com', 'megalodon.jp', 'miragenews.com', 'potus.com', 'tribune.net.ph',
  'www.brecorder.com', 'www.gov-base.info', 'www.culturalnews.com', 'www.enewspf.com', 'www.expressandstar.com',
  'www.financialexpress.com', 'www.globalsecurity.org', 'www.honolulumagazine.com', 'www.indiawest.com',
  'www.jimin.jp', 'www.kuna.net.kw', 'www.lokmattimes.com', 'www.nationthailand.com',
  'www.pcf.city.hiroshima.jp', 'www.pentictonherald.ca', 'www.siasat.com', 'www.thedailyjagran.com',
  'www.thequint.com', 'www.thestar.com', 'www.whas11.com', 'www.whitehousepool.report',
]);

describe('describeSource(url, locale)', () => {
  it.each([
    ['https://www.mofa.go.jp/region/n-america/us/summit0611.html', 'MOFA (English)', '外務省（英語）', true],
    ['https://www.mofa.go.jp/na/na1/us/page4e_000351.html', 'MOFA (English)', '外務省（英語）', true],
    ['https://www.mofa.go.jp/mofaj/kaidan/s_aso/g8_09/jusa_sk.html', 'MOFA (Japanese)', '外務省（日本語）', true],
    ['https://japan.kantei.go.jp/101_kishida/diplomatic/202305/20quad.html', "Prime Minister's Office of Japan (English)", '首相官邸（英語）', true],
    ['https://www.kantei.go.jp/jp/asophoto/2008/11/22apec.html', "Prime Minister's Office of Japan (Japanese)", '首相官邸（日本語）', true],
    ['https://georgewbush-whitehouse.archives.gov/news/releases/2006/11/print/text/20061118-2.html', 'White House (archived)', 'ホワイトハウス（アーカイブ）', true],
    ['https://obamawhitehouse.archives.gov/the-press-office/2011/05/26/readout-presidents-bilateral-meeting-prime-minister-kan-japan-travel-poo', 'White House (archived)', 'ホワイトハウス（アーカイブ）', true],
    ['https://www.presidency.ucsb.edu/documents/remarks-prior-meeting-with-prime-minister-shinzo-abe-japan-osaka-japan', 'American Presidency Project', 'アメリカ大統領プロジェクト', true],
    ['https://presidency.ucsb.edu/documents/joint-statement-president-trump-and-prime-minister-shinzo-abe-japan', 'American Presidency Project', 'アメリカ大統領プロジェクト', true],
    ['https://blogs.state.gov/stories/2012/05/01/president-obama-and-secretary-clinton-host-prime-minister-noda-japan', 'U.S. Department of State', '米国務省', true],
    ['https://history.state.gov/departmenthistory/visits/2007', 'Office of the Historian, U.S. Department of State', '米国務省歴史局', true],
    ['https://jp.usembassy.gov/prime-minister-abes-visit-u-s/', 'U.S. Embassy in Japan (English)', '在日米国大使館（英語）', true],
    ['https://jp.usembassy.gov/ja/biden-suga-g7-meeting-2021/', 'U.S. Embassy in Japan (Japanese)', '在日米国大使館（日本語）', true],
    ['https://www.detroit.us.emb-japan.go.jp/en/bilateral/NewsArchive/summit2010.htm', 'Consulate-General of Japan in Detroit', '在デトロイト日本国総領事館', true],
    ['https://gov-online.go.jp/eng/publicity/book/hlj/html/201303/201303_01.html', 'Government of Japan (Gov-Online)', '政府広報オンライン', true],
    ['https://www.govinfo.gov/content/pkg/WCPD-2007-04-30/html/WCPD-2007-04-30-Pg529-3.htm', 'GovInfo (U.S. Government Publishing Office)', 'GovInfo（米国政府出版局）', true],
    ['https://www.mea.gov.in/media-briefings.htm?dtl/30672/Transcript+of+Soundbite+by+Foreign+Secretary+on+IndiaJapanUS+Trilateral+November+30+2018', 'Ministry of External Affairs of India', 'インド外務省', true],
    ['https://www.pm.gov.au/node/4480', 'Prime Minister of Australia', 'オーストラリア首相', true],
    ['https://jmh.usembassy.gov/20180925112128/', 'U.S. Embassy in Japan, Japan Media Highlights', '在日米国大使館「日本メディア要約」', false],
    ['https://www.japantimes.co.jp/news/2018/12/01/national/politics-diplomacy/trump-urges-abe-balance-u-s-deficit-japan-quickly/', 'The Japan Times', 'ジャパンタイムズ', false],
    ['https://japannews.yomiuri.co.jp/politics/g7-summit/20230520-110929', 'The Japan News (Yomiuri Shimbun)', '読売新聞（The Japan News）', false],
    ['https://www.reuters.com/world/biden-tells-kishida-us-strongly-supports-defense-japan-2023-01-13/', 'Reuters', 'ロイター', false],
    ['https://www3.nhk.or.jp/news/html/20211102/k10013332751000.html', 'NHK (Japanese)', 'NHK（日本語）', false],
    ['https://www.nippon.com/en/news/yjj2022052300111/biden-reiterates-u-s-resolve-to-defend-japan.html', 'Nippon.com (English)', 'nippon.com（英語）', false],
    ['https://www.culturalnews.com/?p=2902', 'culturalnews.com', 'culturalnews.com', false],
    ['https://docslib.org/doc/5330136/remarks-following-discussions-with-prime-minister-tony-blair-of-the-united-kingdom-and-an-exchange-with-reporters-in-heiligendam', 'docslib.org', 'docslib.org', false],
  ])('%s', (url, en, ja, government) => {
    expect(describeSource(url, 'en')).toEqual({ label: en, government });
    expect(describeSource(url, 'ja')).toEqual({ label: ja, government });
  });

  it('matches hosts without regard to case or a trailing dot', () => {
    expect(describeSource('https://OBAMAWHITEHOUSE.archives.gov./photos-and-video/', 'en')).toEqual({ label: 'White House (archived)', government: true });
  });

  it('does not take a look-alike host for a known one', () => {
    expect(publisherOf('https://notmofa.go.jp/mofaj/x.html')).toBeUndefined();
    expect(describeSource('https://mofa.go.jp.example.com/', 'en')).toEqual({ label: 'mofa.go.jp.example.com', government: false });
  });

  it('shows text that is not a URL as it is', () => {
    expect(describeSource('not a url', 'ja')).toEqual({ label: 'not a url', government: false });
  });
});

describe('the publisher table and the bundled history', () => {
  const hosts = [...new Set(allUrls.map((u) => new URL(u).hostname))];

  it('names every host in the history, or lets it fall back on purpose', () => {
    const unknown = hosts.filter((h) => !publisherOf(`https://${h}/`) && !DELIBERATE_FALLBACK.has(h));
    expect(unknown).toEqual([]);
  });

  it('keeps the fallback list to hosts that are in the history and not in the table', () => {
    for (const h of DELIBERATE_FALLBACK) {
      expect(hosts, h).toContain(h);
      expect(publisherOf(`https://${h}/`), h).toBeUndefined();
    }
  });
});

describe('governmentRecordProblems(events)', () => {
  it('reports each meeting without a government record, by position and id', () => {
    const events = [
      { id: 'a', sources: ['https://www.mofa.go.jp/mofaj/kaidan/page4_000168.html'] },
      { id: 'b', sources: ['https://www.japantimes.co.jp/x/', 'https://jmh.usembassy.gov/2019/'] },
      { id: 'c' },
      { id: 'd', sources: ['https://www.reuters.com/x', 'https://www.presidency.ucsb.edu/documents/x'] },
    ];
    expect(governmentRecordProblems(events)).toEqual([
      { path: 'events[1].sources', message: '"b" cites no government record (only The Japan Times, U.S. Embassy in Japan, Japan Media Highlights)' },
      { path: 'events[2].sources', message: '"c" cites no government record (no sources)' },
    ]);
    expect(events.map(hasGovernmentRecord)).toEqual([true, false, false, true]);
  });

  it('finds in the history only meetings whose note says no government record was found', () => {
    const problems = governmentRecordProblems(history.events);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      const event = history.events[Number(/\[(\d+)\]/.exec(p.path)![1])]!;
      expect(event.note?.en, event.id).toMatch(/No (Japanese or U\.S\. )?government (record|page)/);
      expect(event.note?.ja, event.id).toMatch(/政府の(資料|ページ)[^。]*は見つからなかった/);
    }
  });
});
