import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A private group's invite link (LINE's line.me/ti/g/… and line.me/ti/g2/…, WhatsApp's chat.whatsapp.com/…): whoever
 * holds it joins the group and reads its members' names and messages, so the link is the group's key, masked whole as a
 * webhook's URL is. Not an official account's or a shop's page (line.me/R/ti/p/@shop, lin.ee/…): anyone may add those.
 */
const GROUP_INVITE_LINK =
  /(?<![A-Za-z0-9./-])(?:https?:\/\/)?(?:line\.me\/(?:R\/)?ti\/g2?\/[A-Za-z0-9_-]{8,}|chat\.whatsapp\.com\/(?:invite\/)?[A-Za-z0-9]{16,24})(?![A-Za-z0-9_-])/dg;

export const GROUP_INVITE_LINKS: readonly PiiDetector[] = [gated(/line\.me\/|chat\.whatsapp\.com\//, patternDetector("API_KEY", GROUP_INVITE_LINK))];
