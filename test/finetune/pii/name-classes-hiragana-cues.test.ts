import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Names written in hiragana (a class every fresh set since the eleventh lost some of), found by a cue that holds: an
 * honorific, a person's word before, a self-introduction after; each with the hiragana look-alikes a cue can stand
 * beside (a kin's word, a role's, an adjective, ふりがな).
 */
describeMaskingClasses("hiragana names by their cue", {
  "a hiragana surname of four or five kana before さん and a particle or a clause's end": [
    ["LINE で はやかわ さん（スタンプのみ）から連絡", "LINE で [PERSON] さん（スタンプのみ）から連絡"],
    ["ロビーで もりやまさんが来ました", "ロビーで [PERSON]さんが来ました"],
    ["みなさん、おばあちゃんがきました", "みなさん、おばあちゃんがきました"],
    ["おとうさんとおかあさんとおにいさん", "おとうさんとおかあさんとおにいさん"],
    ["ゆうびんやさんとはなやさん", "ゆうびんやさんとはなやさん"],
    ["ご本人 さまへ", "ご本人 さまへ"],
  ],
  "a hiragana surname and given name before ちゃん or くん, both read as names": [
    ["| 11/19 | たかはし みさき ちゃん | 初回 |", "| 11/19 | [PERSON] ちゃん | 初回 |"],
    ["つぎは いしかわ しょうた くん の番", "つぎは [PERSON] くん の番"],
    ["おにいちゃんとおねえちゃん", "おにいちゃんとおねえちゃん"],
  ],
  "a hiragana full name after a kin's or a staff member's word, wherever the clause ends": [
    ["緊急連絡先：甥 やまうち しんじ 090-1111-2222", "緊急連絡先：甥 [PERSON] [PHONE]"],
    ["担当 しばた ゆうこ がご案内します", "担当 [PERSON] がご案内します"],
    ["母 から きいた はなし", "母 から きいた はなし"],
    ["ふりがな やまだ はなこ", "ふりがな やまだ はなこ"],
  ],
  "a hiragana name after a staff word before a bracket": [
    ["対応：スタッフ いけがみ（アルバイト）が説明", "対応：スタッフ [PERSON]（アルバイト）が説明"],
    ["対応：スタッフ みんな（全員）で片付け", "対応：スタッフ みんな（全員）で片付け"],
  ],
  "a hiragana full name before its kanji in brackets and です": [
    ["いしだ みほ（石田）です。転居しました", "[PERSON]（[PERSON]）です。転居しました"],
    ["くぼた けんと（旧姓 藤野）と申します", "[PERSON]（旧姓 [PERSON]）と申します"],
    ["ひらがな ふりがな（カナ）です", "ひらがな ふりがな（カナ）です"],
  ],
  "a hiragana surname alone opening a sentence before です, not an adjective in い": [
    ["ログインできない。はやかわです。よろしく", "ログインできない。[PERSON]です。よろしく"],
    ["うれしい。たかいです。ふかいです。", "うれしい。たかいです。ふかいです。"],
  ],
});
