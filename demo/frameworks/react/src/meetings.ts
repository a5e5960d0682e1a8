// Three meetings from the package's default history (src/data/summits.json), with their sources.
import type { TimelineInput } from 'summit-timeline';

export const meetings: TimelineInput = {
  leaders: [
    {
      id: "abe",
      name: {
        en: "Shinzo Abe"
      },
      country: "JP",
      terms: [
        {
          start: "2006-09-26",
          end: "2007-09-26"
        },
        {
          start: "2012-12-26",
          end: "2020-09-16"
        }
      ],
      sources: [
        "https://simple.m.wikipedia.org/wiki/Shinz%C5%8D_Abe",
        "https://japan.kantei.go.jp/abephoto/2006/09/26hossoku_e.html",
        "https://japan.kantei.go.jp/96_abe/statement/201212/26danwa_e.html"
      ]
    },
    {
      id: "ishiba",
      name: {
        en: "Shigeru Ishiba"
      },
      country: "JP",
      terms: [
        {
          start: "2024-10-01",
          end: "2025-10-21"
        }
      ],
      sources: [
        "https://en.wikipedia.org/wiki/Premiership_of_Shigeru_Ishiba",
        "https://japannews.yomiuri.co.jp/politics/politics-government/20241001-214334/",
        "https://www.nationthailand.com/news/world/40057083"
      ]
    },
    {
      id: "obama",
      name: {
        en: "Barack Obama"
      },
      country: "US",
      terms: [
        {
          start: "2009-01-20",
          end: "2017-01-20"
        }
      ],
      sources: [
        "https://abcnews.go.com/Politics/Inauguration/story?id=6683305&page=1",
        "https://www.archives.gov/presidential-libraries/presidential-transitions",
        "https://rollcall.com/2017/01/20/trump-sworn-in-as-45th-president/"
      ]
    },
    {
      id: "trump",
      name: {
        en: "Donald Trump"
      },
      country: "US",
      terms: [
        {
          start: "2017-01-20",
          end: "2021-01-20"
        },
        {
          start: "2025-01-20"
        }
      ],
      sources: [
        "https://www.independent.co.uk/news/world/americas/donald-trump-president-inauguration-latest-sworn-in-45th-white-house-washington-a7537961.html",
        "https://www.whas11.com/article/entertainment/entertainment-tonight/joe-biden-is-sworn-in-as-president-of-the-united-states/603-6697fd4f-2655-4cd1-ae96-8e7e8f98ef20",
        "https://www.livemint.com/news/us-news/donald-trump-sworn-in-as-47th-president-of-the-united-states-11737392664990.html"
      ]
    }
  ],
  events: [
    {
      id: "2016-05-27-abe-obama",
      date: "2016-05-27",
      kind: "memorial",
      place: {
        en: "Hiroshima Peace Memorial Park, Hiroshima, Japan"
      },
      country: "JP",
      leaders: [
        "abe",
        "obama"
      ],
      title: {
        en: "Obama's visit to Hiroshima with Abe"
      },
      sources: [
        "https://www.pcf.city.hiroshima.jp/hpcf/heiwabunka/pce076/English/01E.html",
        "https://www.jimin.jp/news/prioritythemes/diplomacy/133944.html"
      ]
    },
    {
      id: "2019-05-26-abe-trump",
      date: "2019-05-26",
      end: "2019-05-28",
      kind: "state-visit",
      place: {
        en: "Tokyo, Mobara (Chiba) and Yokosuka (Kanagawa), Japan"
      },
      country: "JP",
      leaders: [
        "abe",
        "trump"
      ],
      title: {
        en: "Trump's state visit as the first state guest of the Reiwa era"
      },
      sources: [
        "https://www.japantimes.co.jp/news/2019/05/26/national/politics-diplomacy/trump-tees-off-north-korea-missive-likely-unnerve-abe-pair-showcases-close-ties-links/",
        "https://japan-forward.com/trump-visit-day-3-paying-tribute-to-japan-u-s-security-alliance-at-yokosuka-naval-base/",
        "https://www.mofa.go.jp/na/na1/us/page4e_001018.html",
        "https://www.mod.go.jp/en/article/2019/05/f76d1ef702f040ab9f336d9866fe860612243464.html",
        "https://www.nippon.com/ja/news/yjj2019051601038/"
      ]
    },
    {
      id: "2025-02-07-ishiba-trump",
      date: "2025-02-07",
      kind: "working-visit",
      place: {
        en: "White House, Washington, D.C., United States"
      },
      country: "US",
      leaders: [
        "ishiba",
        "trump"
      ],
      title: {
        en: "Ishiba's first face-to-face meeting with Trump"
      },
      sources: [
        "https://japan.kantei.go.jp/103/statement/202502/07kyodo_kaiken.html",
        "https://japannews.yomiuri.co.jp/politics/politics-government/20250207-237512/",
        "https://tribune.net.ph/2025/02/10/japans-pm-ishiba-trump-meet-in-washington-to-strengthen-bilateral-ties"
      ]
    }
  ]
};
