import { before, gated, hasRun, isAlphanumeric, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A crypto wallet's address a few words after a wallet's or an address's word, in its sentence (whitelisted wallet
 * bc1qar0s…, ETH address 0x71c7…, 送金先アドレス 1A1zP1…): the coins' holder is known by it. Bitcoin's bech32 (bc1…, 42 or 62),
 * Ethereum's 0x and forty hex digits (a transaction's hash has sixty-four), and Bitcoin's older base58 (1… or 3…,
 * 26 to 35 characters). A coin's ticker may stand right before the Japanese word (BTCアドレス, ETHウォレット). A contract's
 * or a token's address is a program's, no person's.
 */
const WALLET_ADDRESS =
  /(?:(?<![A-Za-z])(?:[Ww]allets?|[Aa]ddress(?:es)?)|ウォレット|アドレス|送金先|出金先|入金先|受取先)(?<between>(?:[^\n。.!?]|\.(?! )){0,40}?)(?<![A-Za-z0-9])(?<secret>bc1[02-9ac-hj-np-z]{39,59}|0x[0-9a-fA-F]{40}|[13][1-9A-HJ-NP-Za-km-z]{25,34})(?![A-Za-z0-9])/dg;

const PROGRAM_ADDRESS = /[Cc]ontract|[Tt]oken|[Rr]outer|コントラクト|トークン/;
const PROGRAM_BEFORE = /(?:[Cc]ontract|[Tt]oken|[Rr]outer|コントラクト|トークン)[ \t]*(?:の[ \t]*)?$/;

/** A base58 address is letters of both cases and digits, as random text is; bech32 and hex have their own marks. */
const walletAddress = (match: RegExpExecArray, shadow: string): boolean => {
  const { secret, between } = match.groups!;
  if (PROGRAM_ADDRESS.test(between!) || PROGRAM_BEFORE.test(before(shadow, match.index, 16))) return false;
  return /^(?:bc1|0x)/.test(secret!) || (/\d/.test(secret!) && /[a-z]/.test(secret!) && /[A-Z].*[A-Z]/.test(secret!.slice(1)));
};

export const WALLET_ADDRESSES: readonly PiiDetector[] = [
  // An address's word is in many texts (メールアドレス, IP address): a run of 26 letters and digits, in few, is asked too.
  gated(
    /[Ww]allet|[Aa]ddress|ウォレット|アドレス|送金先|出金先|入金先|受取先/,
    gated(hasRun(26, isAlphanumeric), patternDetector("PERSONAL_ID", WALLET_ADDRESS, walletAddress)),
  ),
];
