import { extname } from "node:path";

// The formats OpenAI, Anthropic and Gemini vision inputs have in common (Gemini also takes HEIC, but not GIF).
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
};

/** The media type sent with an image, from its file extension; undefined for formats kurabe does not send. */
export function imageMediaType(path: string): string | undefined {
  return MEDIA_TYPES[extname(path).toLowerCase()];
}

export const SUPPORTED_IMAGE_EXTENSIONS = Object.keys(MEDIA_TYPES);
