"""Figures of report section 二 the platform has no source for (行政许可, 行政处罚, 行政强制, 行政事业性收费 …),
entered by staff or pushed by another platform's API client."""
