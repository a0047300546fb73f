import { describeMaskingClasses } from "../support/masking-cases.js";

describeMaskingClasses("IDs of the earlier sets' last misses, by class", {
  "a code given as someone's ID or number in the HR or payroll system": [
    ["Contractor, ID in HR system K-220914, starts Monday.", "Contractor, ID in HR system [PERSONAL_ID], starts Monday."],
    ["His number in the payroll system is PY-20417.", "His number in the payroll system is [PERSONAL_ID]."],
    ["ID on Workday: W-88120 (new hire).", "ID on Workday: [PERSONAL_ID] (new hire)."],
    ["Her ID in our HRIS: 004417", "Her ID in our HRIS: [PERSONAL_ID]"],
    // A version or a year after the system's name is no one's.
    ["We moved the ID in HR system v2.4 to the new server.", "We moved the ID in HR system v2.4 to the new server."],
    ["The payroll ID in Workday 2024 release changed format.", "The payroll ID in Workday 2024 release changed format."],
  ],
});
