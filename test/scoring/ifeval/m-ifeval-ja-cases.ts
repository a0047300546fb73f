import type { ResponseCase } from "./ifeval-cases.js";

/**
 * Responses to M-IFEval's Japanese dev items (test/fixtures/datasets/m_ifeval_ja), one group per instruction type,
 * with the per-instruction results the reference gives them (ja_instructions.py run in Python; MeCab with the same
 * IPADIC dictionary standing in for Janome in the nominal-ending check).
 */
const rpg =
  "[ゲームタイトル]は、[世界の名前]を舞台にした冒険RPGです。主人公の[主人公の名前]は、[村の名前]で育ち、[魔王の名前]を倒す旅に出ます。";

const egypt =
  "古代エジプト文明は《ナイル川》の恵みによって栄えました。王である《ファラオ》は神とされ、《ピラミッド》は王の墓として築かれました。" +
  "文字には《ヒエログリフ》が使われ、死後の世界を信じて《ミイラ》が作られました。";

const siliconValley = [
  "シリコンバレーの始まりは、スタンフォード大学と軍需産業の結びつきでした。",
  "***",
  "一九五〇年代には半導体企業が次々に生まれ、地名の由来となりました。",
  "***",
  "一九九〇年代のインターネットの普及で、多くのIT企業が集まりました。",
  "***",
  "現在はAIやバイオ技術の中心地として発展を続けています。",
].join("\n");

const caribbean = '{\n  "地域": "カリブ海",\n  "リゾート": [{"名前": "カンクン", "国": "メキシコ"}, {"名前": "プンタカナ", "国": "ドミニカ共和国"}]\n}';

const messi = "メッシはバルセロナで数々のタイトルを獲得しました。\n******\nアルゼンチン代表として二〇二二年のワールドカップで優勝しました。";

const heritage =
  "日本には多くの世界遺産があります。例えば法隆寺は世界最古の木造建築群として知られています。\n\n他に聞きたい世界遺産について教えてください。";

const tungsten = "『タングステンの特性と用途』\n\nタングステンは融点が非常に高い金属です。電球のフィラメントや工具に使われています。";

const nuWords = "ぬいぐるみ\nぬりえ\nぬま\nぬか\nぬの";

const toyStory =
  "ある日（ひ）、少年（しょうねん）はおもちゃの国（くに）に迷（まよ）い込（こ）みました。ブリキの兵隊（へいたい）が道（みち）を教（おし）えてくれました。";

const equality =
  "平等な社会を実現するためには、教育の役割が極めて重要である。教育は個人の能力を伸ばし、職業選択の自由を広げ、貧困の連鎖を断ち切る力を持つ。" +
  "特に義務教育の充実と高等教育への経済的支援は、生まれた家庭環境による格差を縮小する。また、多様性を尊重する人権教育は差別や偏見を減らし、互いを認め合う市民を育てる。" +
  "したがって、教育への投資は社会全体の公正と持続的な発展の基盤である。";

const mit = "MIT（マサチューセッツ工科大学）ハ一八六一年ニ設立サレタ。主要ナ研究分野ハ工学、物理学、計算機科学、経済学デアル。";

const yangon = "ヤンゴンには多くの文化遺産があります。シュエダゴン・パゴダは街の象徴として親しまれています。保護活動も各地で進められています。";

const acupuncture =
  "鍼灸は経絡を刺激する治療法。気の流れを整えることが目的です。体全体のバランスを重視する考え方。大切なのは陰と陽の調和。";

const judoRules = "一、礼に始まり礼に終わる。\n二、道場を清潔に保つ。\n三、相手を敬う。";

const beetles =
  "《ねったいうりん》の かぶとむしは おおきく、《おんたいりん》の かぶとむしは ちいさい です。" +
  "《たかい やま》、《ひくい やま》、《みずべ》、《くさはら》、《まちの こうえん》にも すんでいます。";

const castles = [
  "世界の城は、地域によって形も役割も大きく違います。",
  "***",
  "日本の城は石垣と天守を持ち、戦の拠点であり権威の象徴でした。",
  "***",
  "西洋の城は石造りの高い城壁で守られ、領主の住まいでもありました。",
  "***",
  "中東の城塞は砂漠の交易路を守るために築かれました。",
  "***",
  "中国では城壁が都市全体を囲み、町そのものが城でした。",
].join("\n");

const indiaList = [
  "1. マハトマ・ガンディー 非暴力による独立運動を率いた",
  "2. ジャワハルラール・ネルー 初代首相",
  "3. アショーカ王 仏教を広めた王",
  "4. アクバル ムガル帝国の名君",
  "5. B・R・アンベードカル 憲法の起草者",
  "6. ラビンドラナート・タゴール アジア初のノーベル文学賞受賞者",
  "7. スワーミー・ヴィヴェーカーナンダ 宗教思想家",
  "8. チャンドラグプタ・マウリヤ マウリヤ朝の創始者",
].join("\n");

const theseus =
  "船（ふね）の部品（ぶひん）を全部（ぜんぶ）替（か）えても同（おな）じ船（ふね）かという問（と）いです。\n******\n形（かたち）が同（おな）じなら同（おな）じだと考（かんが）える人（ひと）もいます。";

export const japaneseCases: ResponseCase[] = [
  // ja:detectable_content:number_placeholders
  { type: "ja:detectable_content:number_placeholders", key: 11, name: "five [placeholders]", response: rpg, strict: [true], loose: [true] },
  { type: "ja:detectable_content:number_placeholders", key: 11, name: "full-width ［ ］ are not square brackets", response: rpg.replaceAll("[", "［").replaceAll("]", "］"), strict: [false], loose: [false] },

  // ja:detectable_format:number_highlighted_sections
  { type: "ja:detectable_format:number_highlighted_sections", key: 25, name: "five 《》 highlights", response: egypt, strict: [true], loose: [true] },
  { type: "ja:detectable_format:number_highlighted_sections", key: 25, name: "「」 are not highlights", response: egypt.replaceAll("《", "「").replaceAll("》", "」"), strict: [false], loose: [false] },

  // ja:length_constraints:number_paragraphs
  { type: "ja:length_constraints:number_paragraphs", key: 36, name: "four paragraphs between ***", response: siliconValley, strict: [true], loose: [true] },
  { type: "ja:length_constraints:number_paragraphs", key: 36, name: "an empty paragraph between dividers fails", response: siliconValley.replace("***", "***\n***"), strict: [false], loose: [false] },
  { type: "ja:length_constraints:number_paragraphs", key: 36, name: "paragraphs split by blank lines count as one", response: siliconValley.replaceAll("\n***\n", "\n\n"), strict: [false], loose: [false] },

  // ja:detectable_format:json_format
  { type: "ja:detectable_format:json_format", key: 56, name: "bare JSON", response: caribbean, strict: [true], loose: [true] },
  { type: "ja:detectable_format:json_format", key: 56, name: "JSON in a ```json fence", response: "```json\n" + caribbean + "\n```", strict: [true], loose: [true] },
  { type: "ja:detectable_format:json_format", key: 56, name: "a sentence before the fence fails strictly, passes without the first line", response: "以下がJSONです。\n```json\n" + caribbean + "\n```", strict: [false], loose: [true] },
  { type: "ja:detectable_format:json_format", key: 56, name: "a trailing comma is not JSON", response: '{"地域": "カリブ海",}', strict: [false], loose: [false] },

  // ja:combination:two_responses
  { type: "ja:combination:two_responses", key: 65, name: "two different answers around ******", response: messi, strict: [true], loose: [true] },
  { type: "ja:combination:two_responses", key: 65, name: "the same answer twice fails", response: "メッシは偉大な選手です。\n******\nメッシは偉大な選手です。", strict: [false], loose: [false] },
  { type: "ja:combination:two_responses", key: 67, name: "three answers fail strictly; without the last line two remain (loose)", response: "資本主義は市場が中心です。\n******\n社会主義は計画が中心です。\n******\n両者には長所と短所があります。", strict: [false], loose: [true] },
  { type: "ja:combination:two_responses", key: 67, name: "an empty part before the first ****** is allowed", response: "******\n資本主義は市場が中心です。\n******\n社会主義は計画が中心です。", strict: [true], loose: [true] },

  // ja:startend:end_checker
  { type: "ja:startend:end_checker", key: 73, name: "ends with the phrase", response: heritage, strict: [true], loose: [true] },
  { type: "ja:startend:end_checker", key: 73, name: "closing 」 around the phrase is ignored", response: heritage.replace("他に聞きたい", "「他に聞きたい") + "」", strict: [true], loose: [true] },
  { type: "ja:startend:end_checker", key: 73, name: "a word after the phrase fails strictly, passes without the last line", response: `${heritage}\nよろしくお願いします。`, strict: [false], loose: [true] },

  // ja:detectable_format:title
  { type: "ja:detectable_format:title", key: 78, name: "a 『』 title", response: tungsten, strict: [true], loose: [true] },
  { type: "ja:detectable_format:title", key: 78, name: "「」 is not a title", response: tungsten.replace("『", "「").replace("』", "」"), strict: [false], loose: [false] },

  // ja:punctuation:no_comma
  { type: "ja:punctuation:no_comma", key: 92, name: "a list without 、", response: nuWords, strict: [true], loose: [true] },
  { type: "ja:punctuation:no_comma", key: 92, name: "one 、 fails", response: "ぬいぐるみ、ぬりえ", strict: [false], loose: [false] },
  { type: "ja:punctuation:no_comma", key: 92, name: "a full-width comma ， is not 、", response: "ぬいぐるみ，ぬりえ，ぬま", strict: [true], loose: [true] },

  // ja:letters:furigana
  { type: "ja:letters:furigana", key: 99, name: "every kanji run has （ふりがな）", response: toyStory, strict: [true], loose: [true] },
  { type: "ja:letters:furigana", key: 99, name: "one kanji without a reading fails", response: toyStory.replace("道（みち）", "道"), strict: [false], loose: [false] },
  { type: "ja:letters:furigana", key: 99, name: "a katakana reading is not furigana", response: "少年（ショウネン）は国（くに）に行（い）きました。", strict: [false], loose: [false] },
  { type: "ja:letters:furigana", key: 99, name: "々 splits the run, so 人々（ひとびと） is not matched", response: "人々（ひとびと）が集（あつ）まりました。", strict: [false], loose: [false] },

  // ja:letters:kanji
  { type: "ja:letters:kanji", key: 104, name: "at least 70 kanji", response: equality, strict: [true], loose: [true] },
  { type: "ja:letters:kanji", key: 104, name: "a short answer has fewer than 70", response: "教育はとても大切です。みんなが学べる社会にしましょう。", strict: [false], loose: [false] },

  // ja:letters:no_hiragana
  { type: "ja:letters:no_hiragana", key: 108, name: "katakana and kanji only", response: mit, strict: [true], loose: [true] },
  { type: "ja:letters:no_hiragana", key: 108, name: "one hiragana fails", response: mit.replace("デアル", "である"), strict: [false], loose: [false] },

  // ja:startend:sentence_unified_end
  { type: "ja:startend:sentence_unified_end", key: 123, name: "every sentence ends in ます", response: yangon, strict: [true], loose: [true] },
  { type: "ja:startend:sentence_unified_end", key: 123, name: "a sentence ending in です fails", response: `${yangon}パゴダは美しいです。`, strict: [false], loose: [false] },
  { type: "ja:startend:sentence_unified_end", key: 123, name: "quoted text is ignored", response: "「美しいです。」と人々は言います。", strict: [true], loose: [true] },
  { type: "ja:startend:sentence_unified_end", key: 123, name: "a newline after the last 。 fails strictly (it is a sentence), passes loosely (stripped)", response: `${yangon}\n`, strict: [false], loose: [true] },

  // ja:detectable_format:nominal_ending
  { type: "ja:detectable_format:nominal_ending", key: 125, name: "three sentences ending in a noun", response: acupuncture, strict: [true], loose: [true] },
  { type: "ja:detectable_format:nominal_ending", key: 125, name: "sentences ending in です or a verb do not count", response: "鍼灸は経絡を刺激します。気の流れを整えることが目的です。体のバランスを重視します。", strict: [false], loose: [false] },
  { type: "ja:detectable_format:nominal_ending", key: 125, name: "noun endings inside 「」 are ignored", response: "「治療法。」「考え方。」「自然治癒力。」と先生は言いました。", strict: [false], loose: [false] },

  // ja:letters:kansuuji
  { type: "ja:letters:kansuuji", key: 130, name: "numbers in kanji", response: judoRules, strict: [true], loose: [true] },
  { type: "ja:letters:kansuuji", key: 130, name: "an Arabic numeral fails", response: "1、礼に始まり礼に終わる。", strict: [false], loose: [false] },
  { type: "ja:letters:kansuuji", key: 131, name: "a full-width numeral is a digit too", response: "りんごが３個あります。", strict: [false], loose: [false] },
  { type: "ja:letters:kansuuji", key: 131, name: "a first line with a digit passes only loosely", response: "足し算の説明（全3段階）\nりんごが二個あり、もう一個もらうと三個になります。", strict: [false], loose: [true] },

  // ja:detectable_format:number_highlighted_sections + ja:letters:hiragana_only
  { type: "ja:letters:hiragana_only", key: 137, name: "hiragana only, seven 《》 highlights", response: beetles, strict: [true, true], loose: [true, true] },
  { type: "ja:letters:hiragana_only", key: 137, name: "a kanji fails hiragana_only", response: beetles.replace("《みずべ》", "《水辺》"), strict: [true, false], loose: [true, false] },
  { type: "ja:letters:hiragana_only", key: 137, name: "katakana fails hiragana_only", response: beetles.replace("かぶとむしは おおきく", "カブトムシは おおきく"), strict: [true, false], loose: [true, false] },

  // ja:length_constraints:number_paragraphs + ja:letters:no_katakana
  { type: "ja:letters:no_katakana", key: 150, name: "five paragraphs without katakana", response: castles, strict: [true, true], loose: [true, true] },
  { type: "ja:letters:no_katakana", key: 150, name: "one katakana word fails", response: castles.replace("西洋の城", "ヨーロッパの城"), strict: [true, false], loose: [true, false] },
  { type: "ja:letters:no_katakana", key: 150, name: "the prolonged sound mark ー alone is not katakana", response: castles.replace("違います。", "違いまーす。"), strict: [true, true], loose: [true, true] },

  // ja:detectable_format:number_numbered_lists + ja:punctuation:no_period
  { type: "ja:detectable_format:number_numbered_lists", key: 155, name: "eight numbered items without 。", response: indiaList, strict: [true, true], loose: [true, true] },
  { type: "ja:detectable_format:number_numbered_lists", key: 155, name: "'1)' items are not numbered items", response: indiaList.replace(/^(\d)\. /gm, "$1) "), strict: [false, true], loose: [false, true] },
  { type: "ja:punctuation:no_period", key: 155, name: "a closing sentence with 。 fails strictly, passes without the last line", response: `${indiaList}\n以上の八人です。`, strict: [true, false], loose: [true, true] },

  // ja:letters:furigana + ja:combination:two_responses
  { type: "ja:combination:two_responses", key: 159, name: "two answers, all kanji with furigana", response: theseus, strict: [true, true], loose: [true, true] },
  { type: "ja:letters:furigana", key: 159, name: "one answer only, with furigana", response: theseus.split("\n******\n")[0] as string, strict: [true, false], loose: [true, false] },
];
