/**
 * Older women's given names as registered in katakana that the dictionary cannot read, Okinawa's above all (ウシ, カマド,
 * カメ, ウト, マツ): after a found surname and a space they are the person's given name (香典帳 故 比嘉 カマド 儀).
 */
export const OLD_KATAKANA_GIVEN_NAMES: ReadonlySet<string> = new Set(
  "ウシ カマド カメ ウト マツ ナビー ナビ チルー チル マカト ゴゼイ ウサ マウシ カミ ウタ モウシ オト カマ".split(" "),
);
