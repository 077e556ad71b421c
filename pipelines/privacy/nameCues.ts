/**
 * Words that tell a name is next to them. `before` precede a name (陳情人：王小明, 我是王小明),
 * `after` follow one (王小明先生); `endOfName` are words a name stops at when reading forward.
 * 我是 is here because people write their name that way in comments (and the sample data does).
 */
export const nameCues = {
  before: ["陳情人", "申請人", "申辦人", "聯絡人", "當事人", "代理人", "承辦人", "經辦人", "受理人", "姓名", "民眾", "市民", "我是", "我叫", "本人"],
  after: ["先生", "小姐", "女士", "太太", "君"],
  endOfName: [
    "先生", "小姐", "女士", "太太", "同學", "反映", "表示", "來電", "來信", "陳情", "詢問", "投訴", "抱怨", "建議", "指出",
    "認為", "希望", "稱", "說", "於", "在", "的", "等", "及", "與", "和", "之", "到", "至", "因", "對", "向", "要", "想",
  ],
} as const;
