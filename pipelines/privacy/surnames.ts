/**
 * Where a name may start. A cue without a colon (民眾王小明, 感謝王小明先生) says nothing about
 * where the name begins, so it must begin with a common surname; surnames that are everyday
 * function characters (向, 於, 和, 同 …) are left out on purpose, and `notNames` lists the words that
 * start with a surname character yet are no name (高雄, 陳情 …) or, after a colon, mean "no name".
 */
export const surnames = {
  single: new Set([
    ..."陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾鐘游彭詹施胡沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温溫唐藍石蔣古紀姚連馮歐程湯黎田康姜白汪鄒尤巫龔嚴韓袁金童陸夏柳凃涂邵錢伍倪孔毛俞辛鮑任龍史甘秦",
  ]),
  compound: new Set(["歐陽", "司馬", "諸葛", "上官", "張簡", "范姜", "東方", "皇甫", "尉遲", "公孫", "夏侯", "長孫", "慕容", "令狐", "端木", "西門", "司徒"]),
  notNames: [
    "高雄", "高齡", "高興", "高中", "林園", "林口", "楊梅", "方便", "方式", "方面", "方法", "許多", "許可", "曾經", "周知", "周末",
    "簡訊", "簡單", "簡化", "施工", "施行", "紀錄", "嚴重", "嚴格", "任何", "辛苦", "陸續", "程序", "連續", "連絡", "連線", "馬上",
    "謝謝", "張貼", "陳情", "陳述", "尤其", "何時", "金額", "白天", "卓越", "匿名", "不詳", "未填", "未提供",
  ],
  /** Two-character words ending in a surname character: 感謝王明先生 is 王明, not 謝王明. */
  wordsEndingInSurname: new Set(["感謝", "謝謝", "多謝", "致謝", "道謝", "答謝", "對方", "雙方", "地方", "警方", "提高", "最高", "也許", "允許", "不曾", "未曾"]),
};
