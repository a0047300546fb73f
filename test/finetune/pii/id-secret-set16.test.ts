import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID, secret and API-key rules by class that the sixteenth set's misses called for (issue 13), each with other values
 * than the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("api key classes of the sixteenth set", {
  "a Slack or Discord webhook URL, whole": [
    ["SLACK_URL=https://hooks.slack.com/services/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", "SLACK_URL=[API_KEY]"],
    ["通知先: hooks.slack.com/workflows/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", "通知先: [API_KEY]"],
    ["(https://discord.com/api/webhooks/1192837465019283746/kX9-pL2_mQ7vR4tZ8wY1nB6cD3fG0hJ5)", "([API_KEY])"],
    ["See https://api.slack.com/messaging/webhooks and hooks.slack.com in the allow list.", "See https://api.slack.com/messaging/webhooks and hooks.slack.com in the allow list."],
  ],
  "Login with Amazon's client ID, client secret and tokens, each whole": [
    ["client_id=amzn1.application-oa2-client.0f3e9a7b1c2d4e5f8a9b0c1d2e3f4a5b", "client_id=[API_KEY]"],
    ["secret: amzn1.oa2-cs.v1.9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b", "secret: [API_KEY]"],
    ["token Atzr|IwEBIPq7Wm3Xz9Kd2Lf8Rt5Yb1Nc6Hv4Js0Ga, access Atza|IQEBLjAsAhR9kL3mN5pQ7rS9tU1vW3xY5zA7bC9d", "token [API_KEY], access [API_KEY]"],
    ["ASIN B07XJ8C8F5 and amzn1.account.AEXAMPLE are not keys", "ASIN B07XJ8C8F5 and amzn1.account.AEXAMPLE are not keys"],
  ],
});
