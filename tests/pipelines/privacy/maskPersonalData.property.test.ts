import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPersonalData, toHalfWidth } from "../../../pipelines/privacy/findPersonalData.ts";
import { idNumberChecksum } from "../../../lib/idNumber.ts";
import { maskPersonalData } from "../../../pipelines/privacy/maskPersonalData.ts";
import { nameCues, surnames } from "../../../pipelines/privacy/personNames.ts";
import { createRandom } from "../../../sample/createRandom.ts";
import { personName, taiwanIdNumber } from "../../../sample/personalDetails.ts";
import { toFullWidth } from "../../../sample/exportSpelling.ts";

// Characters that can start, cue or bound a name are kept out of the random text: with them, a
// random run could itself be a cued name (and then masking it is right, but "unchanged" would fail).
const nameCharacters = new Set([
  ...surnames.single,
  ...[...surnames.compound, ...surnames.wordsEndingInSurname, ...surnames.notNames].join(""),
  ...[...nameCues.before, ...nameCues.after, ...nameCues.endOfName, "為是"].join(""),
]);
const givenCharacters = [
  ..."志俊傑建宏家豪淑芬美玲雅婷怡佳慧宗翰信雄文華秀英惠如欣宜冠廷柏育誠嘉玉珍麗春鳳國榮明德靜",
  "\uE000",
  "\uE3A5",
  "\u{2A6A5}",
];
const neutralHan = [
  ..."櫃檯服務候時間很久希望改善環境乾淨整齊流程快速效率態度親切說明清楚手續資料填寫表格謄本印鑑證籍登記遷入結婚非常滿意覺得排隊空位停車場電梯廁所網路預約叫號機",
].filter((c) => !nameCharacters.has(c) && !givenCharacters.includes(c));
// Full-width and ideographic punctuation only: ASCII space, dot and dash join digits into phones.
const punctuation = [..."，。、；！？「」（）：…"];

/** Random Chinese text that starts and ends with a Han character, so tokens around it stay apart. */
const chunk = (han: readonly string[]) =>
  fc
    .tuple(
      fc.constantFrom(...han),
      fc.array(fc.constantFrom(...han, ...punctuation), { maxLength: 12 }),
      fc.constantFrom(...han),
    )
    .map(([first, middle, last]) => first + middle.join("") + last);

/** Chunks with a token between each pair: `chunk token chunk token … chunk`. */
const textAround = (tokens: fc.Arbitrary<string>, han: readonly string[]) =>
  fc
    .tuple(fc.array(fc.tuple(chunk(han), tokens), { maxLength: 6 }), chunk(han))
    .map(([pairs, tail]) => pairs.map(([c, t]) => c + t).join("") + tail);

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(""));
const maybeFullWidth = (value: fc.Arbitrary<string>) =>
  fc.tuple(value, fc.boolean()).map(([v, wide]) => (wide ? toFullWidth(v) : v));

/** A check digit from the one shared checksum, for numbers the sample generator does not make. */
const withCheckDigit = (letter: string, body: string) =>
  `${body}${(10 - (idNumberChecksum(letter, `${body}0`) % 10)) % 10}`;
const letter = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ");
/** An ID as written, or in groups: by spaces (A123 456 789, A12 3456 789) or by dashes 3-3-3 (A123-456-789). */
const grouped = (id: fc.Arbitrary<string>) =>
  fc
    .tuple(id, fc.constantFrom("", " ", "-"), fc.integer({ min: 2, max: 4 }))
    .map(([v, sep, cut]) =>
      sep === " "
        ? `${v.slice(0, cut)} ${v.slice(cut, 7)} ${v.slice(7)}`
        : sep === "-" && /^[A-Za-z]\d/.test(v)
          ? `${v.slice(0, 4)}-${v.slice(4, 7)}-${v.slice(7)}`
          : v,
    );
const idNumber = maybeFullWidth(
  grouped(
    fc.oneof(
      fc.integer().map((seed) => taiwanIdNumber(createRandom(seed))),
      fc
        .tuple(letter, fc.constantFrom("1", "2", "8", "9"), digits(7))
        .map(([l, sex, body]) => l + withCheckDigit(l, sex + body)),
      // Old resident certificates: the second letter counts as the last digit of its code (A → 0 … D → 3).
      fc
        .tuple(letter, fc.constantFrom("A", "B", "C", "D"), digits(7))
        .map(([l, sex, body]) => l + sex + withCheckDigit(l, `${"ABCD".indexOf(sex)}${body}`).slice(1)),
      fc.tuple(letter, digits(9)).map(([l, body]) => l.toLowerCase() + body), // checksum or not, still masked
    ),
  ),
);

const mobileDigits = fc
  .tuple(fc.integer({ min: 0, max: 99 }), digits(6))
  .map(([p, rest]) => `09${String(p).padStart(2, "0")}${rest}`);
const mobile = maybeFullWidth(
  fc.tuple(mobileDigits, fc.integer({ min: 0, max: 9 })).map(([d, style]) => {
    const [a, b, c] = [d.slice(0, 4), d.slice(4, 7), d.slice(7)];
    const intl = d.slice(1, 4);
    return [
      d,
      `${a}-${b}-${c}`,
      `${a} ${b} ${c}`,
      `${a}-${b}${c}`,
      `${a}.${b}.${c}`,
      `${a}/${b}/${c}`,
      `+886 ${intl} ${b} ${c}`,
      `+886-${intl}-${b}-${c}`,
      `+886${intl}${b}${c}`,
      `(+886)${intl}${b}${c}`,
    ][style]!;
  }),
);

const areas: readonly (readonly [string, number])[] = [
  ["02", 8],
  ["03", 7],
  ["037", 6],
  ["04", 7],
  ["04", 8],
  ["049", 7],
  ["05", 7],
  ["06", 7],
  ["07", 7],
  ["08", 7],
  ["089", 6],
  ["082", 6],
  ["0826", 5],
  ["0836", 5],
];
const landline = maybeFullWidth(
  fc
    .tuple(fc.constantFrom(...areas), fc.integer({ min: 1, max: 9 }), digits(8), fc.integer({ min: 0, max: 6 }))
    .map(([[area, length], first, more, style]) => {
      const local = (first + more).slice(0, length);
      const split = length >= 7 ? `${local.slice(0, -4)}-${local.slice(-4)}` : local;
      return [
        `(${area})${local}`,
        `(${area})${split}`,
        `${area}-${local}`,
        `${area}-${split}`,
        `${area} ${local}`,
        `${area}${local}`,
        `+886-${area.slice(1)}-${split}`,
      ][style]!;
    }),
);

const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9](?:[a-z0-9._+-]{0,12}[a-z0-9])?$/),
    fc.constantFrom("gmail.com", "yahoo.com.tw", "mail.kcg.gov.tw", "ms1.hinet.net", "example.org"),
  )
  .map(([local, domain]) => `${local}@${domain}`);

const surnameList = [...surnames.single];
const name = fc
  .oneof(
    fc.integer().map((seed) => personName(createRandom(seed))),
    fc
      .tuple(
        fc.constantFrom(...surnameList, ...surnames.compound),
        fc.array(fc.constantFrom(...givenCharacters), { minLength: 1, maxLength: 2 }),
      )
      .map(([s, g]) => s + g.join("")),
  )
  .filter((n) => !surnames.notNames.some((word) => n.startsWith(word)));
const brackets = [
  ["（", "）"],
  ["(", ")"],
  ["「", "」"],
  ["『", "』"],
  ["【", "】"],
  ["", ""],
] as const;
// Romanised names as passports and foreigners' forms spell them: two or three capitalised words.
const latinWord = fc.constantFrom("Wang", "Lin", "Chen", "Xiaoming", "Mei-Hua", "WANG", "ZHI-WEI", "Nguyen", "Thi");
const latinName = fc
  .tuple(latinWord, fc.array(latinWord, { minLength: 1, maxLength: 2 }), fc.constantFrom(" ", ", "))
  .map(([first, more, sep]) => [first, ...more].join(sep));
const cuedName = fc.oneof(
  fc
    .tuple(fc.constantFrom(...nameCues.before), fc.constantFrom("", "：", ":", " "), fc.constantFrom(...brackets), name)
    .map(([cue, sep, [open, close], n]) => ({ planted: n, text: cue + sep + open + n + close })),
  fc
    .tuple(name, fc.constantFrom("", " ", "\u3000"), fc.constantFrom(...nameCues.after))
    .map(([n, space, cue]) => ({ planted: n, text: n + space + cue })),
  fc
    .tuple(fc.constantFrom(...nameCues.before), fc.constantFrom("：", ":", ": "), latinName)
    .map(([cue, sep, n]) => ({ planted: n, text: cue + sep + n })),
);

interface Planted {
  readonly kind: "id" | "phone" | "email" | "name";
  readonly planted: string;
  readonly text: string;
}
const plant: fc.Arbitrary<Planted> = fc.oneof(
  idNumber.map((v) => ({ kind: "id" as const, planted: v, text: v })),
  fc.oneof(mobile, landline).map((v) => ({ kind: "phone" as const, planted: v, text: v })),
  email.map((v) => ({ kind: "email" as const, planted: v, text: v })),
  cuedName.map((v) => ({ kind: "name" as const, ...v })),
);

/** Digits of a phone as dialled inside Taiwan: +886 becomes 0. */
const nationalDigits = (phone: string) => toHalfWidth(phone).replace(/\D/g, "").replace(/^886/, "0");

describe("maskPersonalData (properties)", () => {
  it("leaves no planted ID, phone, e-mail or cued name readable in random Chinese text", () => {
    const pool = neutralHan.filter((c) => !/[\uE000-\uF8FF]/.test(c));
    const plantedText = fc.tuple(fc.array(fc.tuple(chunk(pool), plant), { minLength: 1, maxLength: 5 }), chunk(pool));
    fc.assert(
      fc.property(plantedText, ([pairs, tail]) => {
        const text = pairs.map(([c, p]) => c + p.text).join("") + tail;
        const masked = maskPersonalData(text);
        const halfWidth = toHalfWidth(masked);
        // The same detectors find nothing left …
        expect(findPersonalData(masked)).toEqual([]);
        // … and neither do plain searches for what was planted.
        expect(halfWidth).not.toMatch(/[A-Za-z][A-Za-z0-9]\d{8}/);
        expect(halfWidth).not.toMatch(/[A-Za-z0-9._%+-]@/);
        for (const [, p] of pairs) {
          expect(masked).not.toContain(p.planted);
          if (p.kind === "phone") expect(halfWidth.replace(/[ ./\-()+]/g, "")).not.toContain(nationalDigits(p.planted));
          if (p.kind === "id")
            expect(halfWidth.replace(/[ -]/g, "")).not.toContain(toHalfWidth(p.planted).replace(/[ -]/g, ""));
          if (p.kind === "email") expect(masked).not.toContain(p.planted.slice(0, p.planted.indexOf("@") + 1));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("masks every detected piece, so masking twice changes nothing", () => {
    const text = textAround(
      fc.oneof(
        plant.map((p) => p.text),
        fc.integer({ min: 1, max: 999 }).map(String),
      ),
      neutralHan,
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(maskPersonalData(maskPersonalData(t))).toBe(maskPersonalData(t));
      }),
    );
  });

  // What office text is full of and must come out as it went in.
  const twoDigits = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, "0"));
  const rocYear = fc.integer({ min: 100, max: 115 }).map(String);
  const officeToken = maybeFullWidth(
    fc.oneof(
      fc.integer({ min: 1, max: 999 }).map(String), // counts
      fc.tuple(rocYear, twoDigits(1, 12), twoDigits(1, 31)).map(([y, m, d]) => `${y}/${m}/${d}`),
      fc.tuple(rocYear, twoDigits(1, 12), twoDigits(1, 31)).map(([y, m, d]) => `${y}${m}${d}`),
      fc
        .tuple(rocYear, twoDigits(1, 12), twoDigits(1, 31), fc.integer({ min: 1, max: 999 }))
        .map(([y, m, d, n]) => `${y}${m}${d}${String(n).padStart(3, "0")}`), // case numbers
      fc
        .tuple(
          fc.integer({ min: 2020, max: 2026 }),
          twoDigits(1, 12),
          twoDigits(1, 31),
          twoDigits(0, 23),
          twoDigits(0, 59),
        )
        .map(([y, m, d, h, mi]) => `${y}-${m}-${d} ${h}:${mi}`),
      fc.tuple(twoDigits(0, 23), twoDigits(0, 59), twoDigits(0, 59)).map(([h, m, s]) => `${h}:${m}:${s}`),
      fc.integer({ min: 1, max: 99_999_999 }).map((n) => `新臺幣${n.toLocaleString("en-US")}元`),
      fc.integer({ min: 1, max: 99_999_999 }).map((n) => `${n}元`),
      fc.integer({ min: 0, max: 1000 }).map((n) => `${(n / 10).toFixed(1)}%`),
      fc.integer({ min: 1, max: 9999 }).map((n) => `C114-${String(n).padStart(4, "0")}`),
      fc
        .tuple(rocYear, twoDigits(1, 12), fc.integer({ min: 1, max: 9999 }))
        .map(([y, m, n]) => `${y}${m}-${String(n).padStart(4, "0")}`),
      fc.integer({ min: 1, max: 999 }).map((n) => `R${String(n).padStart(3, "0")}`),
      fc.integer({ min: 1, max: 30 }).map((n) => `${n}號櫃檯`),
      fc.constantFrom(
        "64000140",
        "64000150",
        "1999",
        "0800-123456",
        "AB12345678",
        "民眾反映",
        "承辦人員",
        "陳情人表示",
        "林先生",
        "櫃檯小姐",
        "我是高雄人",
        "姓名欄",
      ),
    ),
  );

  it("leaves text without personal data unchanged: Han text, counts, ROC dates, times, case numbers, office codes, amounts", () => {
    fc.assert(
      fc.property(textAround(officeToken, neutralHan), (text) => {
        expect(findPersonalData(text)).toEqual([]);
        expect(maskPersonalData(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
