/**
 * Hong Kong's districts and neighbourhoods, romanised from Cantonese in syllables that are family and given names too
 * (Wong Tai Sin, Wan Chai, Sham Shui Po, Tai Po): written in any case (WONG Tai Sin, as an address line writes it) the
 * words are the place, not a person.
 */
const HONG_KONG_PLACE =
  /(?<![A-Za-z])(?:Wong Tai Sin|Wan Chai|Sheung Wan|Sai Wan|Chai Wan|Shau Kei Wan|Sai Wan Ho|Tai Koo|Tin Hau|Quarry Bay|Causeway Bay|Happy Valley|Sham Shui Po|Cheung Sha Wan|Lai Chi Kok|Mong Kok|Yau Ma Tei|Yau Tsim Mong|Tsim Sha Tsui|Hung Hom|To Kwa Wan|Ho Man Tin|Kowloon Tong|Kowloon City|Kowloon Bay|Kwun Tong|Ngau Tau Kok|Lam Tin|Yau Tong|Diamond Hill|San Po Kong|Tsz Wan Shan|Choi Hung|Kwai Tsing|Kwai Chung|Kwai Fong|Tsing Yi|Tsuen Wan|Tuen Mun|Yuen Long|Tin Shui Wai|Sha Tin|Tai Wai|Fo Tan|Ma On Shan|Tai Po|Sheung Shui|Sai Kung|Tseung Kwan O|Tung Chung|Ap Lei Chau|Pok Fu Lam|Wong Chuk Hang|Kennedy Town|Mid-Levels)(?![A-Za-z])/gi;

/** Whether the words from `start` to `end` lie inside a Hong Kong place's name. */
export function isInHongKongPlace(shadow: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 16);
  for (const match of shadow.slice(from, end + 16).matchAll(HONG_KONG_PLACE)) {
    if (from + match.index <= start && from + match.index + match[0].length >= end) return true;
  }
  return false;
}
