/**
 * A number said right after it to be a group's or a firm's (診察券 No.18832 は団体のもの, 会員証 A-2041 は法人名義, Member
 * no. 55120 is the club's): a shelter's card at the vet, a firm's membership, held by the body for whoever goes, so no
 * person's ID. Not a person's own (は本人のもの, は団体の会員の番号).
 */
const GROUP_HELD_AFTER =
  /^[ \t]*(?:(?:は|も)[ \t]*(?:当?団体|法人|会社|弊社|当社|クラブ|協会|組合|チーム|施設|事務所)(?:の(?:もの|名義|共用)|名義)|(?:is|are)[ \t]+(?:the|our)[ \t]+(?:group|club|company|firm|shelter|association|office)['’]s(?![A-Za-z]))/u;

/** Whether the text right after a value's end says the value is a group's or a firm's. */
export const isGroupHeld = (shadow: string, valueEnd: number): boolean => GROUP_HELD_AFTER.test(shadow.slice(valueEnd, valueEnd + 24));
