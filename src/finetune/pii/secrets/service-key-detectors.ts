import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * More services' keys and tokens by their documented shapes, each its own prefix or suffix and length: Mailchimp (32
 * hex, then the datacenter: -us6), Mailgun (key-), Databricks (dapi), Postman (PMAK-), PyPI (pypi-AgEIcHlwaS5vcmc, the
 * base64 of "pypi.org"), Google's OAuth client secret (GOCSPX-) and access token (ya29.), Atlassian (ATATT), Linear
 * (lin_api_), Notion (secret_, ntn_), Groq (gsk_), Replicate (r8_), Perplexity (pplx-), xAI (xai-), Square (sq0atp-,
 * sq0csp-, EAAA), a Telegram bot's token (the bot's number, a colon, AA and 33 more), a Twilio account SID (AC and 32
 * hex: with its auth token it is the account's login) and Login with Amazon's (a seller's API): its client ID
 * (amzn1.application-oa2-client. and 32 hex), client secret (amzn1.oa2-cs.v1. and 64 hex) and its refresh and access
 * tokens (Atzr| and Atza|, then base64), Firebase Cloud Messaging's server key (AAAA and seven, a colon, APA91b and
 * base64url: the app's right to message every user), and a Dropbox access token (sl. or sl.u., then base64url: letters of both cases and
 * digits, thirty or more as copied), each whole: the prefix left beside a mask says whose key it was. And any service's sandbox or test key by the common shape: a short
 * prefix, the environment's word, then twenty or more letters and digits mixed (xy_sbx_…, ab_test_…): a key to the
 * account all the same.
 */
const SERVICE_KEY = new RegExp(
  String.raw`(?<![A-Za-z0-9_-])(?:[0-9a-f]{32}-us\d{1,2}|key-[0-9a-f]{32}|dapi[0-9a-f]{32}(?:-\d)?|PMAK-[0-9a-f]{24}-[0-9a-f]{34}|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}|GOCSPX-[A-Za-z0-9_-]{28}|ya29\.[A-Za-z0-9_-]{20,}|ATATT3[A-Za-z0-9_=-]{100,}|lin_api_[A-Za-z0-9]{40}|secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{40,}|gsk_[A-Za-z0-9]{52}|r8_[A-Za-z0-9]{37}|pplx-[A-Za-z0-9]{48}|xai-[A-Za-z0-9]{80}|sq0(?:atp|csp)-[A-Za-z0-9_-]{22,43}|EAAA[A-Za-z0-9_-]{60}|\d{8,10}:AA[A-Za-z0-9_-]{33}|AC[0-9a-f]{32}|amzn1\.application-oa2-client\.[0-9a-f]{32}|amzn1\.oa2-cs\.v1\.[0-9a-f]{64}|Atz[ar]\|[A-Za-z0-9_+\/=-]{20,}|(?<![A-Za-z0-9_.-])sl\.(?:u\.)?(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{30,}|[a-z]{2,8}_(?:sbx|sandbox|test|live|prod|dev|stg)_(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{20,}|AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_-])`,
  "dg",
);

export const SERVICE_KEY_DETECTORS: readonly PiiDetector[] = [
  gated(/-us\d|key-|dapi|PMAK-|pypi-|GOCSPX-|ya29\.|ATATT|lin_api_|secret_|ntn_|gsk_|r8_|pplx-|xai-|sq0|EAAA|:AA|AC[0-9a-f]{32}|amzn1\.|Atz[ar]\||sl\.|_(?:sbx|sandbox|test|live|prod|dev|stg)_[A-Za-z0-9]{20}|:APA91b/, patternDetector("API_KEY", SERVICE_KEY)),
];
