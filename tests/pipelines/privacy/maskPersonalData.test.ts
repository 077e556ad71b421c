import { describe, expect, it } from "vitest";
import { maskPersonalData } from "../../../pipelines/privacy/maskPersonalData.ts";

/** Each row: [input, expected output], written out by hand. */
function expectMasked(rows: readonly (readonly [string, string])[]) {
  for (const [input, expected] of rows) expect(maskPersonalData(input), input).toBe(expected);
}

describe("maskPersonalData", () => {
  it("masks the last four characters of national ID numbers, checksum-valid or not", () => {
    expectMasked([
      ["身分證字號A123456789", "身分證字號A12345****"],
      ["E123456783。", "E12345****。"],
      ["身分證a123456789請查", "身分證a12345****請查"], // lower case is still typed by people
      ["字號A123456788打錯了", "字號A12345****打錯了"], // a typo fails the checksum but is still someone's ID
      ["IDA123456789", "IDA12345****"], // letters in front do not hide it
    ]);
  });

  it("masks new-style resident certificate numbers (letter + 8/9) and checksum-valid old-style ones (two letters)", () => {
    expectMasked([
      ["居留證A800000014", "居留證A80000****"],
      ["舊式居留證FA12345689", "舊式居留證FA1234****"],
    ]);
  });

  it("leaves a two-letter number that fails the checksum alone, since 統一發票 numbers have that shape", () => {
    expectMasked([["發票AB12345678", "發票AB12345678"]]);
  });

  it("catches full-width IDs and keeps the characters it shows full-width", () => {
    expectMasked([["身分證Ａ１２３４５６７８９", "身分證Ａ１２３４５****"]]);
  });

  it("masks mobile numbers after 09xx in every common spelling, keeping the separators", () => {
    expectMasked([
      ["0912345678", "0912******"],
      ["電話0912-345-678", "電話0912-***-***"],
      ["0912 345 678", "0912 *** ***"],
      ["0912-345678", "0912-******"],
      ["0912.345.678", "0912.***.***"],
      ["+886 912 345 678", "+886 912 *** ***"],
      ["+886-912-345-678", "+886-912-***-***"],
      ["+886912345678", "+886912******"],
      ["(+886)912345678", "(+886)912******"],
      ["手機：０９１２－３４５－６７８", "手機：０９１２－***－***"],
      ["０９１２３４５６７８", "０９１２******"],
    ]);
  });

  it("masks landline numbers after their area code, keeping the separators", () => {
    expectMasked([
      ["(07)123-4567", "(07)***-****"],
      ["（07）7812345", "（07）*******"],
      ["07-1234567", "07-*******"],
      ["07-781-2345", "07-***-****"],
      ["02-2345-6789", "02-****-****"],
      ["(02)2345-6789", "(02)****-****"],
      ["02 2345 6789", "02 **** ****"],
      ["037-123456", "037-******"],
      ["0836-12345", "0836-*****"],
      ["+886-7-123-4567", "+886-7-***-****"],
      ["+886 2 2345 6789", "+886 2 **** ****"],
      ["077812345", "07*******"], // written without separators: only 0 + one digit stays
      ["市話０７－７８１２３４５", "市話０７－*******"],
    ]);
  });

  it("leaves toll-free 080x numbers and extensions as written", () => {
    expectMasked([
      ["免付費0800-123456", "免付費0800-123456"],
      ["(07)781-2345分機123", "(07)***-****分機123"],
    ]);
  });

  it("masks an e-mail address's local part after its first character, hiding its length too", () => {
    expectMasked([
      ["信箱wang.xm@gmail.com謝謝", "信箱w***@gmail.com謝謝"],
      ["a@example.com.tw", "a***@example.com.tw"],
      ["ｗａｎｇ＠ｇｍａｉｌ．ｃｏｍ", "ｗ***＠ｇｍａｉｌ．ｃｏｍ"],
      ["請寄至 tsai_01+dash@mail.kcg.gov.tw 。", "請寄至 t***@mail.kcg.gov.tw 。"],
    ]);
  });

  it("masks a name after a cue followed by a colon, whatever its first character", () => {
    expectMasked([
      ["陳情人：王小明", "陳情人：王○明"],
      ["姓名:林美玲，電話略", "姓名:林○玲，電話略"],
      ["承辦人：李宏", "承辦人：李○"],
      ["聯絡人： 歐陽小明", "聯絡人： 歐○○明"],
      ["申請人：\uE000小明", "申請人：\uE000○明"], // a CP950 user-defined character (造字) in the surname
      ["陳情人：王\uE123明", "陳情人：王○明"],
    ]);
  });

  it("masks a name right after a cue when it starts with a common surname", () => {
    expectMasked([
      ["我是王小明，身分證A123456789", "我是王○明，身分證A12345****"],
      ["民眾陳志明反映櫃檯太少", "民眾陳○明反映櫃檯太少"],
      ["民眾王明反映", "民眾王○反映"],
      ["承辦人為張家豪", "承辦人為張○豪"],
      ["代理人 黃淑芬", "代理人 黃○芬"],
      ["本人李美玲", "本人李○玲"],
      ["市民林秀英來電", "市民林○英來電"],
    ]);
  });

  it("masks a name before 先生, 小姐, 女士, 太太 and 君", () => {
    expectMasked([
      ["王小明先生", "王○明先生"],
      ["感謝林美玲小姐的協助", "感謝林○玲小姐的協助"],
      ["感謝王明先生", "感謝王○先生"], // 感謝 is a word: the name is 王明, not 謝王明
      ["謝謝陳淑芬女士", "謝謝陳○芬女士"],
      ["張太太", "張太太"],
      ["黃家豪太太", "黃○豪太太"],
      ["歐陽小明先生", "歐○○明先生"],
      ["陳怡君表示", "陳○君表示"],
      ["請洪\uE000先生回電", "請洪○先生回電"],
    ]);
  });

  it("leaves a surname alone before 先生 or 小姐, and cue words followed by no name", () => {
    expectMasked([
      ["林先生很親切", "林先生很親切"],
      ["請王先生回電", "請王先生回電"],
      ["櫃檯小姐很親切", "櫃檯小姐很親切"],
      ["高雄市林小姐", "高雄市林小姐"],
      ["民眾反映等候時間過長", "民眾反映等候時間過長"],
      ["民眾陳情表示", "民眾陳情表示"],
      ["承辦人員態度親切", "承辦人員態度親切"],
      ["陳情人表示感謝", "陳情人表示感謝"],
      ["我是高雄人", "我是高雄人"],
      ["陳情人：匿名", "陳情人：匿名"],
      ["姓名欄請正楷填寫", "姓名欄請正楷填寫"],
    ]);
  });

  it("leaves office numbers alone: dates, times, case and survey numbers, office codes, amounts", () => {
    expectMasked([
      ["114/03/05 09:30 收件", "114/03/05 09:30 收件"],
      ["1140305 2025-03-05 14:05:33", "1140305 2025-03-05 14:05:33"],
      ["案號1140305001、C114-0042、問卷11403-0001、T11403-01", "案號1140305001、C114-0042、問卷11403-0001、T11403-01"],
      ["機關代碼64000140，承辦R001，3號櫃檯", "機關代碼64000140，承辦R001，3號櫃檯"],
      ["規費NT$12,000、新臺幣1,234元、98.5%", "規費NT$12,000、新臺幣1,234元、98.5%"],
      ["１１４／０３／０５，１２件", "１１４／０３／０５，１２件"],
      ["撥打1999市民當家熱線", "撥打1999市民當家熱線"],
    ]);
  });

  it("masks every kind in one text and is idempotent", () => {
    const text =
      "陳情人：王小明，身分證E123456783，手機0912-345-678，市話(07)781-2345，信箱wang@gmail.com，承辦人林美玲小姐。";
    const masked =
      "陳情人：王○明，身分證E12345****，手機0912-***-***，市話(07)***-****，信箱w***@gmail.com，承辦人林○玲小姐。";
    expect(maskPersonalData(text)).toBe(masked);
    expect(maskPersonalData(masked)).toBe(masked);
  });
});

// Issue 22, finding 4: forms that reached the lake and the evidence pack unmasked.
describe("maskPersonalData, the forms a careless clerk writes", () => {
  it("masks a name in brackets after a cue", () => {
    expectMasked([
      ["陳情人（林祕密）來電", "陳情人（林○密）來電"],
      ["陳情人「林祕密」表示", "陳情人「林○密」表示"],
      ["申請人(王小明)", "申請人(王○明)"],
      ["陳情人：「王小明」", "陳情人：「王○明」"],
      ["民眾（含新住民）反映", "民眾（含新住民）反映"], // no surname after the bracket: no name
    ]);
  });

  it("masks an ID number written in groups, starring its last four digits", () => {
    expectMasked([
      ["身分證A123 456 789", "身分證A123 45* ***"],
      ["A123-456-789", "A123-45*-***"],
      ["載入20250315T101010-001-ab12cd34", "載入20250315T101010-001-ab12cd34"], // a load id: letter + 6-3 digits
      ["Ａ１２３　４５６　７８９", "Ａ１２３　４５*　***"],
    ]);
  });

  it("masks a name with a space before 先生, 小姐 …", () => {
    expectMasked([
      ["王小明 先生來電", "王○明 先生來電"],
      ["感謝林美玲　小姐", "感謝林○玲　小姐"],
      ["王 先生", "王 先生"],
    ]);
  });

  it("masks a romanised name after a cue and a colon", () => {
    expectMasked([
      ["申請人：Wang Xiaoming", "申請人：W*** X*******"],
      ["陳情人: WANG XIAO-MING 來電", "陳情人: W*** X***-M*** 來電"],
      ["申請人：Wang", "申請人：Wang"], // a surname alone identifies nobody
    ]);
  });

  it("masks a mobile number split by slashes", () => {
    expectMasked([["電話0912/345/678", "電話0912/***/***"]]);
  });
});
