import { isVoiceAssistant } from "../lexicon/firm-words.js";

/**
 * What a voice assistant does or tells, later in the same sentence as its name (Alexa will play music, Siri said it will
 * rain, Alexa set a timer for ten): a device's task or its answer, no person's. A person's pronoun between (Alexa said
 * she loved the music) says the name is a woman's after all.
 */
const DEVICE_TASK_AFTER =
  /^(?:(?!(?<![A-Za-z])(?:she|he|her|his|him|they)\b)[^.!?。\n]){0,40}?\b(?:music|songs?|playlists?|podcasts?|radio|timers?|alarms?|reminders?|lights?|thermostat|volume|weather|forecast|rain|temperature|shopping list)\b/i;
/** Whether a capitalised word before the text `after` is a voice assistant at work, not the person of the same name. */
export const voiceAssistantAtWork = (word: string, after: string): boolean => isVoiceAssistant(word) && DEVICE_TASK_AFTER.test(after);
