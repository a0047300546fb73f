import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A chat webhook's path as Slack shapes it, its workspace's T id, its channel's B id and the secret (…/services/T01AB/
 * B02CD/Xy7…, webhook: T01AB/B02CD/Xy7…), under another host or a proxy's, or alone after the webhook's word: the path is
 * the credential, whoever relays it. A workspace's id of capitals and digits, a channel's of letters and digits (an app
 * modelled on Slack mixes its cases: B3ZV7WmR), a secret of sixteen letters and digits or more mixed. Its URL whole
 * where it is written whole (https://hooks.example.jp/in/T…/B…/…): its host left beside the mask says whose it was.
 */
const WEBHOOK_PATH =
  /(?<![A-Za-z0-9])(?<secret>(?:https?:\/\/[A-Za-z0-9.-]+\/(?:[A-Za-z0-9_-]+\/){0,3})?T[A-Z0-9]{4,12}\/B[A-Za-z0-9]{4,12}\/(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{16,40})(?![A-Za-z0-9])/dg;

export const WEBHOOK_PATHS: readonly PiiDetector[] = [gated(/[Ww]ebhook|WEBHOOK|\/services\//, patternDetector("API_KEY", WEBHOOK_PATH))];
