import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Secrets and keys the thirty-sixth set leaked (issue 13, round 36r): a Wi-Fi's name and key with a slash between after
 * SSID or a few words and is, a chat webhook's path shaped as Slack's under any host or alone, a storage secret key of
 * any length after its access key id, a key's cutting code after the key's number word. Each with its look-alikes.
 */
describeMaskingClasses("secrets of round 36r", {
  "a Wi-Fi's key after its name and a slash, SSID or a few words and is before, is masked": [
    ["ルーターの Wi-Fi は SSID `Loft-Net` / Momiji-2291（口頭で）", "ルーターの Wi-Fi は SSID `Loft-Net` / [SECRET]（口頭で）"],
    ['the Wi-Fi in the lobby is "Lobby-Guest" / ace&volley.', 'the Wi-Fi in the lobby is "Lobby-Guest" / [SECRET].'],
    ["| Wi-Fi | the Wi-Fi upstairs is Hut-5G / birch#tree77 |", "| Wi-Fi | the Wi-Fi upstairs is Hut-5G / [SECRET] |"],
  ],
  "a band, a standard or plain words after a slash stay": [
    ["the Wi-Fi in the hall is 2.4GHz / 5GHz-dual", "the Wi-Fi in the hall is 2.4GHz / 5GHz-dual"],
    ["the Wi-Fi in the hall is slow / unstable today", "the Wi-Fi in the hall is slow / unstable today"],
    ["Wi-Fi は SSID `Loft-Net` / WPA3-Personal", "Wi-Fi は SSID `Loft-Net` / WPA3-Personal"],
  ],
  "a chat webhook's path shaped as Slack's, under any host or alone, is masked": [
    ["Alerts webhook: https://relay.example.org/services/T09ZZ1/B01QQ7/hR3kP8wL2mN6vT4yX1cZ9bQ5", "Alerts webhook: [API_KEY]"],
    ["webhook の path は T0AB12/B0CD34/q7Wm2Lp9Xr4Tn8Vz1Kc6Hd3F です", "webhook の path は [API_KEY] です"],
  ],
  "a route or a path of words with no secret stays": [
    ["webhook: see /services/Team/Billing/overview", "webhook: see /services/Team/Billing/overview"],
    ["webhook route T1/B2/C3", "webhook route T1/B2/C3"],
  ],
  "a storage secret key after its access key id is masked, short or long": [
    ["memo\nAKIAQ7W2E8R4T6Y1U3I5 / Zq4+Xt7mLp2Vr9Nk3Wb8Hc1Js5Df0Gy6Ea2Ku", "memo\n[API_KEY] / [API_KEY]"],
    ["| key | AKIAZX1CV2BN3M4L5K6J: b7Hq2+Lm9Vx4Tn1Rw8Ks3Jd6Fg0Pz5Cy2Ae7Qo |", "| key | [API_KEY]: [API_KEY] |"],
  ],
  "a word or a path after an access key id stays": [
    ["AKIAQ7W2E8R4T6Y1U3I5 / rotated yesterday by ops", "[API_KEY] / rotated yesterday by ops"],
    ["AKIAQ7W2E8R4T6Y1U3I5 in bucket logs/2026/12/access-records/all", "[API_KEY] in bucket logs/2026/12/access-records/all"],
  ],
  "a key's cutting code, the maker's name then the number, is masked": [
    ["鍵番号 GOAL V18 30721 は控えから削除", "鍵番号 [SECRET] は控えから削除"],
    ["spare cut from key code SHOWA X2 5531, thanks", "spare cut from key code [SECRET], thanks"],
  ],
  "a locker's bare key number or a model stays": [
    ["ロッカーの鍵番号 12 を返却", "ロッカーの鍵番号 12 を返却"],
    ["キーの番号は 3 番目の棚", "キーの番号は 3 番目の棚"],
  ],
});
