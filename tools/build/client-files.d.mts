export const SCRIPT_TAG: string;
export const CLIENT_ENTRY: string;
export const FINISH_FILES: readonly string[];
export const BATTERY_FILES: readonly string[];
export const SUBMISSION_FILES: readonly string[];
export const SAVE_RESUME_FILES: readonly string[];
export const PAGED_FILES: readonly string[];
