// Private Use code points count as Han: Big5/CP950 user-defined characters (造字) for rare name
// characters decode there, and they are exactly the characters a name is most identifiable by.
const han = /^[\p{Script=Han}\uE000-\uF8FF]$/u;

/** True for one code point that is a Han character or a Private Use (造字) character. */
export function isHanCharacter(char: string): boolean {
  return han.test(char);
}
